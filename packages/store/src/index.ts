/**
 * @order75/store — the record store: revisions with optimistic concurrency, role signatures, a per-enterprise
 * hash chain, an audit trail, an outbox for adapters and an encrypted person registry, on SQLite or PostgreSQL.
 */
export { createSqliteStore, type SqliteStoreOptions } from './createSqliteStore';
export { createPostgresStore, type PostgresStoreOptions } from './createPostgresStore';
export type { StoreOptions } from './createStore';
export type {
  AuditEntry,
  ChainSegment,
  ChainVerification,
  Correction,
  ImportOptions,
  Outbox,
  OutboxItem,
  PutContext,
  PutManyContext,
  PutResult,
  RecordQuery,
  RecordStore,
  StoreContext,
  StoreIntegrityIssue,
} from './types';
export { ConcurrencyError, NotFoundError, RecordRejectedError, SignatureRejectedError, StoreError } from './errors';
export type { PersonInput, PersonListing, PersonRegistry } from './people/registry';
export { maskIdNumber, maskPhone, PERSON_KEY_ENV } from './people/personCrypto';
export { PERSON_CIPHERS, type PersonCipher } from './people/fieldCipher';
export { generateSigningKey, keyIdOf, signWithKeystore, verifyKeySignature, type KeyAlg, type Keystore } from './keys/keystore';
export { nodeSha256Hasher } from './chain/nodeHasher';
export { MIGRATIONS, SCHEMA_VERSION } from './sql/migrations';
