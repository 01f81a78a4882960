/**
 * The content hash of a record revision (DESIGN.md § Identity): the hash of the RFC 8785 form of the record
 * without the fields that may change while the revision stays the same.
 */
import { canonicalJsonWithout, keysWithout } from './canonicalJson';
import { hashString, hashStringSync, type Hasher } from './hasher';

/**
 * Top-level fields left out of the content hash, and only these: `signatures` (added after the content is
 * fixed, and signing must not change what was signed), `status` (draft → final is a status change of the
 * same revision) and `createdAt` (the store stamps it when it saves the revision — DESIGN.md's "store
 * metadata" — so a form can sign a record before it is saved, e.g. offline in a DingTalk WebView; the chain
 * event that saves the revision covers `createdAt`, so changing it later is still detected). `id`,
 * `revision`, `supersedes`, `createdBy` and `remarks` are content.
 */
export const CONTENT_HASH_EXCLUDED = ['signatures', 'status', 'createdAt'] as const;

const EXCLUDED: ReadonlySet<string> = new Set(CONTENT_HASH_EXCLUDED);

/**
 * Top-level fields a revision event leaves out of the record it carries: status and signatures are events of
 * their own. `createdAt` stays in the event's record, so readers get the record back whole, though it is not
 * part of the content hash (the line hash covers it).
 */
export const EVENT_RECORD_EXCLUDED = ['signatures', 'status'] as const;

const EVENT_EXCLUDED: ReadonlySet<string> = new Set(EVENT_RECORD_EXCLUDED);

function without(record: object, excluded: ReadonlySet<string>): Record<string, unknown> {
  const src = record as Record<string, unknown>;
  const content: Record<string, unknown> = {};
  // A key-by-key copy keeps the object in V8's fast mode (rest destructuring can leave it in dictionary mode); the kept
  // keys are worked out once per object shape.
  const keys = keysWithout(src, excluded);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    content[key] = src[key];
  }
  return content;
}

/** The record as it is hashed: a shallow copy without {@link CONTENT_HASH_EXCLUDED}. */
export function hashedContent(record: object): Record<string, unknown> {
  return without(record, EXCLUDED);
}

/** The record as a revision event carries it: a shallow copy without {@link EVENT_RECORD_EXCLUDED}. */
export function eventRecord(record: object): Record<string, unknown> {
  return without(record, EVENT_EXCLUDED);
}

/** The canonical text the content hash is computed over. */
export function contentCanonical(record: object): string {
  return canonicalJsonWithout(record as Record<string, unknown>, EXCLUDED);
}

const utf8 = new TextEncoder();

/**
 * `'<alg>:<hex>'` over the canonical UTF-8 bytes of the record without `signatures`, `status` and `createdAt`.
 *
 * @example await contentHash(record, sha256Hasher) // 'sha256:3f1c…'
 */
export async function contentHash(record: object, hasher: Hasher): Promise<string> {
  return hashString(utf8.encode(contentCanonical(record)), hasher);
}

/** Synchronous {@link contentHash} for hashers with `digestSync` (SM3, a Node SHA-256). */
export function contentHashSync(record: object, hasher: Hasher): string {
  return hashStringSync(utf8.encode(contentCanonical(record)), hasher);
}
