/**
 * Versioned schema migrations. Each runs once, in order, in its own transaction, and is recorded in
 * `o75_migrations`; a database newer than this code is refused rather than guessed at.
 */
import type { SqlDriver } from './driver';

interface Migration {
  version: number;
  name: string;
  /** SQL with `{{AUTO}}` for an auto-increment integer primary key column type. */
  sql: string;
}

const AUTO = { sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT', postgres: 'BIGSERIAL PRIMARY KEY' };

/** The store's migrations, oldest first. Append only: never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records, chain, signatures, audit, outbox, people',
    sql: `
CREATE TABLE o75_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE o75_chain_head (enterprise TEXT PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT);
CREATE TABLE o75_events (
  enterprise TEXT NOT NULL, seq BIGINT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, revision INTEGER NOT NULL,
  at TEXT NOT NULL, hash TEXT NOT NULL, line TEXT NOT NULL, PRIMARY KEY (enterprise, seq));
CREATE INDEX o75_events_record ON o75_events (id, revision);
CREATE TABLE o75_records (
  id TEXT NOT NULL, revision INTEGER NOT NULL, enterprise TEXT NOT NULL, record_type TEXT NOT NULL,
  record_date TEXT, site TEXT, author TEXT, status TEXT NOT NULL, content_hash TEXT NOT NULL,
  created_at TEXT NOT NULL, is_latest INTEGER NOT NULL, event_seq BIGINT NOT NULL, body TEXT NOT NULL,
  PRIMARY KEY (id, revision));
CREATE INDEX o75_records_query ON o75_records (enterprise, record_type, record_date);
CREATE INDEX o75_records_latest ON o75_records (is_latest, record_type);
CREATE TABLE o75_signatures (
  id TEXT NOT NULL, revision INTEGER NOT NULL, slot INTEGER NOT NULL, enterprise TEXT NOT NULL, role TEXT NOT NULL,
  person_id TEXT NOT NULL, signed_at TEXT NOT NULL, method TEXT NOT NULL, event_seq BIGINT NOT NULL, body TEXT NOT NULL,
  PRIMARY KEY (id, revision, slot));
CREATE TABLE o75_audit (
  audit_id {{AUTO}}, enterprise TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  id TEXT NOT NULL, revision INTEGER NOT NULL, event_seq BIGINT NOT NULL, reason TEXT, changes TEXT NOT NULL);
CREATE INDEX o75_audit_record ON o75_audit (id, revision);
CREATE TABLE o75_outbox (
  position {{AUTO}}, idem_key TEXT NOT NULL UNIQUE, id TEXT NOT NULL, revision INTEGER NOT NULL,
  enterprise TEXT NOT NULL, enqueued_at TEXT NOT NULL);
CREATE TABLE o75_outbox_cursor (adapter TEXT PRIMARY KEY, position BIGINT NOT NULL);
CREATE TABLE o75_outbox_delivery (
  adapter TEXT NOT NULL, position BIGINT NOT NULL, lease_until TEXT, claim_token TEXT, attempts INTEGER NOT NULL,
  acked INTEGER NOT NULL, PRIMARY KEY (adapter, position));
CREATE TABLE o75_people (
  person_id TEXT PRIMARY KEY, display_name TEXT NOT NULL, id_number_enc TEXT, id_number_index TEXT, phone_enc TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX o75_people_id_number ON o75_people (id_number_index);
CREATE TABLE o75_person_keys (
  key_id TEXT PRIMARY KEY, person_id TEXT NOT NULL, alg TEXT NOT NULL, public_key TEXT NOT NULL,
  created_at TEXT NOT NULL, revoked_at TEXT);
`,
  },
];

/** Latest schema version this code knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Brings the database to {@link SCHEMA_VERSION}; returns the versions applied. */
export async function migrate(driver: SqlDriver): Promise<number[]> {
  await driver.exec('CREATE TABLE IF NOT EXISTS o75_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    const done = await driver.transaction(async (tx) => {
      if (driver.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(7575)');
      const rows = await tx.query<{ version: number }>('SELECT version FROM o75_migrations WHERE version = ?', [m.version]);
      if (rows.length > 0) return false;
      const sql = m.sql.replaceAll('{{AUTO}}', AUTO[driver.dialect]);
      for (const statement of sql.split(';').map((s) => s.trim()).filter(Boolean)) await tx.run(statement);
      await tx.run('INSERT INTO o75_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  const newest = await driver.query<{ v: number | null }>('SELECT MAX(version) AS v FROM o75_migrations');
  if ((newest[0]?.v ?? 0) > SCHEMA_VERSION) {
    throw new Error(`store: the database is at schema version ${newest[0]?.v}, newer than this @order75/store knows (${SCHEMA_VERSION}); upgrade the package (数据库结构版本较新，请升级)`);
  }
  return applied;
}
