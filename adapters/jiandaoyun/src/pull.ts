/**
 * `pull` on Jiandaoyun: `data/list` pages every configured form by `_id` (the cursor is the last `_id`; a page
 * shorter than the limit is the last). The host cannot filter on system fields such as `updateTime` — it silently
 * ignores such a condition — so the whole form is read and the `since` cut is made here. Records come back from
 * the `o75_raw` widget; rows without it (made by hand in the form) are skipped.
 */
import { fromRawJson, type AdapterEvents, type PulledRecord, type PullResult } from '@order75/adapter-kit';
import type { RecordType } from '@order75/schemas';
import type { JdyClient } from './client';
import { RAW_FIELD } from './formFields';

export interface PullContext {
  client: JdyClient;
  appId: string;
  forms: Partial<Record<RecordType, string>>;
}

/** Records whose row changed at or after `since` (an `updateTime`, ISO 8601 UTC); the cursor is the latest seen. */
export async function pullRecords(ctx: PullContext, since: string | undefined, types: readonly RecordType[], events?: AdapterEvents): Promise<PullResult> {
  const records: PulledRecord[] = [];
  let latest = since;
  let skipped = 0;
  for (const recordType of types) {
    const entryId = ctx.forms[recordType];
    if (!entryId) continue;
    let cursor: string | undefined;
    for (;;) {
      const res = await ctx.client.call<{ data?: Record<string, unknown>[] }>('data/list', { app_id: ctx.appId, entry_id: entryId, limit: 100, ...(cursor ? { data_id: cursor } : {}) }, events);
      const rows = res.data ?? [];
      for (const row of rows) {
        const modifiedAt = typeof row.updateTime === 'string' ? row.updateTime : undefined;
        if (since && modifiedAt && modifiedAt < since) continue;
        const raw = row[RAW_FIELD];
        try {
          if (typeof raw !== 'string' || raw === '') throw new TypeError('no raw record');
          records.push({ record: fromRawJson(raw), hostId: String(row._id), modifiedAt });
          if (modifiedAt && (!latest || modifiedAt > latest)) latest = modifiedAt;
        } catch {
          skipped += 1;
        }
      }
      if (rows.length < 100) break;
      cursor = String(rows.at(-1)!._id);
    }
  }
  if (skipped > 0) events?.onLog?.({ level: 'warn', message: `jiandaoyun: skipped ${skipped} row(s) without a readable ${RAW_FIELD} (made by hand?)` });
  return { records, ...(latest ? { cursor: latest } : {}) };
}
