/**
 * The one `RecordStore` implementation, over a `SqlDriver`; `createSqliteStore` and `createPostgresStore`
 * only pick the driver.
 */
import type { HashAlg } from '@order75/core';
import type { AnyRecord } from '@order75/schemas';
import { hasherFor } from './chain/nodeHasher';
import { verifyStoreChain } from './chain/verifyStoreChain';
import { NotFoundError, StoreError } from './errors';
import { createOutbox } from './outbox/outbox';
import type { PersonCipher } from './people/fieldCipher';
import { createPersonCrypto } from './people/personCrypto';
import { createPersonRegistry } from './people/registry';
import { auditEntries, getRecord, queryRecords, recordHistory } from './read/readRecords';
import type { SqlDriver } from './sql/driver';
import { migrate } from './sql/migrations';
import type { ChainSegment, RecordStore } from './types';
import type { WriteEnv } from './write/context';
import { finalizeRevision } from './write/finalizeRevision';
import { signRevision } from './write/signRevision';
import { writeRevision } from './write/writeRevision';

/** Options every store takes. */
export interface StoreOptions {
  /** Hash algorithm for content hashes and the chain, fixed when the store is created (default `sha256`). */
  alg?: HashAlg;
  /** 32-byte key for the person registry (Base64 or hex); default `process.env.ORDER75_PERSON_KEY`. */
  personKey?: string | Uint8Array;
  /**
   * Cipher for ID numbers and phones saved from now on: `aes-256-gcm` (default) or `sm4-cbc-hmac-sm3`. Values
   * saved with the other one still open, so a registry can switch and re-save its people.
   */
  personCipher?: PersonCipher;
  /** Clock (tests pass a fixed one). */
  now?: () => Date;
}

/** Migrates the database and returns the store. */
export async function createStore(driver: SqlDriver, options: StoreOptions = {}): Promise<RecordStore> {
  await migrate(driver);
  const alg = await settleAlg(driver, options.alg);
  const now = options.now ?? (() => new Date());
  const people = createPersonRegistry(driver, createPersonCrypto(options.personKey, { cipher: options.personCipher }), now);
  const env: WriteEnv = { dialect: driver.dialect, hasher: hasherFor(alg), now, people };
  const get = (id: string, revision?: number) => getRecord(driver, id, revision);

  const store: RecordStore = {
    dialect: driver.dialect,
    alg,
    put: (record, ctx) => driver.transaction((tx) => writeRevision(tx, env, record, ctx)),
    async putMany(records, ctx) {
      return driver.transaction(async (tx) => {
        const out = [];
        for (const [i, r] of records.entries()) {
          out.push(await writeRevision(tx, env, r, ctx));
          ctx.onProgress?.(i + 1, records.length);
        }
        return out;
      });
    },
    get,
    query: (q) => queryRecords(driver, q),
    history: (id) => recordHistory(driver, id),
    async correct(id, change, reason, ctx) {
      const latest = await get(id);
      if (!latest) throw new NotFoundError(id);
      const full = typeof (change as { recordType?: unknown }).recordType === 'string';
      const { signatures: _s, ...base } = (full ? change : { ...latest, ...change }) as Record<string, unknown>;
      const next = {
        ...base,
        id,
        revision: latest.revision + 1,
        supersedes: { revision: latest.revision, reason },
        status: (change as { status?: unknown }).status ?? latest.status,
      } as unknown as AnyRecord;
      return store.put(next, { ...ctx, expectedRevision: ctx.expectedRevision ?? latest.revision });
    },
    sign: async (id, revision, signature, ctx) => ({ seq: await driver.transaction((tx) => signRevision(tx, env, id, revision, signature, ctx)) }),
    finalize: async (id, revision, ctx) => ({ seq: await driver.transaction((tx) => finalizeRevision(tx, env, id, revision, ctx)) }),
    audit: (id) => auditEntries(driver, id),
    verifyChain: (o = {}) => verifyStoreChain(driver, env.hasher, o.enterprise),
    async chainSegment(enterprise, range = {}) {
      const from = range.fromSeq ?? 1;
      const to = range.toSeq ?? Number.MAX_SAFE_INTEGER;
      const rows = await driver.query<{ seq: number; hash: string; line: string }>(
        'SELECT seq, hash, line FROM o75_events WHERE enterprise = ? AND seq >= ? AND seq <= ? ORDER BY seq',
        [enterprise, from, to],
      );
      const before = from > 1 ? await driver.query<{ hash: string }>('SELECT hash FROM o75_events WHERE enterprise = ? AND seq = ?', [enterprise, from - 1]) : [];
      const last = rows[rows.length - 1];
      const segment: ChainSegment = {
        enterprise,
        alg,
        anchor: { seq: from, prev: from > 1 ? (before[0]?.hash ?? null) : null },
        lines: rows.map((r) => r.line),
      };
      if (last) segment.head = { seq: Number(last.seq), hash: last.hash };
      return segment;
    },
    outbox: createOutbox(driver, get, now),
    people,
    close: () => driver.close(),
  };
  return store;
}

async function settleAlg(driver: SqlDriver, wanted: HashAlg | undefined): Promise<HashAlg> {
  const rows = await driver.query<{ value: string }>("SELECT value FROM o75_meta WHERE key = 'alg'");
  const stored = rows[0]?.value as HashAlg | undefined;
  if (stored) {
    if (wanted && wanted !== stored) {
      throw new StoreError({ zh: `该记录库使用 ${stored} 哈希，不能改为 ${wanted}`, en: `this store hashes with ${stored}; it cannot switch to ${wanted}` });
    }
    return stored;
  }
  const alg = wanted ?? 'sha256';
  await driver.run("INSERT INTO o75_meta (key, value) VALUES ('alg', ?) ON CONFLICT (key) DO NOTHING", [alg]);
  return ((await driver.query<{ value: string }>("SELECT value FROM o75_meta WHERE key = 'alg'"))[0]?.value as HashAlg) ?? alg;
}
