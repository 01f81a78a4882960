/** The shared store on PostgreSQL: several workstations or a server write to one database. */
import { createStore, type StoreOptions } from './createStore';
import { createPostgresDriver } from './sql/postgresDriver';
import type { RecordStore } from './types';

export interface PostgresStoreOptions extends StoreOptions {
  /** Connection URL, e.g. `postgres://user@127.0.0.1:5432/order75`. */
  url: string;
  /** Schema for the store's tables (created if missing; default `public`). */
  schema?: string;
  /** Connection pool size (default 5). */
  max?: number;
}

/**
 * Connects to (and migrates) a PostgreSQL record store.
 *
 * @example const store = await createPostgresStore({ url: process.env.DATABASE_URL!, schema: 'order75' });
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<RecordStore> {
  const driver = createPostgresDriver({
    url: options.url,
    ...(options.schema ? { schema: options.schema } : {}),
    ...(options.max ? { max: options.max } : {}),
  });
  try {
    return await createStore(driver, options);
  } catch (error) {
    await driver.close();
    throw error;
  }
}
