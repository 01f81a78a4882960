/**
 * Renders a `VerifyReport` as DOM for verify.html: Chinese first, English beneath. Every string from the
 * archive goes in through `textContent`, never as HTML — an archive is untrusted input.
 */
import { checkLabel, recordTypeLabel, type ReportRecord, type VerifyReport } from '../src/verify/index';

type Child = Node | string | null | undefined | false;

/** `h('p', { class: 'x' }, 'text', child)` — a tiny element builder that only ever sets text. */
export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** Chinese text with its English beneath, smaller. */
const bi = (zh: string, en: string, tag = 'span') => h(tag, { class: 'bi' }, h('span', { class: 'zh' }, zh), h('span', { class: 'en' }, en));

const STATUS: Record<string, [string, string]> = { final: ['定稿', 'final'], draft: ['草稿', 'draft'] };

function verdict(report: VerifyReport): HTMLElement {
  if (report.ok) return h('div', { class: 'verdict ok', 'data-verdict': 'ok' }, bi('✔ 归档完整，校验通过', 'Intact: every hash, link, signature and schema checks out', 'div'));
  if (report.intact) {
    return h('div', { class: 'verdict warn', 'data-verdict': 'invalid' }, bi('✘ 数据未被改动，但部分记录或清单不合格', 'Bytes intact, but some records or the manifest are not valid', 'div'));
  }
  return h('div', { class: 'verdict bad', 'data-verdict': 'tampered' }, bi('✘ 校验未通过：归档已被改动或损坏', 'Not intact: the archive was altered or damaged', 'div'));
}

function facts(report: VerifyReport, file: { name: string; size: number; sha256: string }): HTMLElement {
  const rows: Array<[string, string, string]> = [];
  if (report.enterprise) rows.push(['企业', 'Enterprise', `${report.enterprise.name ?? ''} ${report.enterprise.uscc}`.trim()]);
  if (report.period) rows.push(['期间', 'Period', `${report.period.from} 至 ${report.period.to}`]);
  if (report.hashAlgorithm) rows.push(['哈希算法', 'Hash algorithm', report.hashAlgorithm.toUpperCase()]);
  if (report.chain) rows.push(['哈希链', 'Hash chain', `seq ${report.chain.fromSeq}–${report.chain.toSeq} · ${report.chain.head}`]);
  const s = report.stats;
  rows.push(['内容', 'Contents', `${s.events} 个事件 events · ${s.revisions} 个修订版 revisions · ${s.attachments} 个附件 attachments${s.people ? ` · ${s.people} 名人员 people` : ''}`]);
  const engine = report.ed25519 === 'noble' ? '纯 JS pure JS (@noble/ed25519)' : report.ed25519 === 'webcrypto' ? 'WebCrypto' : '';
  rows.push(['签名', 'Signatures', `${s.validSignatures} / ${s.signatures} 核验通过 verified${engine ? ` · Ed25519: ${engine}` : ''}`]);
  if (report.keys.length) rows.push(['公钥', 'Public keys', report.keys.map((k) => `${k.personId} ${k.keyId}`).join(' · ')]);
  if (report.format) rows.push(['生成', 'Built', `${report.format.createdAt} · ${report.format.generator}`]);
  rows.push(['文件', 'File', `${file.name} · ${file.size} 字节 bytes · SHA-256 ${file.sha256}`]);
  return h('table', { class: 'facts' }, ...rows.map(([zh, en, value]) => h('tr', {}, h('th', {}, bi(zh, en)), h('td', {}, value))));
}

function checks(report: VerifyReport): HTMLElement {
  return h('ul', { class: 'checks' }, ...report.checks.map((c) =>
    h('li', { class: c.errors ? 'bad' : 'ok', 'data-check': c.check },
      h('span', { class: 'mark' }, c.errors ? '✘' : '✔'),
      bi(checkLabel(c.check, 'zh-CN'), checkLabel(c.check, 'en')),
      c.errors ? h('span', { class: 'count' }, `${c.errors} 项未通过 failed`) : null,
      c.warnings ? h('span', { class: 'count warn' }, `${c.warnings} 项提示 notes`) : null,
    )));
}

function issues(report: VerifyReport): HTMLElement | null {
  if (!report.issues.length) return null;
  return h('section', { class: 'issues' },
    h('h2', {}, bi('未通过的项目', 'What failed')),
    h('ol', {}, ...report.issues.map((i) => h('li', { class: i.severity, 'data-code': i.code }, bi(i.message.zh, i.message.en, 'div')))),
    report.omittedIssues ? h('p', {}, `……另有 ${report.omittedIssues} 项 / ${report.omittedIssues} more`) : null,
  );
}

function recordRow(r: ReportRecord): HTMLElement {
  const [zh, en] = STATUS[r.status] ?? [r.status, r.status];
  return h('tr', { class: r.ok ? '' : 'bad' },
    h('td', {}, r.recordDate ?? '—'),
    h('td', { class: 'mono' }, r.id),
    h('td', {}, String(r.revision)),
    h('td', {}, bi(zh, en)),
    h('td', {}, String(r.signatures)),
    h('td', {}, String(r.line)),
    h('td', { class: 'mark' }, r.ok ? '✔' : '✘'),
  );
}

function records(report: VerifyReport): HTMLElement {
  const types = [...new Set(report.records.map((r) => r.recordType))];
  if (!types.length) return h('section', { class: 'records' }, h('h2', {}, bi('期间内的记录', 'Records in the period')), bi('期间内没有记录', 'No records in the period', 'p'));
  return h('section', { class: 'records' },
    h('h2', {}, bi('期间内的记录', 'Records in the period')),
    ...types.map((type) => {
      const label = recordTypeLabel(type);
      const rows = report.records.filter((r) => r.recordType === type);
      return h('details', { open: '', 'data-type': type },
        h('summary', {}, bi(`${label.zh}：${report.counts[type] ?? 0} 份，${rows.length} 个修订版`, `${label.en}: ${report.counts[type] ?? 0} records, ${rows.length} revisions`)),
        h('table', { class: 'list' },
          h('thead', {}, h('tr', {}, ...[['日期', 'Date'], ['编号', 'Id'], ['修订版', 'Rev.'], ['状态', 'Status'], ['签名', 'Signatures'], ['行', 'Line'], ['', '']].map(([zh, en]) => h('th', {}, bi(zh as string, en as string))))),
          h('tbody', {}, ...rows.map(recordRow)),
        ),
      );
    }),
  );
}

/** The whole result panel. */
export function renderReport(report: VerifyReport, file: { name: string; size: number; sha256: string }): HTMLElement {
  return h('div', { class: 'report' }, verdict(report), facts(report, file), checks(report), issues(report), records(report));
}
