/**
 * The two real backends every shared store test runs against: an SQLite file in a temporary folder and a
 * fresh PostgreSQL schema (dropped afterwards), each with a raw SQL handle for tampering.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createPostgresStore, createSqliteStore, type RecordStore, type StoreOptions } from '../../src/index';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const PERSON_KEY = Buffer.alloc(32, 7).toString('base64');

export interface Opened {
  store: RecordStore;
  /** Runs SQL directly on the database, behind the store's back. `?` placeholders. */
  raw(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Another store on the same database (a second writer), optionally with other options (key, cipher). */
  reopen(options?: StoreOptions): Promise<RecordStore>;
  dispose(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  open(options?: StoreOptions): Promise<Opened>;
}

let counter = 0;

export const sqlite: Backend = {
  name: 'sqlite',
  async open(options = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'o75-store-'));
    const path = join(dir, 'store.db');
    const opts = { personKey: PERSON_KEY, ...options, path };
    const store = await createSqliteStore(opts);
    const others: RecordStore[] = [];
    const db = new Database(path);
    return {
      store,
      async raw(sql, params = []) {
        const st = db.prepare(sql);
        if (st.reader) return st.all(...params) as Record<string, unknown>[];
        st.run(...params);
        return [];
      },
      async reopen(more = {}) {
        const s = await createSqliteStore({ ...opts, ...more, path });
        others.push(s);
        return s;
      },
      async dispose() {
        for (const s of others) await s.close();
        await store.close();
        db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgres: Backend = {
  name: 'postgres',
  async open(options = {}) {
    const schema = `o75_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    const opts = { personKey: PERSON_KEY, ...options, url: DATABASE_URL, schema };
    const store = await createPostgresStore(opts);
    const others: RecordStore[] = [];
    const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
    await client.connect();
    return {
      store,
      async raw(sql, params = []) {
        let n = 0;
        return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows;
      },
      async reopen(more = {}) {
        const s = await createPostgresStore({ ...opts, ...more, url: DATABASE_URL, schema });
        others.push(s);
        return s;
      },
      async dispose() {
        for (const s of others) await s.close();
        await store.close();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    };
  },
};

export const backends: Backend[] = [sqlite, postgres];
