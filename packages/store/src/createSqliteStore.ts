/** The embedded store: one SQLite file (WAL, synchronous = FULL), for a workstation or a small site. */
import { createStore, type StoreOptions } from './createStore';
import { createSqliteDriver } from './sql/sqliteDriver';
import type { RecordStore } from './types';

export interface SqliteStoreOptions extends StoreOptions {
  /** Database file; created with its folder's permissions when missing. */
  path: string;
  /** Milliseconds to wait for another process's write lock (default 5000). */
  busyTimeoutMs?: number;
}

/**
 * Opens (and migrates) an SQLite record store.
 *
 * @example const store = await createSqliteStore({ path: './order75.db' });
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<RecordStore> {
  const driver = createSqliteDriver({ path: options.path, ...(options.busyTimeoutMs ? { busyTimeoutMs: options.busyTimeoutMs } : {}) });
  try {
    return await createStore(driver, options);
  } catch (error) {
    await driver.close();
    throw error;
  }
}
