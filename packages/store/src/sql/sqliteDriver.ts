/**
 * SQLite driver on better-sqlite3 12: WAL, a writer connection whose transactions are serialised by a
 * mutex (better-sqlite3 is synchronous, the store's logic is not), and a second connection for reads, so a
 * read never sees another call's uncommitted writes.
 */
import { realpathSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createMutex, type Row, type SqlDriver, type SqlExecutor } from './driver';

export interface SqliteDriverOptions {
  path: string;
  /** Milliseconds to wait for another process's write lock (default 5000). */
  busyTimeoutMs?: number;
}

function executor(db: Database.Database): SqlExecutor {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let st = cache.get(sql);
    if (!st) {
      st = db.prepare(sql);
      cache.set(sql, st);
    }
    return st;
  };
  return {
    async query<T = Row>(sql: string, params: readonly unknown[] = []) {
      return prepare(sql).all(...params) as T[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      return { changes: prepare(sql).run(...params).changes };
    },
  };
}

/**
 * One mutex per database file and process. A second connection in the same process waiting for the write
 * lock would block the event loop in SQLite's busy handler while the holder waits for the event loop to
 * finish its transaction; sharing the mutex makes it wait its turn instead. Other processes just wait.
 */
const fileMutexes = new Map<string, { run: ReturnType<typeof createMutex>; users: number }>();

/** Opens (creating if needed) an SQLite database file; `:memory:` is refused (the reader needs the file). */
export function createSqliteDriver(options: SqliteDriverOptions): SqlDriver {
  if (options.path === ':memory:' || options.path === '') {
    throw new TypeError('createSqliteStore: path must be a file (a temporary file for tests) — 需要数据库文件路径');
  }
  const writer = new Database(options.path);
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = FULL');
  writer.pragma('foreign_keys = ON');
  writer.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  const reader = new Database(options.path);
  reader.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  const write = executor(writer);
  const read = executor(reader);
  const file = realpathSync(options.path);
  const shared = fileMutexes.get(file) ?? { run: createMutex(), users: 0 };
  shared.users++;
  fileMutexes.set(file, shared);
  const exclusive = shared.run;
  return {
    dialect: 'sqlite',
    query: (sql, params) => read.query(sql, params),
    run: (sql, params) => exclusive(() => write.run(sql, params)),
    transaction: (fn) =>
      exclusive(async () => {
        writer.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(write);
          writer.exec('COMMIT');
          return result;
        } catch (error) {
          if (writer.inTransaction) writer.exec('ROLLBACK');
          throw error;
        }
      }),
    exec: async (script) => {
      await exclusive(async () => writer.exec(script));
    },
    close: async () => {
      if (!writer.open) return;
      await exclusive(async () => undefined);
      reader.close();
      writer.close();
      if (--shared.users === 0) fileMutexes.delete(file);
    },
  };
}
