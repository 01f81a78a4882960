/**
 * The raw canonical JSON field every host mapping keeps, so nested data (hazard photos, child rows of child rows)
 * round-trips whatever the flat columns hold. Keys are sorted by UTF-16 code units and numbers and strings are
 * written as `JSON.stringify` writes them, which is the RFC 8785 form for the values records contain.
 */
import type { AnyRecord } from '@order75/schemas';
import { stableHash } from '../idempotency';

function write(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined) throw new TypeError('undefined has no JSON form');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : write(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v)}`).join(',')}}`;
}

/** The canonical JSON text of a record (sorted keys, no whitespace). */
export function rawJson(record: AnyRecord | Record<string, unknown>): string {
  return write(record);
}

/**
 * The content check value HTTP adapters keep beside the raw field (`o75_hash`): a 64-bit FNV-1a hash of
 * {@link rawJson} (pass the record, or the raw text when it is at hand). It tells a changed record at the same revision (a signature added) from an unchanged one; it is
 * a change detector, not the record's SHA-256 content hash of the signature model.
 */
export function rawJsonHash(record: AnyRecord | string): string {
  // A string is the raw text already written (the field mappers have it at hand).
  return stableHash(typeof record === 'string' ? record : rawJson(record));
}

/** Parses a raw JSON field back into a record; throws a TypeError naming the problem when it is not one. */
export function fromRawJson(text: string): AnyRecord {
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError('raw JSON field does not hold an object');
  const rec = value as Record<string, unknown>;
  if (typeof rec.id !== 'string' || typeof rec.recordType !== 'string' || typeof rec.revision !== 'number') {
    throw new TypeError('raw JSON field lacks id, recordType or revision');
  }
  return value as AnyRecord;
}
