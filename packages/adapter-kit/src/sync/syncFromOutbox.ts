/**
 * Outbox delivery (DESIGN.md § Adapters): drains a record store's outbox into one adapter. Delivery is
 * at-least-once (items are leased, and come back if the process dies before `ack`), application is exactly-once
 * because `push` is an idempotent upsert by `id` keeping `revision`: a redelivered revision comes back
 * `unchanged`. Only items the host accepted are acked; a failed item stays leased and returns on a later run.
 */
import type { AnyRecord, Message } from '@order75/schemas';
import { hostWriteLock, type KeyedLock } from '../lock';
import type { AdapterEvents, RecordAdapter } from '../types';

/** The part of `@order75/store`'s `Outbox` this needs (structural, so the kit does not depend on the store). */
export interface OutboxSource {
  claim(adapter: string, options?: { limit?: number; leaseMs?: number }): Promise<{ token: string; items: { key: string; id: string; revision: number; position: number; record: AnyRecord }[] }>;
  ack(adapter: string, positions: readonly number[]): Promise<void>;
}

export interface SyncOptions {
  /** Items claimed and pushed per round. Default: the adapter's batch cap, at most 500. */
  batchSize?: number;
  /** Lease on claimed items; after it runs out a crashed run's items are handed out again. Default 60 000 ms. */
  leaseMs?: number;
  /** The outbox cursor name. Default: the adapter's `describe().name`; use one per configured host. */
  consumer?: string;
  /** Serialises writers per host in this process. Default: the shared `hostWriteLock`. */
  lock?: KeyedLock;
  /** Lock key. Default: the consumer name. */
  hostKey?: string;
  /** Stop after this many rounds (for tests and bounded runs). */
  maxRounds?: number;
  events?: AdapterEvents;
  signal?: AbortSignal;
}

/** What one sync run did. */
export interface SyncSummary {
  /** Revisions written to the host (created or updated). */
  pushed: number;
  /** Revisions the host already had. */
  unchanged: number;
  failed: { id: string; revision: number; retryable: boolean; error: Message }[];
  /** Items acked. */
  acked: number;
  rounds: number;
  /** HTTP requests or SQL round trips. */
  requests: number;
}

/** Drains the outbox of `store` into `adapter`; see the file comment for the delivery guarantees. */
export async function syncFromOutbox(store: { outbox: OutboxSource }, adapter: RecordAdapter, options: SyncOptions = {}): Promise<SyncSummary> {
  const description = adapter.describe();
  const consumer = options.consumer ?? description.name;
  const batchSize = options.batchSize ?? Math.min(description.batchCap, 500);
  const lock = options.lock ?? hostWriteLock;
  const summary: SyncSummary = { pushed: 0, unchanged: 0, failed: [], acked: 0, rounds: 0, requests: 0 };
  const seen = new Set<string>();

  return lock.run(options.hostKey ?? consumer, async () => {
    while (!options.signal?.aborted && (options.maxRounds === undefined || summary.rounds < options.maxRounds)) {
      const { items } = await store.outbox.claim(consumer, { limit: batchSize, ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}) });
      if (items.length === 0) break;
      // Items failed earlier in this run come back only once their lease runs out; do not spin on them.
      if (items.every((i) => seen.has(`${i.key}@${i.position}`))) break;
      for (const i of items) seen.add(`${i.key}@${i.position}`);
      summary.rounds += 1;
      const result = await adapter.push(items.map((i) => i.record), options.events);
      summary.requests += result.requests;
      const byKey = new Map(result.outcomes.map((o) => [`${o.id}#${o.revision}`, o]));
      const done: number[] = [];
      items.forEach((item) => {
        const o = byKey.get(`${item.id}#${item.revision}`);
        if (!o || o.status === 'failed') {
          summary.failed.push({
            id: item.id, revision: item.revision, retryable: o?.status === 'failed' ? o.retryable : true,
            error: o?.status === 'failed' ? o.error : { zh: '适配器未返回该记录的结果', en: 'the adapter returned no outcome for this record' },
          });
          return;
        }
        if (o.status === 'unchanged') summary.unchanged += 1;
        else summary.pushed += 1;
        done.push(item.position);
      });
      if (done.length) await store.outbox.ack(consumer, done);
      summary.acked += done.length;
      options.events?.onProgress?.({ done: summary.acked + summary.failed.length, total: summary.acked + summary.failed.length });
    }
    return summary;
  });
}
