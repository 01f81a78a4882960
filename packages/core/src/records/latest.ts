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

/**
 * Keeps the latest final revision of each id; records of unknown type are ignored. `all` and each type's list are
 * sorted on first use: the compliance engine never asks for the (large) list of daily checks in id order, and sorting
 * tens of thousands of ids was a sizeable part of its run.
 */
export function latestFinal(records: Iterable<AnyRecord>): RecordSet {
  const byId = new Map<string, AnyRecord>();
  const keep = (r: AnyRecord) => {
    if (r.status !== 'final' || !KNOWN.has(r.recordType)) return;
    const seen = byId.get(r.id);
    if (!seen || r.revision > seen.revision) byId.set(r.id, r);
  };
  if (Array.isArray(records)) for (let i = 0; i < records.length; i++) keep(records[i] as AnyRecord);
  else for (const r of records) keep(r);
  let all: AnyRecord[] | undefined;
  let groups: Map<string, { list: AnyRecord[]; sorted: boolean }> | undefined;
  return {
    get all() {
      all ??= sortById([...byId.values()]);
      return all;
    },
    byId,
    of: <K extends RecordType>(type: K) => {
      if (!groups) {
        const made = new Map<string, { list: AnyRecord[]; sorted: boolean }>();
        for (const t of RECORD_TYPES) made.set(t, { list: [], sorted: false });
        byId.forEach((r) => {
          made.get(r.recordType)?.list.push(r);
        });
        groups = made;
      }
      const group = groups.get(type);
      if (!group) return [] as unknown as readonly RecordOf<K>[];
      if (!group.sorted) {
        sortById(group.list);
        group.sorted = true;
      }
      return group.list as unknown as readonly RecordOf<K>[];
    },
  };
}

function sortById(list: AnyRecord[]): AnyRecord[] {
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Accepts a prepared set or raw records. */
export function asRecordSet(records: RecordSet | Iterable<AnyRecord>): RecordSet {
  return isRecordSet(records) ? records : latestFinal(records);
}

function isRecordSet(value: unknown): value is RecordSet {
  return typeof value === 'object' && value !== null && 'byId' in value && 'of' in value && 'all' in value;
}
