/**
 * `push` on Feishu Bitable, which has no upsert and refuses concurrent writes to one table (1254291): per table,
 * one writer at a time (a lock, and 1254291 retried); the table's `o75_record_id` index is read once with
 * `records/search`; new records go in `records/batch_create` of up to 500 with a `client_token` (so a retried
 * call is replayed, not repeated) and changed ones in `records/batch_update`. A batch the host refuses for its
 * data is split in halves until each refused record stands alone with its own outcome.
 */
import { failedOutcome, hostKey, pushPerHostObject, settleAll, sortAgainstHost, splitBatches, writeSplittingRefusals, type AdapterEvents, type HostObjectWrite, type OutcomeMap, type PushItem, type PushOutcome, type PushResult } from '@order75/adapter-kit';
import type { AnyRecord } from '@order75/schemas';
import { FeishuApiError } from './client';
import type { createUploader } from './attachments';
import { DATA_CODES, describeError, isRetryable } from './errors';
import { tableIdOf, type TablesContext } from './provision';
import { cellText, HASH_FIELD, ID_FIELD, recordFields, REVISION_FIELD } from './tableFields';

export interface PushContext extends TablesContext {
  baseUrl: string;
  batchSize: number;
  uploader: ReturnType<typeof createUploader>;
}

interface Existing {
  /** The table row's `record_id`. */
  hostId: string;
  revision: number;
  hash: string;
}

/** An item with the request row written for it. */
type Row = [PushItem, Record<string, unknown>];

const failed = failedOutcome(describeError, isRetryable);
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
      if (id && !index.has(id)) index.set(id, { hostId: item.record_id, revision: Number(item.fields[REVISION_FIELD]), hash: cellText(item.fields[HASH_FIELD]) });
    }
    pageToken = data.has_more ? data.page_token : undefined;
  } while (pageToken);
  return index;
}

/** The fields of each item, uploading its attachments first; an item whose upload fails gets its outcome here. */
async function prepare(ctx: PushContext, items: PushItem[], outcomes: OutcomeMap, events?: AdapterEvents): Promise<[PushItem, Record<string, unknown>][]> {
  const out: [PushItem, Record<string, unknown>][] = [];
  for (const item of items) {
    try {
      out.push([item, recordFields(item[1], await ctx.uploader.tokensFor(item[1], events))]);
    } catch (error) {
      outcomes.set(item[0], failed(item[1], error));
    }
  }
  return out;
}

/** Writes rows in batch calls, splitting a batch the host refuses for one record's data; `settle` gives each written item its outcome. */
async function writeRows(
  ctx: PushContext, tableId: string, op: 'batch_create' | 'batch_update', rows: Row[], outcomes: OutcomeMap, events: AdapterEvents | undefined,
  settle: (item: PushItem, recordId: string | undefined) => PushOutcome,
): Promise<void> {
  const write = async (part: Row[]) => {
    const data = await ctx.client.call<{ records?: { record_id: string }[] }>('write', {
      path: recordsPath(ctx, tableId, op), query: op === 'batch_create' ? { client_token: globalThis.crypto.randomUUID() } : undefined, json: { records: part.map(([, row]) => row) }, events,
    });
    part.forEach(([item], k) => {
      outcomes.set(item[0], settle(item, data.records?.[k]?.record_id));
    });
  };
  await writeSplittingRefusals(rows, write, {
    refused: (error) => error instanceof FeishuApiError && DATA_CODES.includes(error.code),
    fail: (part, error) => settleAll(outcomes, part.map(([item]) => item), (r) => failed(r, error)),
    onSplit: (size, error) => events?.onLog?.({ level: 'warn', message: `feishu-bitable: table ${tableId} refused a batch of ${size} (code ${(error as FeishuApiError).code}); splitting it to find the records at fault` }),
  });
}

async function pushTable(ctx: PushContext, { hostObject: tableId, items, outcomes, progress, events }: HostObjectWrite): Promise<void> {
  let index: Map<string, Existing>;
  try {
    index = await readIndex(ctx, tableId, events);
  } catch (error) {
    settleAll(outcomes, items, (r) => failed(r, error));
    return;
  }
  const { creates, updates } = sortAgainstHost(items, index, outcomes);
  for (const batch of splitBatches(creates, ctx.batchSize)) {
    const rows = (await prepare(ctx, batch, outcomes, events)).map(([item, fields]): Row => [item, { fields }]);
    await writeRows(ctx, tableId, 'batch_create', rows, outcomes, events, ([, r], hostId) => ({ id: r.id, revision: r.revision, status: 'created', hostId }));
    progress();
  }
  const recordIdOf = new Map(updates.map(([item, e]) => [item[0], e.hostId]));
  for (const batch of splitBatches(updates.map(([item]) => item), ctx.batchSize)) {
    const rows = (await prepare(ctx, batch, outcomes, events)).map(([item, fields]): Row => [item, { record_id: recordIdOf.get(item[0]), fields }]);
    await writeRows(ctx, tableId, 'batch_update', rows, outcomes, events, ([i, r]) => ({ id: r.id, revision: r.revision, status: 'updated', hostId: recordIdOf.get(i) }));
    progress();
  }
}

/** Pushes records; never throws for host errors — each record gets an outcome. */
export function pushRecords(ctx: PushContext, records: readonly AnyRecord[], events?: AdapterEvents): Promise<PushResult> {
  return pushPerHostObject(records, {
    hostObject: (type) => tableIdOf(ctx, type),
    missing: (type) => ({ zh: `多维表格中没有「${type}」的数据表，请先运行 provision`, en: `the base has no table for "${type}"; run provision first` }),
    lockKey: (tableId) => `feishu ${hostKey(ctx.baseUrl)} ${ctx.appToken} ${tableId}`,
    write: (w) => pushTable(ctx, w),
    failed,
    requests: () => ctx.client.requests(),
  }, events);
}
