/**
 * The engine's view of the records: drafts do not exist, and only the latest revision of an `id` counts (a
 * correction replaces its record for the record's whole span). A draft revision on top of a final one leaves
 * the final one in force: a draft is an autosave or an unfinished correction, invisible until finalised.
 */
import type { AnyRecord, RecordOf, RecordType } from '@order75/schemas';
import { RECORD_TYPES } from '@order75/schemas';

/** Final records, latest revision per id, grouped by type and sorted by id. */
export interface RecordSet {
  readonly all: readonly AnyRecord[];
  readonly byId: ReadonlyMap<string, AnyRecord>;
  of<K extends RecordType>(type: K): readonly RecordOf<K>[];
}

const KNOWN = new Set<string>(RECORD_TYPES);

/** Keeps the latest final revision of each id; records of unknown type are ignored. */
export function latestFinal(records: Iterable<AnyRecord>): RecordSet {
  const byId = new Map<string, AnyRecord>();
  for (const r of records) {
    if (r.status !== 'final' || !KNOWN.has(r.recordType)) continue;
    const seen = byId.get(r.id);
    if (!seen || r.revision > seen.revision) byId.set(r.id, r);
  }
  const all = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = new Map<string, AnyRecord[]>();
  for (const t of RECORD_TYPES) groups.set(t, []);
  for (const r of all) groups.get(r.recordType)?.push(r);
  return {
    all,
    byId,
    of: <K extends RecordType>(type: K) => (groups.get(type) ?? []) as unknown as readonly RecordOf<K>[],
  };
}

/** Accepts a prepared set or raw records. */
export function asRecordSet(records: RecordSet | Iterable<AnyRecord>): RecordSet {
  return isRecordSet(records) ? records : latestFinal(records);
}

function isRecordSet(value: unknown): value is RecordSet {
  return typeof value === 'object' && value !== null && 'byId' in value && 'of' in value && 'all' in value;
}
