/**
 * `pull` on Feishu Bitable: `records/search` pages each table (500 per page) with `automatic_fields` for the
 * modification time; the record comes back from `o75_raw` (text segments joined). The time cut is made here, at
 * or after `since` (a ms timestamp), so nothing modified in the same millisecond is missed; rows without a
 * readable `o75_raw` (made by hand) are skipped.
 */
import { fromRawJson, type AdapterEvents, type PulledRecord, type PullResult } from '@order75/adapter-kit';
import type { RecordType } from '@order75/schemas';
import { tableIdOf, type TablesContext } from './provision';
import { cellText, RAW_FIELD } from './tableFields';

export async function pullRecords(ctx: TablesContext, since: string | undefined, types: readonly RecordType[], events?: AdapterEvents): Promise<PullResult> {
  const from = since === undefined ? undefined : Number(since);
  const records: PulledRecord[] = [];
  let latest = from;
  let skipped = 0;
  for (const recordType of types) {
    const tableId = await tableIdOf(ctx, recordType);
    if (!tableId) continue;
    let pageToken: string | undefined;
    do {
      const data = await ctx.client.call<{ items?: { record_id: string; fields: Record<string, unknown>; last_modified_time?: number }[]; has_more?: boolean; page_token?: string }>('search', {
        path: `open-apis/bitable/v1/apps/${ctx.appToken}/tables/${tableId}/records/search`,
        query: { page_size: 500, page_token: pageToken },
        json: { field_names: [RAW_FIELD], automatic_fields: true },
        events,
      });
      for (const item of data.items ?? []) {
        const modified = item.last_modified_time;
        if (from !== undefined && modified !== undefined && modified < from) continue;
        try {
          records.push({ record: fromRawJson(cellText(item.fields[RAW_FIELD])), hostId: item.record_id, ...(modified !== undefined ? { modifiedAt: new Date(modified).toISOString() } : {}) });
          if (modified !== undefined && (latest === undefined || modified > latest)) latest = modified;
        } catch {
          skipped += 1;
        }
      }
      pageToken = data.has_more ? data.page_token : undefined;
    } while (pageToken);
  }
  if (skipped > 0) events?.onLog?.({ level: 'warn', message: `feishu-bitable: skipped ${skipped} row(s) without a readable ${RAW_FIELD} (made by hand?)` });
  return { records, ...(latest !== undefined ? { cursor: String(latest) } : {}) };
}
