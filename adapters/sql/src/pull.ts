/**
 * `pull(since)`: rows changed after a change-sequence cursor, read back from `raw_json`. Writers hold the
 * counter lock until commit, so sequence order is commit order and a cursor never skips a later commit.
 */
import { fromRawJson, type PullResult } from '@order75/adapter-kit';
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import type { SqlClient } from './client';
import type { Dialect } from './dialects/types';
import { tablesOf, type TableDef } from './tables';

function isoOf(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return v.includes('T') ? v : `${v.replace(' ', 'T')}Z`;
  return undefined;
}

/** Reads up to `limit` changed records after `since` (a change sequence number as text). */
export async function pullRecords(
  client: SqlClient,
  dialect: Dialect,
  prefix: string,
  since: string | undefined,
  recordTypes: readonly RecordType[] = RECORD_TYPES,
  limit = 10_000,
): Promise<PullResult> {
  const from = since ? Number(since) : 0;
  if (!Number.isSafeInteger(from) || from < 0) throw new RangeError(`pull cursor must be a change sequence number, got "${since}"`);
  const rows: { seq: number; id: string; raw: string; at: unknown }[] = [];
  for (const type of recordTypes) {
    const parent = tablesOf(type, prefix)[0] as TableDef;
    const s = dialect.selectChanged(parent, from, limit);
    const r = await client.query(s.sql, s.params);
    for (const row of r.rows) {
      const raw = typeof row.raw_json === 'string' ? row.raw_json : JSON.stringify(row.raw_json);
      rows.push({ seq: Number(row.o75_seq), id: String(row.record_id), raw, at: row.o75_changed_at });
    }
  }
  rows.sort((a, b) => a.seq - b.seq);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    records: page.map((r) => {
      const modifiedAt = isoOf(r.at);
      return { record: fromRawJson(r.raw), hostId: r.id, ...(modifiedAt ? { modifiedAt } : {}) };
    }),
    cursor: String(last ? last.seq : from),
  };
}
