/** Where a workstation keeps its files in its data folder, and opening them. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPostgresStore, createSqliteStore, type RecordStore } from '@order75/store';
import { AttachmentStore } from './attachments';
import { AccountStore } from './auth/accounts';

export interface OpenedWorkstation {
  store: RecordStore;
  accounts: AccountStore;
  attachments: AttachmentStore;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Opens the record store (SQLite `records.db` in `dataDir`, or PostgreSQL when `databaseUrl` is given), the
 * accounts database and the attachment folder.
 */
export async function openWorkstation(options: { dataDir: string; databaseUrl?: string; now?: () => Date }): Promise<OpenedWorkstation> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const clock = options.now ? { now: options.now } : {};
  const store = options.databaseUrl
    ? await createPostgresStore({ url: options.databaseUrl, ...clock })
    : await createSqliteStore({ path: join(dataDir, 'records.db'), ...clock });
  const accounts = new AccountStore(join(dataDir, 'accounts.db'), options.now ? () => (options.now as () => Date)().getTime() : Date.now);
  const attachments = new AttachmentStore(join(dataDir, 'attachments'));
  return {
    store,
    accounts,
    attachments,
    dataDir,
    async close() {
      accounts.close();
      await store.close();
    },
  };
}
