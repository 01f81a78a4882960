/**
 * `push` on Jiandaoyun, which has no upsert: per form, one writer at a time; per batch of at most 100, the
 * existing rows are found by `o75_record_id` (a `data/list` filter), new records go in one `data/batch_create`
 * with a fresh `transaction_id` (a retry that finds the batch already committed gets 17026 and counts it as
 * created), changed ones through `data/update`. A batch the host refuses is split in halves until each refused
 * record stands alone with its own outcome.
 */
import { failedOutcome, hostKey, pushPerHostObject, settleAll, sortAgainstHost, splitBatches, writeSplittingRefusals, type AdapterEvents, type HostObjectWrite, type OutcomeMap, type PushItem, type PushResult } from '@order75/adapter-kit';
import type { AnyRecord, RecordType } from '@order75/schemas';
import { JdyApiError, type JdyClient } from './client';
import { describeError, isRetryable } from './errors';
import { HASH_FIELD, ID_FIELD, RAW_FIELD, recordData, REVISION_FIELD } from './formFields';

export interface PushContext {
  client: JdyClient;
  baseUrl: string;
  appId: string;
  forms: Partial<Record<RecordType, string>>;
  batchSize: number;
}

interface Existing {
  /** The row's `_id` (data_id). */
  hostId: string;
  revision: number;
  hash: string;
}

const failed = failedOutcome(describeError, isRetryable);

/** Rows of the form holding these record ids, by record id. */
export async function findExisting(ctx: PushContext, entryId: string, ids: readonly string[], events?: AdapterEvents): Promise<Map<string, Existing>> {
  const found = new Map<string, Existing>();
  const wanted = new Set(ids);
  let cursor: string | undefined;
  for (;;) {
    const res = await ctx.client.call<{ data?: Record<string, unknown>[] }>('data/list', {
      app_id: ctx.appId, entry_id: entryId, fields: [ID_FIELD, REVISION_FIELD, HASH_FIELD], limit: 100,
      filter: { rel: 'and', cond: [{ field: ID_FIELD, method: 'in', value: [...ids] }] }, ...(cursor ? { data_id: cursor } : {}),
    }, events);
    const rows = res.data ?? [];
    for (const row of rows) {
      const id = row[ID_FIELD];
      // The host drops a filter it cannot apply, so only rows that really carry a wanted id count.
      if (typeof id !== 'string' || !wanted.has(id) || found.has(id)) continue;
      found.set(id, { hostId: String(row._id), revision: Number(row[REVISION_FIELD]), hash: String(row[HASH_FIELD] ?? '') });
    }
    if (rows.length < 100) return found;
    cursor = String(rows.at(-1)!._id);
  }
}

/** Checks the form has the adapter's own widgets before writing to it. */
async function checkForm(ctx: PushContext, entryId: string, events?: AdapterEvents): Promise<void> {
  const res = await ctx.client.call<{ widgets?: { name: string }[] }>('widget/list', { app_id: ctx.appId, entry_id: entryId }, events);
  const names = new Set((res.widgets ?? []).map((w) => w.name));
  const missing = [ID_FIELD, REVISION_FIELD, HASH_FIELD, RAW_FIELD].filter((n) => !names.has(n));
  if (missing.length > 0) throw new JdyApiError('widget/list', 3000, `form ${entryId} lacks the widgets ${missing.join(', ')}; run provision and follow the plan`);
}

/** One `data/batch_create` with a fresh `transaction_id`; code 17026 means an earlier attempt of it was committed. */
async function create(ctx: PushContext, entryId: string, items: PushItem[], outcomes: OutcomeMap, events?: AdapterEvents): Promise<void> {
  const transactionId = globalThis.crypto.randomUUID();
  try {
    const res = await ctx.client.call<{ success_ids?: string[] }>('data/batch_create', {
      app_id: ctx.appId, entry_id: entryId, data_list: items.map(([, r]) => recordData(r)), transaction_id: transactionId, is_start_workflow: false,
    }, events);
    items.forEach(([i, r], k) => {
      outcomes.set(i, { id: r.id, revision: r.revision, status: 'created', hostId: res.success_ids?.[k] });
    });
  } catch (error) {
    if (!(error instanceof JdyApiError && error.code === 17026)) throw error;
    // An earlier attempt of this very batch was committed and only its answer was lost.
    const found = await findExisting(ctx, entryId, items.map(([, r]) => r.id), events).catch(() => new Map<string, Existing>());
    for (const [i, r] of items) outcomes.set(i, { id: r.id, revision: r.revision, status: 'created', hostId: found.get(r.id)?.hostId });
  }
}

async function update(ctx: PushContext, entryId: string, [i, r]: PushItem, dataId: string, outcomes: OutcomeMap, events?: AdapterEvents): Promise<void> {
  try {
    await ctx.client.call('data/update', { app_id: ctx.appId, entry_id: entryId, data_id: dataId, data: recordData(r), is_start_trigger: false }, events);
    outcomes.set(i, { id: r.id, revision: r.revision, status: 'updated', hostId: dataId });
  } catch (error) {
    outcomes.set(i, failed(r, error));
  }
}

async function pushForm(ctx: PushContext, { hostObject: entryId, items, outcomes, progress, events }: HostObjectWrite): Promise<void> {
  try {
    await checkForm(ctx, entryId, events);
  } catch (error) {
    settleAll(outcomes, items, (r) => failed(r, error));
    return;
  }
  for (const batch of splitBatches(items, ctx.batchSize)) {
    let existing: Map<string, Existing>;
    try {
      existing = await findExisting(ctx, entryId, batch.map(([, r]) => r.id), events);
    } catch (error) {
      settleAll(outcomes, batch, (r) => failed(r, error));
      continue;
    }
    const { creates, updates } = sortAgainstHost(batch, existing, outcomes);
    for (const [item, e] of updates) await update(ctx, entryId, item, e.hostId, outcomes, events);
    // Code 1 refuses the whole request for one record's data.
    await writeSplittingRefusals(creates, (part) => create(ctx, entryId, part, outcomes, events), {
      refused: (error) => error instanceof JdyApiError && error.code === 1,
      fail: (part, error) => settleAll(outcomes, part, (r) => failed(r, error)),
      onSplit: (size) => events?.onLog?.({ level: 'warn', message: `jiandaoyun: form ${entryId} refused a batch of ${size}; splitting it to find the records at fault` }),
    });
    progress();
  }
}

/** Pushes records; never throws for host errors — each record gets an outcome. */
export function pushRecords(ctx: PushContext, records: readonly AnyRecord[], events?: AdapterEvents): Promise<PushResult> {
  return pushPerHostObject(records, {
    hostObject: (type) => ctx.forms[type],
    missing: (type) => ({ zh: `未配置 forms['${type}']（简道云表单的 entry_id），请先按开通计划建表单`, en: `forms['${type}'] (the Jiandaoyun form's entry_id) is not configured; build the form following the provisioning plan first` }),
    lockKey: (entryId) => `jiandaoyun ${hostKey(ctx.baseUrl)} ${ctx.appId} ${entryId}`,
    write: (w) => pushForm(ctx, w),
    failed,
    requests: () => ctx.client.requests(),
  }, events);
}
