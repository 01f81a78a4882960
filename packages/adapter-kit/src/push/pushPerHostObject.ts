/**
 * The outer loop of `push` on a host without a native upsert (Jiandaoyun forms, Feishu tables, Kingdee bills):
 * the latest revision of each id, grouped by record type; per type, its host object (a configured form id, or
 * one looked up) or a failed outcome saying how to set it up; one writer at a time per host object
 * (`hostWriteLock`); an outcome for every record, in input order. The adapter writes one host object's items.
 */
import type { AnyRecord, Message, RecordType } from '@order75/schemas';
import { hostWriteLock } from '../lock';
import type { AdapterEvents, PushResult } from '../types';
import { latestByType, settleAll, type FailedOutcome, type OutcomeMap, type PushItem } from './items';

/** What one host object's writer is given. */
export interface HostObjectWrite {
  /** The host object: form entry id, table id, bill form id. */
  hostObject: string;
  recordType: RecordType;
  /** The latest revision of each record of this type, at most one per id. */
  items: PushItem[];
  outcomes: OutcomeMap;
  /** Call after each batch, to report progress. */
  progress: () => void;
  events?: AdapterEvents;
}

/** Options of {@link pushPerHostObject}: the adapter's parts. */
export interface PushPerHostObjectOptions {
  /** The host object of a record type, or undefined when there is none yet. May look it up, and may throw. */
  hostObject: (recordType: RecordType) => string | undefined | Promise<string | undefined>;
  /** The outcome error when a type has no host object: what is missing and how to set it up. */
  missing: (recordType: RecordType) => Message;
  /** The single-writer lock key of a host object; name the adapter, the host (`hostKey`) and the object. */
  lockKey: (hostObject: string) => string;
  /** Writes one host object's items, setting an outcome for each; never throws for host errors. */
  write: (write: HostObjectWrite) => Promise<void>;
  /** The adapter's failed outcome of an error (see `failedOutcome`). */
  failed: FailedOutcome;
  /** HTTP requests made so far by the adapter's client, to report how many this push took. */
  requests: () => number;
}

/** Pushes records through `options.write`, one host object at a time; never throws for host errors. */
export async function pushPerHostObject(records: readonly AnyRecord[], options: PushPerHostObjectOptions, events?: AdapterEvents): Promise<PushResult> {
  const start = options.requests();
  const outcomes: OutcomeMap = new Map();
  const byType = latestByType(records, outcomes);
  const progress = () => events?.onProgress?.({ done: outcomes.size, total: records.length });
  for (const [recordType, items] of byType) {
    let hostObject: string | undefined;
    try {
      hostObject = await options.hostObject(recordType);
    } catch (error) {
      settleAll(outcomes, items, (r) => options.failed(r, error));
      continue;
    }
    if (!hostObject) {
      const error = options.missing(recordType);
      settleAll(outcomes, items, (r) => ({ id: r.id, revision: r.revision, status: 'failed', retryable: false, error }));
      continue;
    }
    const target = hostObject;
    await hostWriteLock.run(options.lockKey(target), () => options.write({ hostObject: target, recordType, items, outcomes, progress, events }));
  }
  return { outcomes: records.map((_, i) => outcomes.get(i)!), requests: options.requests() - start };
}
