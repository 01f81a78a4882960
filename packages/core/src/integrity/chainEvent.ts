/**
 * The hash-chain event format (DESIGN.md § Archive and exchange). Every revision, signature and status change
 * of an enterprise's records is one event; an event's line is its RFC 8785 text, and its hash is
 * `'<alg>:<hex>'` of the line's UTF-8 bytes. Each event carries the hash of the one before (`prev`), so a
 * contiguous run of lines (`records.jsonl` in an archive) can be re-verified without the store.
 */
import { canonicalJson, canonicalJsonAround } from './canonicalJson';
import { eventRecord } from './contentHash';
import { canHashSync, hashString, hashStringSync, type Hasher } from './hasher';

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
  /** The record's `contentHash`: `'<alg>:<hex>'` of the canonical UTF-8 bytes of `record` without `createdAt`. */
  contentHash: string;
  /** The status the revision was saved with; later changes are `status` events. */
  status: 'draft' | 'final';
  /**
   * The record WITHOUT `status` and `signatures` (each signature is its own event). Its `createdAt` is here and
   * covered by the line's hash, but not by `contentHash`: the store stamps it after a form may have signed.
   */
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
  /** UTF-8 of `text`, encoded on first use (the synchronous path hashes from a scratch buffer and never needs it). */
  readonly bytes: Uint8Array;
  contentHash: string;
}

/** A `RevisionContent` whose `bytes` are encoded on first use (a class: a getter per object literal costs a closure). */
class Content implements RevisionContent {
  #bytes: Uint8Array | undefined;
  constructor(
    public content: Record<string, unknown>,
    public text: string,
    public contentHash: string,
    bytes?: Uint8Array,
  ) {
    this.#bytes = bytes;
  }
  get bytes(): Uint8Array {
    this.#bytes ??= utf8.encode(this.text);
    return this.#bytes;
  }
}

/** Splits a record into what a revision event carries and hashes its content once. */
export async function revisionContent(record: object, hasher: Hasher): Promise<RevisionContent> {
  if (canHashSync(hasher)) return revisionContentSync(record, hasher);
  const content = eventRecord(record);
  const { text, hashed } = eventTexts(content);
  const bytes = utf8.encode(text);
  return new Content(content, text, await hashString(hashed === text ? bytes : utf8.encode(hashed), hasher), bytes);
}

const CREATED_AT = '"createdAt":';

/**
 * The event record's canonical text and the text its content hash is over (the same without `createdAt`), from
 * one canonical pass: the text is split around `createdAt`'s value and the member is cut out of the join.
 */
export function eventTexts(content: Record<string, unknown>): { text: string; hashed: string } {
  if (!Object.hasOwn(content, 'createdAt')) {
    const text = canonicalJson(content);
    return { text, hashed: text };
  }
  const [head, tail] = canonicalJsonAround(content, 'createdAt');
  const text = head + canonicalJson(content.createdAt) + tail;
  // `head` ends with `{"createdAt":` or `,"createdAt":`; `tail` starts with `,` or `}`.
  const before = head.slice(0, -CREATED_AT.length);
  const hashed = before.endsWith(',') ? before.slice(0, -1) + tail : before + (tail.startsWith(',') ? tail.slice(1) : tail);
  return { text, hashed };
}

/** Synchronous {@link revisionContent} for hashers with `digestSync` or `digestHexSync` (no promise per record). */
export function revisionContentSync(record: object, hasher: Hasher): RevisionContent {
  const content = eventRecord(record);
  if (!Object.hasOwn(content, 'createdAt')) {
    // Without a createdAt the embedded text is the hashed text, and the line reuses the bytes placed for the hash.
    const text = canonicalJson(content);
    const at = placeText(text);
    return new Content(content, text, hashStringSync(at < 0 ? utf8.encode(text) : (scratch as Uint8Array).subarray(TEXT_AT, at), hasher));
  }
  // As in `eventTexts`, from one canonical pass; the three parts are encoded once, in place for the line, and the
  // hashed bytes are the same bytes with the createdAt member cut out (two copies, no second encoding).
  const [head, tail] = canonicalJsonAround(content, 'createdAt');
  const created = canonicalJson(content.createdAt);
  const text = head + created + tail;
  const hashed = placeWithout(text, head, created, tail);
  if (hashed) return new Content(content, text, hashStringSync(hashed, hasher));
  return new Content(content, text, hashStringSync(utf8.encode(eventTexts(content).hashed), hasher));
}

/**
 * Places `text` (`head + created + tail`, `head` ending with the createdAt key) at `TEXT_AT` from its three parts,
 * and returns the bytes of the text without the createdAt member, copied just after it; undefined when it does not fit.
 */
function placeWithout(text: string, head: string, created: string, tail: string): Uint8Array | undefined {
  placed = undefined;
  if (scratch === undefined) placeText('');
  const bytes = scratch as Uint8Array;
  const headEnd = encodeAt(head, TEXT_AT);
  const createdEnd = headEnd < 0 ? -1 : encodeAt(created, headEnd);
  const end = createdEnd < 0 ? -1 : encodeAt(tail, createdEnd);
  if (end < 0) return undefined;
  placed = text;
  placedEnd = end;
  // `head` ends with `{"createdAt":` or `,"createdAt":` (ASCII); `tail` starts with `,` or `}`.
  let cut = headEnd - CREATED_AT.length;
  let from = createdEnd;
  if (bytes[cut - 1] === 44) cut--;
  else if (bytes[from] === 44) from++;
  const size = cut - TEXT_AT + (end - from);
  if (end + size > ROOM_AT) return undefined;
  bytes.copyWithin(end, TEXT_AT, cut);
  bytes.copyWithin(end + (cut - TEXT_AT), from, placedEnd);
  return bytes.subarray(end, end + size);
}

/**
 * Encoding without a byte array per record: the sync path writes UTF-8 into one scratch buffer and hashes views of it.
 * A record's text goes at `TEXT_AT`; an event line is the head just before it and the tail just after, so the record,
 * hashed once for its content hash, is hashed again inside the line without being encoded again. Heads and tails are
 * encoded in a room at the end and moved into place (views made once, not per record). `placed` is the text whose
 * bytes are at `TEXT_AT` (anything written over them clears it).
 */
const SCRATCH = 1 << 20;
const TEXT_AT = 1 << 13;
const ROOM_AT = SCRATCH - (1 << 16);
let scratch: Uint8Array | undefined;
let textRoom: Uint8Array;
let room: Uint8Array;
let placed: string | undefined;
let placedEnd = 0;

/** Puts `text`'s UTF-8 at `TEXT_AT` (unless already there) and returns where it ends, or -1 when it does not fit. */
function placeText(text: string): number {
  if (placed === text) return placedEnd;
  placed = undefined;
  if (scratch === undefined) {
    scratch = new Uint8Array(SCRATCH);
    textRoom = scratch.subarray(TEXT_AT, ROOM_AT);
    room = scratch.subarray(ROOM_AT);
  }
  const r = utf8.encodeInto(text, textRoom);
  if (r.read !== text.length) return -1;
  placed = text;
  placedEnd = TEXT_AT + r.written;
  return placedEnd;
}

/** Encodes `part` into the scratch buffer at `at` (below `ROOM_AT`) and returns where it ends, or -1 when it does not fit. */
function encodeAt(part: string, at: number): number {
  const r = utf8.encodeInto(part, (scratch as Uint8Array).subarray(at, ROOM_AT));
  return r.read === part.length ? at + r.written : -1;
}

/** The line `head + text + tail` as scratch bytes around the placed text, or undefined when it does not fit. */
function lineAround(head: string, text: string, tail: string): Uint8Array | undefined {
  const end = placeText(text);
  if (end < 0 || head.length * 3 > TEXT_AT || tail.length * 3 > ROOM_AT - end) return undefined;
  const bytes = scratch as Uint8Array;
  const h = utf8.encodeInto(head, room);
  if (h.read !== head.length) return undefined;
  const start = TEXT_AT - h.written;
  bytes.copyWithin(start, ROOM_AT, ROOM_AT + h.written);
  const t = utf8.encodeInto(tail, room);
  if (t.read !== tail.length) return undefined;
  bytes.copyWithin(end, ROOM_AT, ROOM_AT + t.written);
  return bytes.subarray(start, end + t.written);
}

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
  if (canHashSync(hasher)) return chainEventSync(event, seq, prev, hasher, content);
  const chained = { v: CHAIN_FORMAT_VERSION, seq, prev, ...event } as ChainEvent;
  if (content !== undefined && chained.kind === 'revision' && chained.record === content.content) {
    const [head, tail] = canonicalJsonAround(chained as unknown as Record<string, unknown>, 'record');
    const h = utf8.encode(head);
    const t = utf8.encode(tail);
    const body = content.bytes;
    const bytes = new Uint8Array(h.length + body.length + t.length);
    bytes.set(h);
    bytes.set(body, h.length);
    bytes.set(t, h.length + body.length);
    return { event: chained, line: head + content.text + tail, hash: await hashString(bytes, hasher) };
  }
  const line = chainEventLine(chained);
  return { event: chained, line, hash: await chainLineHash(line, hasher) };
}

/**
 * Synchronous {@link chainEvent} for hashers with `digestSync` or `digestHexSync`. With a revision's content, the line is
 * the text around the record plus the record's canonical text, hashed as bytes laid out around the record's bytes
 * from its content hash: the record is neither serialised nor encoded again.
 */
export function chainEventSync(
  event: UnchainedEvent,
  seq: number,
  prev: string | null,
  hasher: Hasher,
  content?: RevisionContent,
): { event: ChainEvent; line: string; hash: string } {
  const chained = { v: CHAIN_FORMAT_VERSION, seq, prev, ...event } as ChainEvent;
  if (content !== undefined && chained.kind === 'revision' && chained.record === content.content) {
    const [head, tail] = canonicalJsonAround(chained as unknown as Record<string, unknown>, 'record');
    const line = head + content.text + tail;
    const bytes = lineAround(head, content.text, tail);
    return { event: chained, line, hash: hashStringSync(bytes ?? utf8.encode(line), hasher) };
  }
  const line = chainEventLine(chained);
  return { event: chained, line, hash: hashStringSync(utf8.encode(line), hasher) };
}
