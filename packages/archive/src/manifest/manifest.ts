/**
 * `manifest.json` of an `.o75.zip`: what the archive claims to hold. Every claim is re-derived from
 * `records.jsonl` and the zip entries by `verifyArchive`; the manifest is a table of contents and an anchor,
 * never a source of truth.
 */
import type { ChainAnchor, HashAlg } from '@order75/core';

/** The `format` value of every archive manifest. */
export const ARCHIVE_FORMAT = 'order75-archive';
/** Manifest format version this package writes and reads. */
export const ARCHIVE_VERSION = 1;

/** Entry names inside the zip. */
export const ENTRY = { manifest: 'manifest.json', records: 'records.jsonl', people: 'people.jsonl', attachments: 'attachments/' } as const;

/** One revision of a record whose date lies in the period. */
export interface ManifestRecord {
  id: string;
  revision: number;
  recordType: string;
  schemaVersion: number;
  /** The record's business date (see `recordDate`), `YYYY-MM-DD`. */
  recordDate: string;
  /** Sequence number of the revision's event in the chain. */
  seq: number;
}

/** An attachment file carried under `attachments/`. */
export interface ManifestAttachment {
  hash: string;
  size: number;
  mediaType?: string;
}

/** A public key that verifies `method: "key"` signatures. */
export interface ManifestKey {
  keyId: string;
  personId: string;
  alg: 'ed25519';
  /** Raw 32-byte Ed25519 public key, Base64. */
  publicKey: string;
  /** When the key was revoked; a signature appended to the chain after it does not count. */
  revokedAt?: string;
}

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  version: typeof ARCHIVE_VERSION;
  /** When the archive was built (RFC 3339, UTC). */
  createdAt: string;
  /** Who built it: package and version. */
  generator: string;
  enterprise: { uscc: string; name?: string };
  period: { from: string; to: string };
  hashAlgorithm: HashAlg;
  chain: {
    /** Chain event format version (`CHAIN_FORMAT_VERSION`). */
    format: number;
    /** Sequence number of the first event in `records.jsonl` and the hash of the event before it. */
    anchor: ChainAnchor;
    /** Sequence number and hash of the last event in `records.jsonl`. */
    head: { seq: number; hash: string };
    events: number;
  };
  records: ManifestRecord[];
  /** Distinct records (ids) per record type among `records`. */
  counts: Record<string, number>;
  /** Schema versions per record type among `records`, ascending. */
  schemaVersions: Record<string, number[]>;
  attachments: ManifestAttachment[];
  /** Attachments the records reference but the store did not have, so the archive cannot carry them. */
  attachmentsNotIncluded: string[];
  keys: ManifestKey[];
  /** Present only when the person registry was exported on request. */
  people?: { count: number; hash: string };
}

/** The zip entry name of an attachment: `attachments/sha256-<hex>` (no `:`, which Windows cannot extract). */
export function attachmentEntryName(hash: string): string {
  return `${ENTRY.attachments}${hash.replace(':', '-')}`;
}

/** The hash an `attachments/…` entry name stands for, or `undefined` when the name is not one. */
export function attachmentHashOf(name: string): string | undefined {
  const m = /^attachments\/(sha256|sm3)-([0-9a-f]{64})$/.exec(name);
  return m ? `${m[1]}:${m[2]}` : undefined;
}
