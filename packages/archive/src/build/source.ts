/**
 * What building and importing an archive need from a record store. `RecordStore` of @order75/store has all of
 * it; the interfaces are structural so this package does not depend on the store (or on SQLite) at run time.
 */
import type { ChainAnchor, HashAlg } from '@order75/core';

/** A public key as the person registry holds it. */
export interface SourceKey {
  personId: string;
  alg: string;
  publicKey: string;
  revokedAt?: string;
}

/** The read side `buildArchive` uses. */
export interface ArchiveSource {
  readonly alg: HashAlg;
  query(query: { enterprise?: string; type?: 'enterprise-profile'; from?: string; to?: string; allRevisions?: boolean }): Promise<ReadonlyArray<object>>;
  chainSegment(enterprise: string, range?: { fromSeq?: number; toSeq?: number }): Promise<{ anchor: ChainAnchor; lines: string[] }>;
  readonly people: {
    get(personId: string): Promise<{ displayName: string; keys: ReadonlyArray<{ keyId: string }> } | undefined>;
    reveal(personId: string): Promise<{ idNumber?: string; phone?: string } | undefined>;
    key(keyId: string): Promise<SourceKey | undefined>;
  };
  /** Attachment bytes by content hash, when the store keeps files. */
  attachment?(hash: string): Promise<Uint8Array | undefined>;
}

/** The write side `importArchive` uses. */
export interface ArchiveTarget {
  readonly alg: HashAlg;
  get(id: string, revision?: number): Promise<object | undefined>;
  putMany(
    records: readonly object[],
    ctx: { actor: string; keepCreatedAt?: boolean; trustSignatures?: boolean; onProgress?: (done: number, total: number) => void },
  ): Promise<ReadonlyArray<{ id: string; revision: number; seq: number }>>;
}
