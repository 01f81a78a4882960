/**
 * `pull` on Kingdee: `ExecuteBillQuery` pages each bill by `StartRow`/`Limit`, ordered by `FModifyDate` then
 * `FID`, filtered to `FModifyDate >= since` (inclusive, so a change in the same instant is not missed). The record
 * comes back from the raw JSON field; the cursor is the latest `FModifyDate`, as the server writes it.
 */
import { fromRawJson, type AdapterEvents, type PulledRecord, type PullResult, type Redactor } from '@order75/adapter-kit';
import type { RecordType } from '@order75/schemas';
import { billFields } from './billFields';
import { KingdeeApiError, responseStatus, SERVICE, type KingdeeClient } from './client';

export interface PullContext {
  client: KingdeeClient;
  forms: Partial<Record<RecordType, string>>;
  prefix: string;
  pageSize: number;
  redactor: Redactor;
}

export async function pullRecords(ctx: PullContext, since: string | undefined, types: readonly RecordType[], events?: AdapterEvents): Promise<PullResult> {
  if (since !== undefined && !/^[0-9T:. -]+$/.test(since)) throw new TypeError(`kingdee: a pull cursor looks like 2026-11-28T09:30:00.123, not ${JSON.stringify(since.slice(0, 40))}`);
  const records: PulledRecord[] = [];
  let latest = since;
  let skipped = 0;
  for (const recordType of types) {
    const formId = ctx.forms[recordType];
    if (!formId) continue;
    const rawKey = billFields(recordType, ctx.prefix)[3]!.key;
    for (let start = 0; ; start += ctx.pageSize) {
      const data = await ctx.client.call(SERVICE.executeBillQuery, [JSON.stringify({
        FormId: formId, FieldKeys: `FID,FModifyDate,${rawKey}`, FilterString: since ? `FModifyDate >= '${since}'` : '', OrderString: 'FModifyDate ASC,FID ASC', StartRow: start, Limit: ctx.pageSize,
      })], { events });
      const status = responseStatus(data);
      if (status?.IsSuccess === false) throw new KingdeeApiError(SERVICE.executeBillQuery, ctx.redactor.text((status.Errors ?? []).map((e) => e.Message).join('; ')));
      const rows = Array.isArray(data) ? (data as unknown[][]) : [];
      for (const [fid, modified, raw] of rows) {
        try {
          records.push({ record: fromRawJson(String(raw ?? '')), hostId: String(fid), ...(typeof modified === 'string' ? { modifiedAt: modified } : {}) });
          if (typeof modified === 'string' && (!latest || modified > latest)) latest = modified;
        } catch {
          skipped += 1;
        }
      }
      if (rows.length < ctx.pageSize) break;
    }
  }
  if (skipped > 0) events?.onLog?.({ level: 'warn', message: `kingdee: skipped ${skipped} bill(s) without a readable raw record (made by hand?)` });
  return { records, ...(latest ? { cursor: latest } : {}) };
}
