/** The finding shape, its construction from rule metadata, and the deterministic order of the output. */
import type { Message } from '@order75/schemas';
import { type RuleId, ruleMeta, type Severity } from '../rules/catalogue';

/** One gap in the recorded evidence (never a legal determination). */
export interface Finding {
  readonly rule: RuleId;
  readonly article: string;
  readonly severity: Severity;
  /** The anchor day, or a one-day run. */
  readonly date?: string;
  /** A run of units or a version's days in force: first unit's first day to last unit's last day. */
  readonly period?: { readonly from: string; readonly to: string };
  /** ISO week (`2026-W53`) or month (`2026-12`) of a week/month finding; `first/last` for a run of several. */
  readonly label?: string;
  /** The units of a run (dates, or week/month labels). */
  readonly dates?: readonly string[];
  readonly site?: string;
  readonly subjects?: readonly string[];
  readonly recordIds: readonly string[];
  readonly hazardId?: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly message: Message;
}

/** A finding without the fields the rule fixes (rule, article, severity). */
export type FindingFields = Omit<Finding, 'rule' | 'article' | 'severity'>;

/** Builds a finding with the rule's fixed article and severity; record ids are sorted and de-duplicated. */
export function makeFinding(rule: RuleId, fields: FindingFields): Finding {
  const meta = ruleMeta(rule);
  return {
    rule,
    article: meta.article,
    severity: meta.severity,
    ...fields,
    recordIds: [...new Set(fields.recordIds)].sort(),
  };
}

const str = (s: string | undefined) => s ?? '';
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Order: start date, rule, site, subjects, hazard, label, record ids. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(str(a.date ?? a.period?.from), str(b.date ?? b.period?.from)) ||
    cmp(a.rule, b.rule) ||
    cmp(str(a.site), str(b.site)) ||
    cmp((a.subjects ?? []).join(','), (b.subjects ?? []).join(',')) ||
    cmp(str(a.hazardId), str(b.hazardId)) ||
    cmp(str(a.label), str(b.label)) ||
    cmp(a.recordIds.join(','), b.recordIds.join(',')) ||
    cmp(a.message.en, b.message.en)
  );
}
