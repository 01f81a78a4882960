/**
 * `push` on Kingdee, which has neither upsert nor an idempotency key (platforms.md § 4.4): per bill, one writer
 * at a time; per batch, existing bills are found by record id with `ExecuteBillQuery`, and `BatchSave` gets
 * `FID` 0 for new records and the existing `FID` for changed ones. A save is sent once at the HTTP level: when
 * its answer is lost (timeout, dropped connection, 5xx, 429) the batch is looked up again before it is resent, so
 * a save that went through becomes an update of identical content instead of a duplicate. Each model's outcome
 * comes from `SuccessEntitys` and `Errors` by `DIndex`.
 */
import { AdapterHttpError, hostKey, retryDelay, hostWriteLock, splitBatches, type AdapterEvents, type PushOutcome, type PushResult, type Redactor } from '@order75/adapter-kit';
import { RECORD_TYPES, type AnyRecord, type RecordType } from '@order75/schemas';
import { billFields, contentHash, recordModel } from './billFields';
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
  fid: number;
  revision: number;
  hash: string;
}

interface Pending {
  i: number;
  r: AnyRecord;
  intent: 'created' | 'updated';
}

type Outcomes = Map<number, PushOutcome>;

const failed = (r: AnyRecord, error: unknown, retryable = isRetryable(error)): PushOutcome => ({ id: r.id, revision: r.revision, status: 'failed', retryable, error: describeError(error) });
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
      if (typeof id === 'string' && !found.has(id)) found.set(id, { fid: Number(fid), revision: Number(revision), hash: String(hash ?? '') });
    }
    if (rows.length < limit) return found;
  }
}

async function saveBatch(ctx: PushContext, formId: string, type: RecordType, pending: Pending[], first: Map<string, Existing>, outcomes: Outcomes, events?: AdapterEvents): Promise<void> {
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
        if (e && e.revision === p.r.revision && e.hash === contentHash(p.r)) outcomes.set(p.i, { id: p.r.id, revision: p.r.revision, status: p.intent, hostId: String(e.fid) });
      }
      todo = todo.filter((p) => !outcomes.has(p.i));
      if (todo.length === 0) return;
    }
    const models = todo.map((p) => recordModel(p.r, existing.get(p.r.id)?.fid ?? 0, ctx.prefix));
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

async function pushForm(ctx: PushContext, formId: string, type: RecordType, items: [number, AnyRecord][], outcomes: Outcomes, progress: () => void, events?: AdapterEvents): Promise<void> {
  for (const batch of splitBatches(items, ctx.batchSize)) {
    let existing: Map<string, Existing>;
    try {
      existing = await findExisting(ctx, formId, type, batch.map(([, r]) => r.id), events);
    } catch (error) {
      for (const [i, r] of batch) outcomes.set(i, failed(r, error));
      continue;
    }
    const pending: Pending[] = [];
    for (const [i, r] of batch) {
      const e = existing.get(r.id);
      if (!e) pending.push({ i, r, intent: 'created' });
      else if (r.revision > e.revision || (r.revision === e.revision && contentHash(r) !== e.hash)) pending.push({ i, r, intent: 'updated' });
      else outcomes.set(i, { id: r.id, revision: r.revision, status: 'unchanged', hostId: String(e.fid) });
    }
    if (pending.length > 0) await saveBatch(ctx, formId, type, pending, existing, outcomes, events);
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
    if (!RECORD_TYPES.includes(r.recordType)) outcomes.set(i, failed(r, new Error(`unknown record type ${String(r.recordType)}`), false));
    else byType.set(r.recordType, [...(byType.get(r.recordType) ?? []), [i, r]]);
  }
  const progress = () => events?.onProgress?.({ done: outcomes.size, total: records.length });
  for (const [type, items] of byType) {
    const formId = ctx.forms[type];
    if (!formId) {
      const error = { zh: `未配置 forms['${type}']（金蝶单据的表单标识），请先按开通计划在 BOS 设计器中建单据`, en: `forms['${type}'] (the Kingdee bill's form id) is not configured; design the bill in the BOS designer following the plan first` };
      for (const [i, r] of items) outcomes.set(i, { id: r.id, revision: r.revision, status: 'failed', retryable: false, error });
      continue;
    }
    await hostWriteLock.run(`kingdee ${hostKey(ctx.baseUrl)} ${formId}`, () => pushForm(ctx, formId, type, items, outcomes, progress, events));
  }
  return { outcomes: records.map((_, i) => outcomes.get(i)!), requests: ctx.client.requests() - start };
}
