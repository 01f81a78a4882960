/**
 * `<RecordView>`: any record as an A4 document — the regulation's document title, the fields, lists as
 * tables, and a signature box with room for a seal (签字 / 盖章) per slot. Plain React, no antd, so it also
 * renders on the server for PDFs.
 */
import type { Locale } from '@order75/core';
import type { Attachment, RiskList } from '@order75/schemas';
import { describeSource } from '../fields/describeSource';
import { text } from '../i18n/strings';
import { showInstant } from '../time';
import { recordDocument, type DocBlock } from './documentModel';
import { PRINT_CSS } from './printCss';

export interface RecordViewProps {
  record: Record<string, unknown>;
  locale?: Locale;
  /** Names the rows of a daily check. */
  riskList?: RiskList;
  /** Shows drawn signatures and scans the host stores. */
  resolveAttachmentUrl?: (attachment: Attachment) => string | undefined;
  /** Records this one links to (a weekly report's source daily checks), to print them by date, site and person. */
  sources?: readonly Record<string, unknown>[];
  /** Adds the print stylesheet (off when the host ships it once for many views). */
  withStyles?: boolean;
  nonce?: string;
}

function Block({ block }: { block: DocBlock }) {
  if (block.kind === 'table') {
    return (
      <table>
        <caption className="o75-visually-hidden">{block.label}</caption>
        <thead>
          <tr>{block.columns.map((c) => <th key={c}>{c}</th>)}</tr>
        </thead>
        <tbody>
          {block.rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a printed table is static; rows have no identity
            <tr key={i}>
              {r.map((c, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells of a static row
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (block.kind === 'items') {
    return (
      <div>
        <div className="o75-doc-item-title">{block.label}</div>
        {block.items.map((item) => (
          <div key={item.title} className="o75-doc-item">
            <table className="o75-doc-fields">
              <caption className="o75-visually-hidden">{item.title}</caption>
              <tbody>
                {item.fields.map((f) => (
                  <tr key={f.label}><th scope="row">{f.label}</th><td>{f.value}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    );
  }
  return null;
}

export function RecordView({ record, locale = 'zh-CN', riskList, resolveAttachmentUrl, sources, withStyles = true, nonce }: RecordViewProps) {
  const label = sources ? (id: string) => { const r = sources.find((s) => s.id === id); return r ? describeSource(r, id, locale) : undefined; } : undefined;
  const doc = recordDocument(record, locale, riskList, label);
  return (
    <article className="o75-doc" lang={locale === 'en' ? 'en' : 'zh-CN'} data-testid="o75-record-view">
      {withStyles ? <style nonce={nonce}>{PRINT_CSS}</style> : null}
      <h1>{doc.title}</h1>
      {doc.articles.length ? <p className="o75-doc-basis">{text(locale, 'article', { articles: doc.articles.join(locale === 'en' ? ', ' : '、') })}</p> : null}
      <div className="o75-doc-meta">
        {doc.meta.map((m) => (
          <span key={m.label}>{m.label}：{m.value}</span>
        ))}
      </div>
      {doc.sections.map((s) => (
        <section key={s.title}>
          <h2>{s.title}</h2>
          {s.blocks.some((b) => b.kind === 'field') ? (
            <table className="o75-doc-fields">
              <tbody>
                {s.blocks.filter((b) => b.kind === 'field').map((b) => b.kind === 'field' && (
                  <tr key={b.label}><th scope="row">{b.label}</th><td>{b.value}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {s.blocks.filter((b) => b.kind !== 'field').map((b) => (
            <div key={b.label}>
              {b.kind === 'table' && s.blocks.filter((x) => x.kind !== 'field').length > 1 ? <div className="o75-doc-item-title">{b.label}</div> : null}
              <Block block={b} />
            </div>
          ))}
        </section>
      ))}
      <div className="o75-doc-signs">
        {doc.slots.map(({ slot, roles, signature }) => {
          const src = signature?.attachment ? resolveAttachmentUrl?.(signature.attachment) : undefined;
          return (
            <div key={slot.index} className="o75-doc-sign" data-testid={`o75-doc-slot-${slot.index}`}>
              <div className="o75-doc-sign-role">{roles}</div>
              {signature ? (
                <div className="o75-doc-signed">
                  {src ? <img src={src} alt={signature.name ?? signature.personId} /> : null}
                  <div>{signature.name ?? signature.personId} · {showInstant(signature.signedAt)} · {signature.method}</div>
                  <div className="o75-doc-hash">{signature.contentHash}</div>
                </div>
              ) : (
                <>
                  <div className="o75-doc-sign-line">{text(locale, 'signBox')}：＿＿＿＿＿＿＿＿</div>
                  <div className="o75-doc-sign-line">{text(locale, 'dateBox')}：＿＿＿＿年＿＿月＿＿日</div>
                </>
              )}
              <div className="o75-doc-seal" aria-hidden="true">{text(locale, 'sealBox')}</div>
            </div>
          );
        })}
      </div>
      <div className="o75-doc-foot">{doc.statusLabel}：{doc.status}</div>
    </article>
  );
}
