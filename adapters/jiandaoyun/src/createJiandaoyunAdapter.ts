/**
 * `createJiandaoyunAdapter()`: Order 75 records in 简道云 Jiandaoyun forms through the API v5 (platforms.md § 6.1).
 * Forms are built by hand from the provisioning plan; records are pushed in batches of up to 100 with
 * idempotent retries and pulled back from the raw JSON widget.
 */
import { AdapterConfigError, createRedactor, type AdapterEvents, type RecordAdapter, type RetryOptions } from '@order75/adapter-kit';
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import { createJdyClient } from './client';
import { planForms, verifyForms } from './provision';
import { pullRecords } from './pull';
import { pushRecords } from './push';

/** Options of {@link createJiandaoyunAdapter}. */
export interface JiandaoyunAdapterOptions {
  /** API key from 开放平台 → 密钥管理 (sent as `Authorization: Bearer`). */
  apiKey: string;
  /** The app (应用) holding the forms. */
  appId: string;
  /** The form (`entry_id`) of each record type, filled in after building the forms from the plan. */
  forms: Partial<Record<RecordType, string>>;
  /** Default `https://api.jiandaoyun.com/api` (Jodoo: `https://api.jodoo.com/api`). */
  baseUrl?: string;
  /** Default the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout, ms. Default 30 000. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Records per `data/batch_create`, 1–100. Default 100. */
  batchSize?: number;
  /** Keep under the published per-API limits on the client side (default true). */
  pacing?: boolean;
  /** Default events (requests, retries, logs); `push` may pass its own. */
  events?: AdapterEvents;
}

/** Makes the Jiandaoyun adapter. */
export function createJiandaoyunAdapter(options: JiandaoyunAdapterOptions): RecordAdapter {
  const config = (field: string, zh: string, en: string) => new AdapterConfigError('jiandaoyun', field, { zh, en });
  if (!options.apiKey) throw config('apiKey', '需要 API Key（开放平台 → 密钥管理）', 'an API key is required (Open Platform → Key management)');
  if (!options.appId) throw config('appId', '需要应用的 app_id', "the app's app_id is required");
  const batchSize = options.batchSize ?? 100;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100) throw config('batchSize', 'batchSize 必须是 1–100 的整数（data/batch_create 单次最多 100 条）', 'batchSize must be an integer from 1 to 100 (data/batch_create takes at most 100)');
  for (const [type, entry] of Object.entries(options.forms ?? {})) {
    if (!RECORD_TYPES.includes(type as RecordType)) throw config(`forms.${type}`, `未知的记录类型「${type}」`, `unknown record type "${type}"`);
    if (typeof entry !== 'string' || entry === '') throw config(`forms.${type}`, '表单 entry_id 必须是非空字符串', 'the form entry_id must be a non-empty string');
  }
  const baseUrl = options.baseUrl ?? 'https://api.jiandaoyun.com/api';
  const redactor = createRedactor({ secrets: [options.apiKey] });
  const client = createJdyClient({ apiKey: options.apiKey, baseUrl, fetch: options.fetch ?? globalThis.fetch, timeoutMs: options.timeoutMs, retry: options.retry, redactor, pacing: options.pacing });
  const ctx = { client, baseUrl, appId: options.appId, forms: { ...options.forms }, batchSize };
  const typesOf = (types?: readonly RecordType[]) => types ?? RECORD_TYPES;

  return {
    describe: () => ({
      name: 'jiandaoyun',
      title: { zh: '简道云', en: 'Jiandaoyun (Jodoo)' },
      recordTypes: RECORD_TYPES,
      batchCap: batchSize,
      rateLimitPerSecond: 10,
      nativeUpsert: false,
      provisioning: 'manual',
      pull: true,
    }),
    provision: (types) => planForms(ctx, typesOf(types)),
    verifyProvisioning: (types) => verifyForms(ctx, typesOf(types)),
    push: (records, events) => pushRecords(ctx, records, events ?? options.events),
    pull: (since, types) => pullRecords(ctx, since, typesOf(types), options.events),
  };
}
