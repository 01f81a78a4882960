/**
 * `checkCompliance()`: the Order 75 compliance engine. Pure and deterministic: it reads only its arguments (no clock,
 * no I/O), and its output is sorted. It evaluates every rule of OBLIGATIONS.md over the window and returns findings
 * — gaps in the recorded evidence, never legal determinations — and a summary.
 */
import type { AnyRecord } from '@order75/schemas';
import { asRecordSet, type RecordSet } from '../records/latest';
import { RULE_EVALUATORS } from '../rules/index';
import { buildContext } from './context';
import { compareFindings, type Finding } from './finding';
import type { CheckOptions } from './options';
import { buildSummary, type CheckSummary } from './summary';

/** Findings, sorted, and the summary. */
export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
}

/** Evaluates one enterprise's records (any revisions, drafts ignored) over `[from, to]` as of `now`. */
export function checkCompliance(records: RecordSet | Iterable<AnyRecord>, options: CheckOptions): CheckResult {
  const ctx = buildContext(asRecordSet(records), options);
  const findings = ctx.win ? RULE_EVALUATORS.flatMap((evaluate) => evaluate(ctx)) : [];
  findings.sort(compareFindings);
  return { findings, summary: buildSummary(ctx, findings, options) };
}
