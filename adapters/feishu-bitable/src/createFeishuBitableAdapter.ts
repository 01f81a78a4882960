/**
 * `createFeishuBitableAdapter()`: Order 75 records in a 飞书多维表格 Feishu Bitable base (platforms.md § 6.3).
 * Tables and fields are created through the API; records are pushed in batches of up to 500 by a single writer
 * per table, with `client_token` replay on retries, and pulled back from the raw JSON field.
 */
import { AdapterConfigError, createRedactor, type AdapterEvents, type RecordAdapter, type RetryOptions } from '@order75/adapter-kit';
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import { createUploader, type AttachmentSource } from './attachments';
import { createFeishuClient } from './client';
import { provisionTables, verifyTables } from './provision';
import { pullRecords } from './pull';
import { pushRecords } from './push';

/** Options of {@link createFeishuBitableAdapter}. */
export interface FeishuBitableAdapterOptions {
  /** App ID of the self-built app (企业自建应用), `cli_…`. */
  appId: string;
  /** Its App Secret (exchanged for a tenant_access_token; never sent anywhere else). */
  appSecret: string;
  /** The base (多维表格) token: the part after `/base/` in its link. The app must be a collaborator with edit rights. */
  appToken: string;
  /** Table name per record type. Default `<Chinese title>（<record type>）`. */
  tables?: Partial<Record<RecordType, string>>;
  /** Default `https://open.feishu.cn` (Lark: `https://open.larksuite.com`). */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Records per batch_create / batch_update, 1–500. Default 500. */
  batchSize?: number;
  /** Supplies attachment bytes by hash for upload; without it attachments stay hashes in `o75_raw`. */
  attachments?: AttachmentSource;
  /** Keep under the per-app limits on the client side (default true). */
  pacing?: boolean;
  events?: AdapterEvents;
}

/** Makes the Feishu Bitable adapter. */
export function createFeishuBitableAdapter(options: FeishuBitableAdapterOptions): RecordAdapter {
  const config = (field: string, zh: string, en: string) => new AdapterConfigError('feishu-bitable', field, { zh, en });
  if (!options.appId) throw config('appId', '需要应用的 App ID（cli_…）', "the app's App ID (cli_…) is required");
  if (!options.appSecret) throw config('appSecret', '需要应用的 App Secret', "the app's App Secret is required");
  if (!options.appToken) throw config('appToken', '需要多维表格的 app_token（链接中 /base/ 之后的部分）', "the base's app_token (after /base/ in its link) is required");
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 500) throw config('batchSize', 'batchSize 必须是 1–500 的整数', 'batchSize must be an integer from 1 to 500');
  for (const type of Object.keys(options.tables ?? {})) {
    if (!RECORD_TYPES.includes(type as RecordType)) throw config(`tables.${type}`, `未知的记录类型「${type}」`, `unknown record type "${type}"`);
  }
  const baseUrl = options.baseUrl ?? 'https://open.feishu.cn';
  const redactor = createRedactor({ secrets: [options.appSecret] });
  const client = createFeishuClient({ appId: options.appId, appSecret: options.appSecret, baseUrl, fetch: options.fetch ?? globalThis.fetch, timeoutMs: options.timeoutMs, retry: options.retry, redactor, pacing: options.pacing });
  const tables = { client, appToken: options.appToken, tableNames: { ...options.tables }, tableIds: new Map<RecordType, string>() };
  const ctx = { ...tables, baseUrl, batchSize, uploader: createUploader(client, options.appToken, options.attachments) };
  const typesOf = (types?: readonly RecordType[]) => types ?? RECORD_TYPES;

  return {
    describe: () => ({
      name: 'feishu-bitable',
      title: { zh: '飞书多维表格', en: 'Feishu / Lark Bitable' },
      recordTypes: RECORD_TYPES,
      batchCap: batchSize,
      rateLimitPerSecond: 50,
      nativeUpsert: false,
      provisioning: 'automatic',
      pull: true,
    }),
    provision: (types) => provisionTables(tables, typesOf(types)),
    verifyProvisioning: (types) => verifyTables(tables, typesOf(types)),
    push: (records, events) => pushRecords(ctx, records, events ?? options.events),
    pull: (since, types) => pullRecords(tables, since, typesOf(types), options.events),
  };
}
