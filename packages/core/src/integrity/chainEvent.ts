/**
 * The hash-chain event format (DESIGN.md § Archive and exchange). Every revision, signature and status change
 * of an enterprise's records is one event; an event's line is its RFC 8785 text, and its hash is
 * `'<alg>:<hex>'` of the line's UTF-8 bytes. Each event carries the hash of the one before (`prev`), so a
 * contiguous run of lines (`records.jsonl` in an archive) can be re-verified without the store.
 */
import { CanonicalText, canonicalJson } from './canonicalJson';
import { contentCanonical, hashedContent } from './contentHash';
import { hashString, hashStringSync, type Hasher } from './hasher';

/** Version of the event line format; bumped only with a new `verifyChainSegment` that still reads version 1. */
export const CHAIN_FORMAT_VERSION = 1;

/** Fields every event has. */
export interface ChainEventBase {
  /** Format version, {@link CHAIN_FORMAT_VERSION}. */
  v: 1;
  /** Position in the enterprise's chain, from 1, without gaps. */
  seq: number;
  /** Hash of the event at `seq - 1`; `null` only for `seq` 1. */
  prev: string | null;
  kind: ChainEventKind;
  /** When the store appended the event (RFC 3339, UTC, milliseconds). */
  at: string;
  /** USCC of the enterprise whose chain this is. */
  enterprise: string;
  /** Who caused it: a `personId` or a system account name (never an ID number or phone). */
  by: string;
  /** The record and revision the event is about. */
  id: string;
  revision: number;
}

export type ChainEventKind = 'revision' | 'signature' | 'status';

/** A new revision of a record (first version or correction). */
export interface RevisionEvent extends ChainEventBase {
  kind: 'revision';
  recordType: string;
  /** `'<alg>:<hex>'` of the canonical UTF-8 bytes of `record`, i.e. the record's `contentHash`. */
  contentHash: string;
  /** The status the revision was saved with; later changes are `status` events. */
  status: 'draft' | 'final';
  /** The hashed content: the record WITHOUT `status` and `signatures` (each signature is its own event). */
  record: Record<string, unknown>;
}

/** A signature added to a revision; it never changes the revision's content hash. */
export interface SignatureEvent extends ChainEventBase {
  kind: 'signature';
  /** The signature object exactly as stored in the record's `signatures` array. */
  signature: Record<string, unknown> & { contentHash: string; slot: number; role: string; personId: string };
}

/** A status change of a revision (`draft` → `final`). */
export interface StatusEvent extends ChainEventBase {
  kind: 'status';
  from: 'draft' | 'final';
  status: 'draft' | 'final';
}

export type ChainEvent = RevisionEvent | SignatureEvent | StatusEvent;

/** An event before the store has placed it in the chain. */
export type UnchainedEvent =
  | Omit<RevisionEvent, 'seq' | 'prev' | 'v'>
  | Omit<SignatureEvent, 'seq' | 'prev' | 'v'>
  | Omit<StatusEvent, 'seq' | 'prev' | 'v'>;

/** Where a chain segment starts: the sequence number of its first event and that event's `prev`. */
export interface ChainAnchor {
  seq: number;
  prev: string | null;
}

const utf8 = new TextEncoder();

/** The canonical line of an event (no trailing newline). */
export function chainEventLine(event: ChainEvent): string {
  return canonicalJson(event);
}

/** Hash of one event line: `'<alg>:<hex>'` of its UTF-8 bytes. */
export function chainLineHash(line: string, hasher: Hasher): Promise<string> {
  return hashString(utf8.encode(line), hasher);
}

/** Synchronous {@link chainLineHash} for hashers with `digestSync`. */
export function chainLineHashSync(line: string, hasher: Hasher): string {
  return hashStringSync(utf8.encode(line), hasher);
}

/** A record split for a revision event: its hashed content, that content's canonical text, bytes and hash. */
export interface RevisionContent {
  content: Record<string, unknown>;
  /** `canonicalJson(content)`; embedded verbatim in the event line, so the record is serialised once. */
  text: string;
  /** UTF-8 of `text`; spliced into the line's bytes, so it is encoded once. */
  bytes: Uint8Array;
  contentHash: string;
}

/** Splits a record into what a revision event carries and hashes its content once. */
export async function revisionContent(record: object, hasher: Hasher): Promise<RevisionContent> {
  const content = hashedContent(record);
  const text = contentCanonical(record);
  const bytes = utf8.encode(text);
  return { content, text, bytes, contentHash: await hashString(bytes, hasher) };
}

/** Stands in for the record in a line being split; canonical JSON escapes U+0000 in strings, so it is unique. */
const SLOT = '\u0000';
const SLOT_TEXT = new CanonicalText(SLOT);

/**
 * Places an event after `prev` at `seq` and returns the event, its line and its hash. For a revision event,
 * pass the `RevisionContent` it was built from to reuse the record's canonical text.
 */
export async function chainEvent(
  event: UnchainedEvent,
  seq: number,
  prev: string | null,
  hasher: Hasher,
  content?: RevisionContent,
): Promise<{ event: ChainEvent; line: string; hash: string }> {
  const chained = { v: CHAIN_FORMAT_VERSION, seq, prev, ...event } as ChainEvent;
  if (content !== undefined && chained.kind === 'revision' && chained.record === content.content) {
    const [head, tail] = canonicalJson({ ...chained, record: SLOT_TEXT }).split(SLOT) as [string, string];
    const h = utf8.encode(head);
    const t = utf8.encode(tail);
    const bytes = new Uint8Array(h.length + content.bytes.length + t.length);
    bytes.set(h);
    bytes.set(content.bytes, h.length);
    bytes.set(t, h.length + content.bytes.length);
    return { event: chained, line: head + content.text + tail, hash: await hashString(bytes, hasher) };
  }
  const line = chainEventLine(chained);
  return { event: chained, line, hash: await chainLineHash(line, hasher) };
}
