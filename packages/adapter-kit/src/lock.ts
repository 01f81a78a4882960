/**
 * A single writer per host key. Hosts without a native upsert (look up, then create or update) would make
 * duplicates if two writers raced on the same record, so writes to one host are serialised.
 */

/** Runs functions one at a time per key; different keys run in parallel. */
export interface KeyedLock {
  run<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** Whether a function holds or waits for the key. */
  busy(key: string): boolean;
}

/** An in-process lock. Across processes, pair it with the host's own lock (a SQL advisory lock, the outbox claim). */
export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, fn) {
      const prev = tails.get(key) ?? Promise.resolve();
      const run = prev.then(fn, fn);
      const tail = run.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return run;
    },
    busy: (key) => tails.has(key),
  };
}

/** The process-wide lock adapters share unless given their own: one writer per host key in this process. */
export const hostWriteLock: KeyedLock = createKeyedLock();

/** A host key from a URL or connection string: scheme, host and port, without credentials or path. */
export function hostKey(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}
