/**
 * Local accounts and sessions of the workstation, in their own SQLite file beside the record store: who may
 * log in, in which role, for which sites. Session ids are stored hashed, so a copied database opens no session.
 */
import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { hashPassword, verifyPassword } from './passwords';

export type AccountRole = 'principal' | 'director' | 'officer' | 'viewer';

export interface Account {
  username: string;
  displayName: string;
  role: AccountRole;
  /** The person in the records this account acts as (signatures, check inspector); none for viewers. */
  personId?: string;
  /** Sites an officer checks; empty means all. */
  sites: string[];
}

export interface Session {
  account: Account;
  csrfToken: string;
  expiresAt: number;
}

const IDLE_MS = 8 * 60 * 60 * 1000;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class AccountStore {
  private readonly db: Database.Database;

  constructor(path: string, private readonly now: () => number = Date.now) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS accounts (
        username TEXT PRIMARY KEY, display_name TEXT NOT NULL, role TEXT NOT NULL,
        person_id TEXT, sites TEXT NOT NULL DEFAULT '[]', password_hash TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sessions (
        id_hash TEXT PRIMARY KEY, username TEXT NOT NULL REFERENCES accounts(username) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL, expires_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS keystores (
        username TEXT PRIMARY KEY REFERENCES accounts(username) ON DELETE CASCADE, keystore TEXT NOT NULL);`);
    this.db.pragma('foreign_keys = ON');
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n;
  }

  async create(account: Account, password: string): Promise<void> {
    const hash = await hashPassword(password);
    this.db
      .prepare('INSERT INTO accounts (username, display_name, role, person_id, sites, password_hash) VALUES (?, ?, ?, ?, ?, ?)')
      .run(account.username, account.displayName, account.role, account.personId ?? null, JSON.stringify(account.sites), hash);
  }

  /** Removes an account, its sessions and its sealed signing key. */
  remove(username: string): boolean {
    return this.db.prepare('DELETE FROM accounts WHERE username = ?').run(username).changes > 0;
  }

  get(username: string): Account | undefined {
    const row = this.db.prepare('SELECT * FROM accounts WHERE username = ?').get(username) as Row | undefined;
    return row ? toAccount(row) : undefined;
  }

  /** A workstation setting (e.g. `enterprise`), or undefined. */
  setting(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setSetting(key: string, value: string): void {
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** The account's sealed Ed25519 keystore (JSON), sealed with its signing passphrase. */
  keystore(username: string): string | undefined {
    return (this.db.prepare('SELECT keystore FROM keystores WHERE username = ?').get(username) as { keystore: string } | undefined)?.keystore;
  }

  saveKeystore(username: string, keystore: string): void {
    this.db
      .prepare('INSERT INTO keystores (username, keystore) VALUES (?, ?) ON CONFLICT (username) DO UPDATE SET keystore = excluded.keystore')
      .run(username, keystore);
  }

  list(): Account[] {
    return (this.db.prepare('SELECT * FROM accounts ORDER BY username').all() as Row[]).map(toAccount);
  }

  /** The account when the password matches; undefined otherwise (same answer for an unknown user). */
  async authenticate(username: string, password: string): Promise<Account | undefined> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE username = ?').get(username) as Row | undefined;
    // Hash even for an unknown user, so response time does not reveal which usernames exist.
    const ok = await verifyPassword(password, row?.password_hash ?? DUMMY);
    return row && ok ? toAccount(row) : undefined;
  }

  openSession(account: Account): { id: string; csrfToken: string } {
    const id = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    this.db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(this.now());
    this.db
      .prepare('INSERT INTO sessions (id_hash, username, csrf_token, expires_at) VALUES (?, ?, ?, ?)')
      .run(sha256(id), account.username, csrfToken, this.now() + IDLE_MS);
    return { id, csrfToken };
  }

  /** The live session for a cookie value, sliding its expiry; undefined when unknown or expired. */
  session(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const row = this.db
      .prepare('SELECT s.csrf_token, s.expires_at, a.* FROM sessions s JOIN accounts a USING (username) WHERE s.id_hash = ?')
      .get(sha256(id)) as (Row & { csrf_token: string; expires_at: number }) | undefined;
    if (!row || row.expires_at < this.now()) return undefined;
    // Slide the expiry at most once a minute: a write (and its fsync) per request would halve the API's throughput.
    let expiresAt = row.expires_at;
    if (this.now() + IDLE_MS - expiresAt > 60_000) {
      expiresAt = this.now() + IDLE_MS;
      this.db.prepare('UPDATE sessions SET expires_at = ? WHERE id_hash = ?').run(expiresAt, sha256(id));
    }
    return { account: toAccount(row), csrfToken: row.csrf_token, expiresAt };
  }

  closeSession(id: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(sha256(id));
  }

  /** For tests and administrators: end a session as if it had timed out. */
  expireSession(id: string): void {
    this.db.prepare('UPDATE sessions SET expires_at = 0 WHERE id_hash = ?').run(sha256(id));
  }

  close(): void {
    this.db.close();
  }
}

interface Row {
  username: string;
  display_name: string;
  role: AccountRole;
  person_id: string | null;
  sites: string;
  password_hash: string;
}

const DUMMY = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

function toAccount(row: Row): Account {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    ...(row.person_id ? { personId: row.person_id } : {}),
    sites: JSON.parse(row.sites) as string[],
  };
}
