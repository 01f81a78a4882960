/**
 * The `RecordStore` contract (DESIGN.md § Identity, status, signatures, hazards, people): revisions with
 * optimistic concurrency, role signatures that never change the content hash, a per-enterprise hash chain,
 * an audit trail, an outbox for adapters and an encrypted person registry.
 */
import type { ChainAnchor, ChainIssue, HashAlg } from '@order75/core';
import type { AnyRecord, RecordType, Signature } from '@order75/schemas';
import type { PersonRegistry } from './people/registry';

/** Who is acting, and the revision they last saw. */
export interface StoreContext {
  /** A `personId` or a system account name; goes into the chain and the audit trail (never an ID number). */
  actor: string;
  /**
   * The latest revision the writer saw (0 for a new record). When given and the stored latest differs, the
   * write fails with `ConcurrencyError` instead of overwriting someone else's change.
   */
  expectedRevision?: number;
}

/** Options of a write that brings in records made elsewhere (archive import, host pull). */
export interface ImportOptions {
  /** Keep the record's own `createdAt` instead of stamping the store's time. */
  keepCreatedAt?: boolean;
  /**
   * Record signatures that arrive inside records after checking only that they sign this revision's content
   * hash, not role holding or keys (the archive verifier checked those at the origin). Default false.
   */
  trustSignatures?: boolean;
}

export interface PutContext extends StoreContext, ImportOptions {}

export interface PutManyContext extends Omit<PutContext, 'expectedRevision'> {
  /** Called after each record is placed (inside the transaction; nothing is visible until all succeed). */
  onProgress?: (done: number, total: number) => void;
}

/** What a successful write returns. */
export interface PutResult {
  id: string;
  revision: number;
  contentHash: string;
  createdAt: string;
  /** Chain sequence number of the revision event. */
  seq: number;
}

/** Query over latest revisions, by record date (`x-order75-record-date`, local date in China time). */
export interface RecordQuery {
  enterprise?: string;
  type?: RecordType | readonly RecordType[];
  /** Inclusive local dates `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  site?: string;
  /** `createdBy.personId`, or the writing actor when the record names no creator. */
  author?: string;
  status?: 'draft' | 'final';
  /** Include superseded revisions too (default: latest only). */
  allRevisions?: boolean;
  limit?: number;
}

/** A correction: a full replacement record, or fields to change on the latest revision. */
export type Correction = AnyRecord | Record<string, unknown>;

/** One audit entry: who did what to which revision, when, what changed and why. */
export interface AuditEntry {
  at: string;
  actor: string;
  action: 'create' | 'correct' | 'sign' | 'finalize';
  id: string;
  revision: number;
  seq: number;
  reason?: string;
  /** JSON Pointers with the values before and after (`from` absent for additions, `to` for removals). */
  changes: { path: string; from?: unknown; to?: unknown }[];
}

/** Result of `verifyChain`: every problem found, each pinned to a chain position or a table row. */
export interface ChainVerification {
  ok: boolean;
  /** Per enterprise: events checked and the head. */
  chains: { enterprise: string; count: number; head?: { seq: number; hash: string } }[];
  issues: StoreIntegrityIssue[];
}

/** A chain issue (from `verifyChainSegment`) or a mismatch between the chain and the tables. */
export type StoreIntegrityIssue =
  | (ChainIssue & { enterprise: string; table: 'o75_events' })
  | {
      enterprise: string;
      table: 'o75_events' | 'o75_records' | 'o75_signatures' | 'o75_chain_head';
      kind: 'row-changed' | 'row-missing' | 'row-inserted' | 'head-mismatch' | 'hash-column-mismatch';
      seq?: number;
      key: string;
      message: { zh: string; en: string };
    };

/** A contiguous run of an enterprise's chain, ready for an archive's `records.jsonl`. */
export interface ChainSegment {
  enterprise: string;
  alg: HashAlg;
  anchor: ChainAnchor;
  lines: string[];
  head?: { seq: number; hash: string };
}

/** One outbox delivery handed to an adapter. */
export interface OutboxItem {
  /** `id#revision`: the idempotency key the host upserts by. */
  key: string;
  id: string;
  revision: number;
  position: number;
  /** The record as it is now (with status and signatures), read at claim time. */
  record: AnyRecord;
}

/** At-least-once delivery to adapters, each with its own cursor. */
export interface Outbox {
  /** Leases up to `limit` undelivered items for `adapter`; leased items come back after `leaseMs` unless acked. */
  claim(adapter: string, options?: { limit?: number; leaseMs?: number }): Promise<{ token: string; items: OutboxItem[] }>;
  /** Marks items delivered and advances the adapter's cursor past every contiguous delivered item. */
  ack(adapter: string, positions: readonly number[]): Promise<void>;
  /** The adapter's cursor: every item at or below it is delivered. */
  cursor(adapter: string): Promise<number>;
}

export interface RecordStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** Hash algorithm of content hashes and the chain. */
  readonly alg: HashAlg;
  /** Validates, stamps `createdAt`, and saves a new record (revision 1) or a next revision (with `supersedes`). */
  put(record: AnyRecord, ctx: PutContext): Promise<PutResult>;
  /** Saves many records in ONE transaction: all or nothing, even if the process dies midway. */
  putMany(records: readonly AnyRecord[], ctx: PutManyContext): Promise<PutResult[]>;
  /** A revision (default: latest) with its current status and signatures. */
  get(id: string, revision?: number): Promise<AnyRecord | undefined>;
  query(query?: RecordQuery): Promise<AnyRecord[]>;
  /** Every revision of a record, oldest first. */
  history(id: string): Promise<AnyRecord[]>;
  /** Makes the next revision from a full record or a patch of fields, with `supersedes: { revision, reason }`. */
  correct(id: string, change: Correction, reason: string, ctx: StoreContext): Promise<PutResult>;
  /** Adds a role signature to a revision after checking slot, role holding, content hash and key. */
  sign(id: string, revision: number, signature: Signature, ctx: StoreContext): Promise<{ seq: number }>;
  /** Draft → final, as a status event of the same revision. */
  finalize(id: string, revision: number, ctx: StoreContext): Promise<{ seq: number }>;
  /** Audit entries of one record (or all), in chain order. */
  audit(id?: string): Promise<AuditEntry[]>;
  /** Re-verifies every chain and checks the tables against it. */
  verifyChain(options?: { enterprise?: string }): Promise<ChainVerification>;
  /** Chain lines `fromSeq..toSeq` (inclusive; default all) of an enterprise, with their anchor. */
  chainSegment(enterprise: string, range?: { fromSeq?: number; toSeq?: number }): Promise<ChainSegment>;
  readonly outbox: Outbox;
  readonly people: PersonRegistry;
  close(): Promise<void>;
}

export type { Signature };
