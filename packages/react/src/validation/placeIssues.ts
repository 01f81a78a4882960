/**
 * Where each issue shows: header fields get rjsf `extraErrors` (an error schema), fast-table rows get a map
 * of row → field → messages, and every issue gets the id of the element the error summary links to.
 */
import type { Locale } from '@order75/core';
import type { ErrorSchema } from '@rjsf/utils';
import type { FormIssue } from './formIssues';

export interface PlacedIssues {
  errorSchema: ErrorSchema;
  rows: Map<number, Record<string, string[]>>;
  /** Issues with the DOM id their summary link targets. */
  linked: { issue: FormIssue; targetId: string; text: string }[];
}

function segments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The inline text: the message without its leading field label (the field shows its own label). */
function inline(issue: FormIssue, locale: Locale): string {
  const full = locale === 'en' ? issue.message.en : issue.message.zh;
  const label = issue.field ? (locale === 'en' ? issue.field.en : issue.field.zh) : '';
  for (const sep of ['：', ': ']) if (label && full.startsWith(label + sep)) return full.slice(label.length + sep.length);
  return full;
}

/**
 * Places issues. `tableField` is the array the fast table edits (`items`, `rows`); `headerId` maps header
 * path segments to the rjsf element id (`root_inspector`).
 */
export function placeIssues(issues: readonly FormIssue[], locale: Locale, tableField: string | undefined): PlacedIssues {
  const errorSchema: Record<string, unknown> = {};
  const rows = new Map<number, Record<string, string[]>>();
  const linked: PlacedIssues['linked'] = [];
  for (const issue of issues) {
    const segs = segments(issue.instancePath);
    const short = inline(issue, locale);
    const full = locale === 'en' ? issue.message.en : issue.message.zh;
    if (tableField && segs[0] === tableField && segs.length >= 2 && /^\d+$/.test(segs[1] as string)) {
      const index = Number(segs[1]);
      const field = segs[2] ?? '';
      const row = rows.get(index) ?? {};
      row[field] = [...(row[field] ?? []), short];
      rows.set(index, row);
      const targetId = field === 'result' ? `o75-${tableField}-${index}-result` : field ? `o75-${tableField}-${index}-${field}` : `o75-${tableField}-${index}`;
      linked.push({ issue, targetId, text: full });
      continue;
    }
    let node = errorSchema;
    for (const s of segs) {
      const next = (node[s] as Record<string, unknown> | undefined) ?? {};
      node[s] = next;
      node = next;
    }
    node.__errors = [...((node.__errors as string[] | undefined) ?? []), short];
    linked.push({ issue, targetId: segs.length ? `root_${segs.join('_')}` : 'root', text: full });
  }
  return { errorSchema: errorSchema as ErrorSchema, rows, linked };
}
