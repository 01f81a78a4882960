/**
 * `push` on Jiandaoyun, which has no upsert: per form, one writer at a time; per batch of at most 100, the
 * existing rows are found by `o75_record_id` (a `data/list` filter), new records go in one `data/batch_create`
 * with a fresh `transaction_id` (a retry that finds the batch already committed gets 17026 and counts it as
 * created), changed ones through `data/update`. A batch the host refuses is split in halves until each refused
 * record stands alone with its own outcome.
 */
import { hostKey, hostWriteLock, splitBatches, type AdapterEvents, type PushOutcome, type PushResult } from '@order75/adapter-kit';
import { RECORD_TYPES, type AnyRecord, type RecordType } from '@order75/schemas';
import { JdyApiError, type JdyClient } from './client';
import { describeError, isRetryable } from './errors';
import { contentHash, HASH_FIELD, ID_FIELD, RAW_FIELD, recordData, REVISION_FIELD } from './formFields';

export interface PushContext {
  client: JdyClient;
  baseUrl: string;
  appId: string;
  forms: Partial<Record<RecordType, string>>;
  batchSize: number;
}

interface Existing {
  dataId: string;
  revision: number;
  hash: string;
}

type Outcomes = Map<number, PushOutcome>;

const failed = (r: AnyRecord, error: unknown, retryable = isRetryable(error)): PushOutcome => ({ id: r.id, revision: r.revision, status: 'failed', retryable, error: describeError(error) });

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
      found.set(id, { dataId: String(row._id), revision: Number(row[REVISION_FIELD]), hash: String(row[HASH_FIELD] ?? '') });
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

async function create(ctx: PushContext, entryId: string, items: [number, AnyRecord][], outcomes: Outcomes, events?: AdapterEvents): Promise<void> {
  const transactionId = globalThis.crypto.randomUUID();
  try {
    const res = await ctx.client.call<{ success_ids?: string[] }>('data/batch_create', {
      app_id: ctx.appId, entry_id: entryId, data_list: items.map(([, r]) => recordData(r)), transaction_id: transactionId, is_start_workflow: false,
    }, events);
    items.forEach(([i, r], k) => {
      outcomes.set(i, { id: r.id, revision: r.revision, status: 'created', hostId: res.success_ids?.[k] });
    });
  } catch (error) {
    if (error instanceof JdyApiError && error.code === 17026) {
      // An earlier attempt of this very batch was committed and only its answer was lost.
      const found = await findExisting(ctx, entryId, items.map(([, r]) => r.id), events).catch(() => new Map<string, Existing>());
      for (const [i, r] of items) outcomes.set(i, { id: r.id, revision: r.revision, status: 'created', hostId: found.get(r.id)?.dataId });
    } else if (error instanceof JdyApiError && error.code === 1 && items.length > 1) {
      events?.onLog?.({ level: 'warn', message: `jiandaoyun: form ${entryId} refused a batch of ${items.length}; splitting it to find the records at fault` });
      const half = Math.ceil(items.length / 2);
      await create(ctx, entryId, items.slice(0, half), outcomes, events);
      await create(ctx, entryId, items.slice(half), outcomes, events);
    } else {
      for (const [i, r] of items) outcomes.set(i, failed(r, error));
    }
  }
}

async function update(ctx: PushContext, entryId: string, i: number, r: AnyRecord, dataId: string, outcomes: Outcomes, events?: AdapterEvents): Promise<void> {
  try {
    await ctx.client.call('data/update', { app_id: ctx.appId, entry_id: entryId, data_id: dataId, data: recordData(r), is_start_trigger: false }, events);
    outcomes.set(i, { id: r.id, revision: r.revision, status: 'updated', hostId: dataId });
  } catch (error) {
    outcomes.set(i, failed(r, error));
  }
}

async function pushForm(ctx: PushContext, entryId: string, items: [number, AnyRecord][], outcomes: Outcomes, progress: () => void, events?: AdapterEvents): Promise<void> {
  try {
    await checkForm(ctx, entryId, events);
  } catch (error) {
    for (const [i, r] of items) outcomes.set(i, failed(r, error));
    return;
  }
  for (const batch of splitBatches(items, ctx.batchSize)) {
    let existing: Map<string, Existing>;
    try {
      existing = await findExisting(ctx, entryId, batch.map(([, r]) => r.id), events);
    } catch (error) {
      for (const [i, r] of batch) outcomes.set(i, failed(r, error));
      continue;
    }
    const creates: [number, AnyRecord][] = [];
    for (const [i, r] of batch) {
      const e = existing.get(r.id);
      if (!e) creates.push([i, r]);
      else if (r.revision > e.revision || (r.revision === e.revision && contentHash(r) !== e.hash)) await update(ctx, entryId, i, r, e.dataId, outcomes, events);
      else outcomes.set(i, { id: r.id, revision: r.revision, status: 'unchanged', hostId: e.dataId });
    }
    if (creates.length > 0) await create(ctx, entryId, creates, outcomes, events);
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
  const byType = new Map<RecordType, [number, AnyRecord][]>();
  for (const i of latest.values()) {
    const r = records[i]!;
    if (!RECORD_TYPES.includes(r.recordType)) {
      outcomes.set(i, failed(r, new Error(`unknown record type ${String(r.recordType)}`), false));
      continue;
    }
    byType.set(r.recordType, [...(byType.get(r.recordType) ?? []), [i, r]]);
  }
  const progress = () => events?.onProgress?.({ done: outcomes.size, total: records.length });
  for (const [type, items] of byType) {
    const entryId = ctx.forms[type];
    if (!entryId) {
      const error = { zh: `未配置 forms['${type}']（简道云表单的 entry_id），请先按开通计划建表单`, en: `forms['${type}'] (the Jiandaoyun form's entry_id) is not configured; build the form following the provisioning plan first` };
      for (const [i, r] of items) outcomes.set(i, { id: r.id, revision: r.revision, status: 'failed', retryable: false, error });
      continue;
    }
    await hostWriteLock.run(`jiandaoyun ${hostKey(ctx.baseUrl)} ${ctx.appId} ${entryId}`, () => pushForm(ctx, entryId, items, outcomes, progress, events));
  }
  return { outcomes: records.map((_, i) => outcomes.get(i)!), requests: ctx.client.requests() - start };
}
