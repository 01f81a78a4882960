/**
 * `push` on Feishu Bitable, which has no upsert and refuses concurrent writes to one table (1254291): per table,
 * one writer at a time (a lock, and 1254291 retried); the table's `o75_record_id` index is read once with
 * `records/search`; new records go in `records/batch_create` of up to 500 with a `client_token` (so a retried
 * call is replayed, not repeated) and changed ones in `records/batch_update`. A batch the host refuses for its
 * data is split in halves until each refused record stands alone with its own outcome.
 */
import { hostKey, hostWriteLock, splitBatches, type AdapterEvents, type PushOutcome, type PushResult } from '@order75/adapter-kit';
import { RECORD_TYPES, type AnyRecord, type RecordType } from '@order75/schemas';
import { FeishuApiError } from './client';
import type { createUploader } from './attachments';
import { DATA_CODES, describeError, isRetryable } from './errors';
import { tableIdOf, type TablesContext } from './provision';
import { cellText, contentHash, HASH_FIELD, ID_FIELD, recordFields, REVISION_FIELD } from './tableFields';

export interface PushContext extends TablesContext {
  baseUrl: string;
  batchSize: number;
  uploader: ReturnType<typeof createUploader>;
}

interface Existing {
  recordId: string;
  revision: number;
  hash: string;
}

type Outcomes = Map<number, PushOutcome>;
type Item = [number, AnyRecord];

const failed = (r: AnyRecord, error: unknown, retryable = isRetryable(error)): PushOutcome => ({ id: r.id, revision: r.revision, status: 'failed', retryable, error: describeError(error) });
const recordsPath = (ctx: PushContext, tableId: string, op: string) => `open-apis/bitable/v1/apps/${ctx.appToken}/tables/${tableId}/records/${op}`;

/** The table's record ids with their revisions and content check values. */
export async function readIndex(ctx: PushContext, tableId: string, events?: AdapterEvents): Promise<Map<string, Existing>> {
  const index = new Map<string, Existing>();
  let pageToken: string | undefined;
  do {
    const data = await ctx.client.call<{ items?: { record_id: string; fields: Record<string, unknown> }[]; has_more?: boolean; page_token?: string }>('search', {
      path: recordsPath(ctx, tableId, 'search'), query: { page_size: 500, page_token: pageToken }, json: { field_names: [ID_FIELD, REVISION_FIELD, HASH_FIELD] }, events,
    });
    for (const item of data.items ?? []) {
      const id = cellText(item.fields[ID_FIELD]);
      if (id && !index.has(id)) index.set(id, { recordId: item.record_id, revision: Number(item.fields[REVISION_FIELD]), hash: cellText(item.fields[HASH_FIELD]) });
    }
    pageToken = data.has_more ? data.page_token : undefined;
  } while (pageToken);
  return index;
}

/** The fields of each item, uploading its attachments first; an item whose upload fails gets its outcome here. */
async function prepare(ctx: PushContext, items: Item[], outcomes: Outcomes, events?: AdapterEvents): Promise<[Item, Record<string, unknown>][]> {
  const out: [Item, Record<string, unknown>][] = [];
  for (const item of items) {
    try {
      out.push([item, recordFields(item[1], await ctx.uploader.tokensFor(item[1], events))]);
    } catch (error) {
      outcomes.set(item[0], failed(item[1], error));
    }
  }
  return out;
}

/** Writes one batch; on a data error splits it. `rowOf` gives the request row of an item. */
async function writeBatch(
  ctx: PushContext, tableId: string, op: 'batch_create' | 'batch_update', rows: [Item, Record<string, unknown>][], outcomes: Outcomes, events: AdapterEvents | undefined,
  settle: (item: Item, recordId: string | undefined) => PushOutcome,
): Promise<void> {
  if (rows.length === 0) return;
  try {
    const data = await ctx.client.call<{ records?: { record_id: string }[] }>('write', {
      path: recordsPath(ctx, tableId, op), query: op === 'batch_create' ? { client_token: globalThis.crypto.randomUUID() } : undefined, json: { records: rows.map(([, row]) => row) }, events,
    });
    rows.forEach(([item], k) => {
      outcomes.set(item[0], settle(item, data.records?.[k]?.record_id));
    });
  } catch (error) {
    if (error instanceof FeishuApiError && DATA_CODES.includes(error.code) && rows.length > 1) {
      events?.onLog?.({ level: 'warn', message: `feishu-bitable: table ${tableId} refused a batch of ${rows.length} (code ${error.code}); splitting it to find the records at fault` });
      const half = Math.ceil(rows.length / 2);
      await writeBatch(ctx, tableId, op, rows.slice(0, half), outcomes, events, settle);
      await writeBatch(ctx, tableId, op, rows.slice(half), outcomes, events, settle);
    } else {
      for (const [[i, r]] of rows) outcomes.set(i, failed(r, error));
    }
  }
}

async function pushTable(ctx: PushContext, tableId: string, items: Item[], outcomes: Outcomes, progress: () => void, events?: AdapterEvents): Promise<void> {
  let index: Map<string, Existing>;
  try {
    index = await readIndex(ctx, tableId, events);
  } catch (error) {
    for (const [i, r] of items) outcomes.set(i, failed(r, error));
    return;
  }
  const creates: Item[] = [];
  const updates: [Item, string][] = [];
  for (const item of items) {
    const [i, r] = item;
    const e = index.get(r.id);
    if (!e) creates.push(item);
    else if (r.revision > e.revision || (r.revision === e.revision && contentHash(r) !== e.hash)) updates.push([item, e.recordId]);
    else outcomes.set(i, { id: r.id, revision: r.revision, status: 'unchanged', hostId: e.recordId });
  }
  for (const batch of splitBatches(creates, ctx.batchSize)) {
    const rows = (await prepare(ctx, batch, outcomes, events)).map(([item, fields]) => [item, { fields }] as [Item, Record<string, unknown>]);
    await writeBatch(ctx, tableId, 'batch_create', rows, outcomes, events, ([, r], hostId) => ({ id: r.id, revision: r.revision, status: 'created', hostId }));
    progress();
  }
  const recordIdOf = new Map(updates.map(([item, recordId]) => [item[0], recordId]));
  for (const batch of splitBatches(updates.map(([item]) => item), ctx.batchSize)) {
    const rows = (await prepare(ctx, batch, outcomes, events)).map(([item, fields]) => [item, { record_id: recordIdOf.get(item[0]), fields }] as [Item, Record<string, unknown>]);
    await writeBatch(ctx, tableId, 'batch_update', rows, outcomes, events, ([i, r]) => ({ id: r.id, revision: r.revision, status: 'updated', hostId: recordIdOf.get(i) }));
    progress();
  }
}

/** Pushes records; never throws for host errors — each record gets an outcome. */
export async function pushRecords(ctx: PushContext, records: readonly AnyRecord[], events?: AdapterEvents): Promise<PushResult> {
  const start = ctx.client.requests();
  const outcomes: Outcomes = new Map();
  const latest = new Map<string, number>();
  records.forEach((r, i) => {
    const prev = latest.get(r.id);
    if (prev === undefined || records[prev]!.revision <= r.revision) {
      if (prev !== undefined) outcomes.set(prev, { id: r.id, revision: records[prev]!.revision, status: 'unchanged' });
      latest.set(r.id, i);
    } else outcomes.set(i, { id: r.id, revision: r.revision, status: 'unchanged' });
  });
  const byType = new Map<RecordType, Item[]>();
  for (const i of latest.values()) {
    const r = records[i]!;
    if (!RECORD_TYPES.includes(r.recordType)) outcomes.set(i, failed(r, new Error(`unknown record type ${String(r.recordType)}`), false));
    else byType.set(r.recordType, [...(byType.get(r.recordType) ?? []), [i, r]]);
  }
  const progress = () => events?.onProgress?.({ done: outcomes.size, total: records.length });
  for (const [type, items] of byType) {
    let tableId: string | undefined;
    try {
      tableId = await tableIdOf(ctx, type);
    } catch (error) {
      for (const [i, r] of items) outcomes.set(i, failed(r, error));
      continue;
    }
    if (!tableId) {
      const error = { zh: `多维表格中没有「${type}」的数据表，请先运行 provision`, en: `the base has no table for "${type}"; run provision first` };
      for (const [i, r] of items) outcomes.set(i, { id: r.id, revision: r.revision, status: 'failed', retryable: false, error });
      continue;
    }
    const id = tableId;
    await hostWriteLock.run(`feishu ${hostKey(ctx.baseUrl)} ${ctx.appToken} ${id}`, () => pushTable(ctx, id, items, outcomes, progress, events));
  }
  return { outcomes: records.map((_, i) => outcomes.get(i)!), requests: ctx.client.requests() - start };
}
