/**
 * The records of one `push` as items that remember their place in the input, so every record gets its outcome
 * back in input order whatever order the host is written in; and the first step every adapter takes with them.
 */
import { RECORD_TYPES, type AnyRecord, type Message, type RecordType } from '@order75/schemas';
import type { PushOutcome } from '../types';

/** A record with its index in the records passed to `push`. */
export type PushItem = readonly [index: number, record: AnyRecord];

/** Outcomes by input index; a push is done when every index has one. */
export type OutcomeMap = Map<number, PushOutcome>;

/** The failed outcome of a record for an error, as an adapter describes it. */
export type FailedOutcome = (record: AnyRecord, error: unknown, retryable?: boolean) => PushOutcome;

/**
 * Makes an adapter's {@link FailedOutcome} from its own description of errors (bilingual, redacted) and its verdict
 * on whether pushing again later may succeed; `retryable` overrides the verdict.
 */
export function failedOutcome(describe: (error: unknown) => Message, isRetryable: (error: unknown) => boolean): FailedOutcome {
  return (record, error, retryable = isRetryable(error)) => ({ id: record.id, revision: record.revision, status: 'failed', retryable, error: describe(error) });
}

/** Sets `outcome(record)` for each item. */
export function settleAll(outcomes: OutcomeMap, items: readonly PushItem[], outcome: (record: AnyRecord) => PushOutcome): void {
  for (const [i, r] of items) outcomes.set(i, outcome(r));
}

/**
 * Keeps the latest revision of each id in one push — an earlier revision in the same call is `unchanged`, since
 * the later one supersedes it — and groups the rest by record type, in order of first appearance. A record of a
 * type the schemas do not know fails here, not retryable.
 */
export function latestByType(records: readonly AnyRecord[], outcomes: OutcomeMap): Map<RecordType, PushItem[]> {
  const latest = new Map<string, number>();
  records.forEach((r, i) => {
    const prev = latest.get(r.id);
    if (prev === undefined || records[prev]!.revision <= r.revision) {
      if (prev !== undefined) outcomes.set(prev, { id: r.id, revision: records[prev]!.revision, status: 'unchanged' });
      latest.set(r.id, i);
    } else outcomes.set(i, { id: r.id, revision: r.revision, status: 'unchanged' });
  });
  const byType = new Map<RecordType, PushItem[]>();
  for (const i of latest.values()) {
    const r = records[i]!;
    const type = String(r.recordType);
    if (!RECORD_TYPES.includes(r.recordType)) {
      outcomes.set(i, { id: r.id, revision: r.revision, status: 'failed', retryable: false, error: { zh: `未知的记录类型「${type}」`, en: `unknown record type "${type}"` } });
      continue;
    }
    const items = byType.get(r.recordType);
    if (items) items.push([i, r]);
    else byType.set(r.recordType, [[i, r]]);
  }
  return byType;
}
