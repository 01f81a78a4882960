/**
 * `push` on Kingdee, which has neither upsert nor an idempotency key (platforms.md § 4.4): per bill, one writer
 * at a time; per batch, existing bills are found by record id with `ExecuteBillQuery`, and `BatchSave` gets
 * `FID` 0 for new records and the existing `FID` for changed ones. A save is sent once at the HTTP level: when
 * its answer is lost (timeout, dropped connection, 5xx, 429) the batch is looked up again before it is resent, so
 * a save that went through becomes an update of identical content instead of a duplicate. Each model's outcome
 * comes from `SuccessEntitys` and `Errors` by `DIndex`.
 */
import { AdapterHttpError, failedOutcome, hostKey, pushPerHostObject, rawJsonHash, retryDelay, settleAll, sortAgainstHost, splitBatches, type AdapterEvents, type HostObjectWrite, type OutcomeMap, type PushResult, type Redactor } from '@order75/adapter-kit';
import type { AnyRecord, RecordType } from '@order75/schemas';
import { billFields, recordModel } from './billFields';
import { KingdeeApiError, responseStatus, SERVICE, type KingdeeClient } from './client';
import { describeError, isRetryable, refusal } from './errors';

export interface PushContext {
  client: KingdeeClient;
  baseUrl: string;
  forms: Partial<Record<RecordType, string>>;
  prefix: string;
  batchSize: number;
  retry: { retries: number; baseDelayMs: number; maxDelayMs: number };
  redactor: Redactor;
}

interface Existing {
  /** The bill's `FID`, as text. */
  hostId: string;
  revision: number;
  hash: string;
}

interface Pending {
  i: number;
  r: AnyRecord;
  intent: 'created' | 'updated';
}

const failed = failedOutcome(describeError, isRetryable);
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Bills of the form holding these record ids, by record id. */
export async function findExisting(ctx: PushContext, formId: string, type: RecordType, ids: readonly string[], events?: AdapterEvents): Promise<Map<string, Existing>> {
  const [idKey, revisionKey, hashKey] = billFields(type, ctx.prefix).map((f) => f.key) as [string, string, string];
  const found = new Map<string, Existing>();
  const limit = 2_000;
  for (let start = 0; ; start += limit) {
    const data = await ctx.client.call(SERVICE.executeBillQuery, [JSON.stringify({
      FormId: formId, FieldKeys: `FID,${idKey},${revisionKey},${hashKey}`, FilterString: `${idKey} IN (${ids.map(quote).join(',')})`, OrderString: 'FID ASC', StartRow: start, Limit: limit,
    })], { events });
    const status = responseStatus(data);
    if (status?.IsSuccess === false) throw new KingdeeApiError(SERVICE.executeBillQuery, ctx.redactor.text((status.Errors ?? []).map((e) => e.Message).join('; ')));
    const rows = Array.isArray(data) ? (data as unknown[][]) : [];
    for (const [fid, id, revision, hash] of rows) {
      if (typeof id === 'string' && !found.has(id)) found.set(id, { hostId: String(fid), revision: Number(revision), hash: String(hash ?? '') });
    }
    if (rows.length < limit) return found;
  }
}

async function saveBatch(ctx: PushContext, formId: string, type: RecordType, pending: Pending[], first: Map<string, Existing>, outcomes: OutcomeMap, events?: AdapterEvents): Promise<void> {
  let existing = first;
  let todo = pending;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) {
      try {
        existing = await findExisting(ctx, formId, type, todo.map((p) => p.r.id), events);
      } catch (error) {
        for (const p of todo) outcomes.set(p.i, failed(p.r, error));
        return;
      }
      // A record already stored with this very content was saved by an attempt whose answer was lost.
      for (const p of todo) {
        const e = existing.get(p.r.id);
        if (e && e.revision === p.r.revision && e.hash === rawJsonHash(p.r)) outcomes.set(p.i, { id: p.r.id, revision: p.r.revision, status: p.intent, hostId: e.hostId });
      }
      todo = todo.filter((p) => !outcomes.has(p.i));
      if (todo.length === 0) return;
    }
    const models = todo.map((p) => recordModel(p.r, Number(existing.get(p.r.id)?.hostId ?? 0), ctx.prefix));
    let data: unknown;
    try {
      data = await ctx.client.call(SERVICE.batchSave, [formId, JSON.stringify({ Model: models, NeedReturnFields: ['FID'], IsDeleteEntry: false, IsVerifyBaseDataField: false })], { retry: false, events });
    } catch (error) {
      if (error instanceof AdapterHttpError && error.retryable && attempt < ctx.retry.retries) {
        // The host's own Retry-After wins over the computed backoff, as in the kit's client.
        const delayMs = retryDelay(attempt, ctx.retry, error.retryAfterMs);
        events?.onRetry?.({ reason: `BatchSave ${error.kind === 'status' ? `HTTP ${error.status}` : error.kind}; looking the batch up again`, delayMs, attempt: attempt + 1 });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        continue;
      }
      for (const p of todo) outcomes.set(p.i, failed(p.r, error));
      return;
    }
    const status = responseStatus(data) ?? {};
    const ok = new Map((status.SuccessEntitys ?? []).map((s) => [Number(s.DIndex ?? 0), s]));
    const refused = new Map<number, string[]>();
    for (const e of status.Errors ?? []) {
      const k = Number(e.DIndex ?? 0);
      refused.set(k, [...(refused.get(k) ?? []), ctx.redactor.text(`${e.FieldName ? `${e.FieldName}: ` : ''}${e.Message ?? ''}`)]);
    }
    const general = [...refused.values()].flat();
    todo.forEach((p, k) => {
      const s = ok.get(k);
      if (s) outcomes.set(p.i, { id: p.r.id, revision: p.r.revision, status: p.intent, hostId: String(s.Id) });
      else outcomes.set(p.i, { id: p.r.id, revision: p.r.revision, status: 'failed', retryable: false, error: refusal(formId, refused.get(k) ?? (general.length ? general : ['no result for this model'])) });
    });
    return;
  }
}

async function pushForm(ctx: PushContext, { hostObject: formId, recordType: type, items, outcomes, progress, events }: HostObjectWrite): Promise<void> {
  for (const batch of splitBatches(items, ctx.batchSize)) {
    let existing: Map<string, Existing>;
    try {
      existing = await findExisting(ctx, formId, type, batch.map(([, r]) => r.id), events);
    } catch (error) {
      settleAll(outcomes, batch, (r) => failed(r, error));
      continue;
    }
    const updating = new Set(sortAgainstHost(batch, existing, outcomes).updates.map(([[i]]) => i));
    // The rest got their `unchanged` outcome; BatchSave takes new (FID 0) and existing bills together, in input order.
    const pending = batch.filter(([i]) => !outcomes.has(i)).map(([i, r]): Pending => ({ i, r, intent: updating.has(i) ? 'updated' : 'created' }));
    if (pending.length > 0) await saveBatch(ctx, formId, type, pending, existing, outcomes, events);
    progress();
  }
}

/** Pushes records; never throws for host errors — each record gets an outcome. */
export function pushRecords(ctx: PushContext, records: readonly AnyRecord[], events?: AdapterEvents): Promise<PushResult> {
  return pushPerHostObject(records, {
    hostObject: (type) => ctx.forms[type],
    missing: (type) => ({ zh: `未配置 forms['${type}']（金蝶单据的表单标识），请先按开通计划在 BOS 设计器中建单据`, en: `forms['${type}'] (the Kingdee bill's form id) is not configured; design the bill in the BOS designer following the plan first` }),
    lockKey: (formId) => `kingdee ${hostKey(ctx.baseUrl)} ${formId}`,
    write: (w) => pushForm(ctx, w),
    failed,
    requests: () => ctx.client.requests(),
  }, events);
}
