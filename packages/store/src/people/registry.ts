/**
 * The person registry (DESIGN.md § People): records reference people by `personId` and display name; the
 * optional ID number and phone live only here, encrypted at rest, found by blind index, shown masked. They
 * never enter records, the chain, logs or error messages.
 */
import { checkResidentId } from '@order75/core';
import { StoreError } from '../errors';
import type { SqlDriver } from '../sql/driver';
import { keyIdOf, type KeyAlg } from '../keys/keystore';
import { maskIdNumber, maskPhone, type PersonCrypto } from './personCrypto';

export interface PersonInput {
  personId: string;
  displayName: string;
  /** 18-character resident ID number; checked (GB 11643) and stored encrypted. */
  idNumber?: string;
  /** Phone number; stored encrypted. */
  phone?: string;
}

/** A person as listings show them: masked, never the full numbers. */
export interface PersonListing {
  personId: string;
  displayName: string;
  idNumberMasked?: string;
  phoneMasked?: string;
  keys: { keyId: string; alg: string; revokedAt?: string }[];
}

export interface PersonRegistry {
  /** Adds or updates a person; an absent `idNumber`/`phone` leaves the stored one unchanged. */
  upsert(person: PersonInput): Promise<void>;
  get(personId: string): Promise<PersonListing | undefined>;
  list(): Promise<PersonListing[]>;
  /** The person with this ID number, found by blind index. Throws (without echoing it) on a malformed number. */
  findByIdNumber(idNumber: string): Promise<PersonListing | undefined>;
  /** The full numbers, for an explicit request (an archive's `people.jsonl` on request). */
  reveal(personId: string): Promise<{ idNumber?: string; phone?: string } | undefined>;
  /** Registers a person's public key (Base64: Ed25519 raw 32 bytes, SM2 uncompressed 65 bytes); returns its key id. */
  addKey(personId: string, publicKey: string, alg?: KeyAlg): Promise<string>;
  revokeKey(keyId: string, at?: string): Promise<void>;
  /** A key by id, with its owner. */
  key(keyId: string): Promise<{ personId: string; alg: string; publicKey: string; revokedAt?: string } | undefined>;
}

const NO_KEY = {
  zh: '未配置人员加密密钥（ORDER75_PERSON_KEY 或 personKey 选项），不能保存或查询身份证号、手机号',
  en: 'no person key configured (ORDER75_PERSON_KEY or the personKey option): ID numbers and phones cannot be stored or looked up',
};

function normaliseId(idNumber: string): string {
  const check = checkResidentId(idNumber);
  if (!check.ok) throw new StoreError({ zh: `身份证号无效：${check.reason.zh}`, en: `invalid ID number: ${check.reason.en}` });
  return idNumber.trim().toUpperCase();
}

function normalisePhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  if (!/^\+?\d{5,20}$/.test(digits)) throw new StoreError({ zh: '手机号格式无效', en: 'invalid phone number' });
  return digits;
}

interface PersonRow {
  person_id: string;
  display_name: string;
  id_number_enc: string | null;
  phone_enc: string | null;
}

export function createPersonRegistry(driver: SqlDriver, crypto: PersonCrypto | undefined, now: () => Date): PersonRegistry {
  const need = (): PersonCrypto => {
    if (!crypto) throw new StoreError(NO_KEY);
    return crypto;
  };
  const listing = async (row: PersonRow): Promise<PersonListing> => {
    const keys = await driver.query<{ key_id: string; alg: string; revoked_at: string | null }>(
      'SELECT key_id, alg, revoked_at FROM o75_person_keys WHERE person_id = ? ORDER BY created_at, key_id',
      [row.person_id],
    );
    const out: PersonListing = {
      personId: row.person_id,
      displayName: row.display_name,
      keys: keys.map((k) => ({ keyId: k.key_id, alg: k.alg, ...(k.revoked_at ? { revokedAt: k.revoked_at } : {}) })),
    };
    if (row.id_number_enc) out.idNumberMasked = maskIdNumber(need().open(row.person_id, 'idNumber', row.id_number_enc));
    if (row.phone_enc) out.phoneMasked = maskPhone(need().open(row.person_id, 'phone', row.phone_enc));
    return out;
  };
  const COLS = 'person_id, display_name, id_number_enc, phone_enc';
  return {
    async upsert(person) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/.test(person.personId)) {
        throw new StoreError({ zh: '人员编号只能含字母、数字和 . _ : -，最长 64 位', en: 'a personId is letters, digits and . _ : -, up to 64 characters' });
      }
      if (person.displayName.trim() === '') throw new StoreError({ zh: '姓名不能为空', en: 'the display name must not be empty' });
      const id = person.idNumber === undefined ? undefined : normaliseId(person.idNumber);
      const phone = person.phone === undefined ? undefined : normalisePhone(person.phone);
      const c = id !== undefined || phone !== undefined ? need() : undefined;
      const at = now().toISOString();
      await driver.transaction(async (tx) => {
        await tx.run(
          `INSERT INTO o75_people (person_id, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (person_id) DO UPDATE SET display_name = excluded.display_name, updated_at = excluded.updated_at`,
          [person.personId, person.displayName, at, at],
        );
        if (c && id !== undefined) {
          await tx.run('UPDATE o75_people SET id_number_enc = ?, id_number_index = ? WHERE person_id = ?', [
            c.seal(person.personId, 'idNumber', id), c.blindIndex('idNumber', id), person.personId,
          ]);
        }
        if (c && phone !== undefined) {
          await tx.run('UPDATE o75_people SET phone_enc = ? WHERE person_id = ?', [c.seal(person.personId, 'phone', phone), person.personId]);
        }
      });
    },
    async get(personId) {
      const rows = await driver.query<PersonRow>(`SELECT ${COLS} FROM o75_people WHERE person_id = ?`, [personId]);
      return rows[0] ? listing(rows[0]) : undefined;
    },
    async list() {
      const rows = await driver.query<PersonRow>(`SELECT ${COLS} FROM o75_people ORDER BY person_id`);
      return Promise.all(rows.map(listing));
    },
    async findByIdNumber(idNumber) {
      const c = need();
      const id = normaliseId(idNumber);
      // Every cipher's index: a registry part-way through moving from one cipher to the other still finds everyone.
      const indexes = c.blindIndexes('idNumber', id);
      const rows = await driver.query<PersonRow>(
        `SELECT ${COLS} FROM o75_people WHERE id_number_index IN (${indexes.map(() => '?').join(', ')})`,
        indexes,
      );
      return rows[0] ? listing(rows[0]) : undefined;
    },
    async reveal(personId) {
      const rows = await driver.query<PersonRow>(`SELECT ${COLS} FROM o75_people WHERE person_id = ?`, [personId]);
      const row = rows[0];
      if (!row) return undefined;
      const out: { idNumber?: string; phone?: string } = {};
      if (row.id_number_enc) out.idNumber = need().open(personId, 'idNumber', row.id_number_enc);
      if (row.phone_enc) out.phone = need().open(personId, 'phone', row.phone_enc);
      return out;
    },
    async addKey(personId, publicKey, alg = 'ed25519') {
      const raw = Buffer.from(publicKey, 'base64');
      if (alg === 'ed25519' && raw.length !== 32) throw new StoreError({ zh: 'Ed25519 公钥应为 32 字节（Base64）', en: 'an Ed25519 public key is 32 bytes (Base64)' });
      if (alg === 'sm2' && (raw.length !== 65 || raw[0] !== 4)) {
        throw new StoreError({ zh: 'SM2 公钥应为 65 字节的未压缩点 04‖x‖y（Base64）', en: 'an SM2 public key is the 65-byte uncompressed point 04‖x‖y (Base64)' });
      }
      if (alg !== 'ed25519' && alg !== 'sm2') throw new StoreError({ zh: '只支持 ed25519 与 sm2 公钥', en: 'only ed25519 and sm2 keys are supported' });
      const exists = await driver.query('SELECT 1 FROM o75_people WHERE person_id = ?', [personId]);
      if (exists.length === 0) throw new StoreError({ zh: `人员 ${personId} 尚未登记`, en: `person ${personId} is not registered` });
      const keyId = keyIdOf(raw, alg);
      await driver.run(
        'INSERT INTO o75_person_keys (key_id, person_id, alg, public_key, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key_id) DO NOTHING',
        [keyId, personId, alg, raw.toString('base64'), now().toISOString()],
      );
      return keyId;
    },
    async revokeKey(keyId, at) {
      await driver.run('UPDATE o75_person_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL', [at ?? now().toISOString(), keyId]);
    },
    async key(keyId) {
      const rows = await driver.query<{ person_id: string; alg: string; public_key: string; revoked_at: string | null }>(
        'SELECT person_id, alg, public_key, revoked_at FROM o75_person_keys WHERE key_id = ?',
        [keyId],
      );
      const r = rows[0];
      return r ? { personId: r.person_id, alg: r.alg, publicKey: r.public_key, ...(r.revoked_at ? { revokedAt: r.revoked_at } : {}) } : undefined;
    },
  };
}
