/** A record as one self-contained HTML page: the A4 print view of @order75/react, no scripts, no remote fonts. */
import type { Locale } from '@order75/core';
import { PRINT_CSS, RecordView } from '@order75/react/view';
import type { Attachment, RiskList } from '@order75/schemas';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** Options of {@link recordHtml}. */
export interface RecordHtmlOptions {
  /** Language of labels, enum values and boxes; default `zh-CN`. */
  locale?: Locale;
  /** Names the rows of a daily check. */
  riskList?: RiskList;
  /** A URL (often a `data:` URL) for a stored attachment, to print drawn signatures. */
  resolveAttachmentUrl?: (attachment: Attachment) => string | undefined;
}

const htmlEscape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** The full HTML document of `record`'s print view. */
export function recordHtml(record: Record<string, unknown>, options: RecordHtmlOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const body = renderToStaticMarkup(
    createElement(RecordView, { record, locale, riskList: options.riskList, resolveAttachmentUrl: options.resolveAttachmentUrl, withStyles: false }),
  );
  const title = htmlEscape(String(record.recordType ?? 'record'));
  return `<!doctype html><html lang="${locale === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${title}</title><style>html,body{margin:0;background:#fff}${PRINT_CSS}</style></head><body>${body}</body></html>`;
}
