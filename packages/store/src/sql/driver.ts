/**
 * The small SQL surface the store's logic runs on, so one implementation serves SQLite and PostgreSQL.
 * Statements use `?` placeholders; the PostgreSQL driver numbers them.
 */

/** A row as returned by a query: column name → value (integers as numbers, text as strings). */
export type Row = Record<string, unknown>;

/** Runs statements; inside `transaction`, all on one connection and atomically. */
export interface SqlExecutor {
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<{ changes: number }>;
}

export interface SqlDriver extends SqlExecutor {
  dialect: 'sqlite' | 'postgres';
  /**
   * Runs `fn` in one transaction holding the database's write lock (SQLite `BEGIN IMMEDIATE`; PostgreSQL
   * callers lock rows themselves). Commits when `fn` resolves, rolls back when it throws.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/** A promise-chain mutex: one holder at a time, in call order. */
export function createMutex(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>) => {
    const result = tail.then(fn, fn);
    tail = result.catch(() => undefined);
    return result;
  };
}
