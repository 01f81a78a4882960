/**
 * `createKingdeeAdapter()`: Order 75 records in 金蝶云·星空 Kingdee K/3 Cloud custom bills through the WebAPI
 * (platforms.md § 4). Bills are designed in the BOS designer from the plan; records are saved with `BatchSave`
 * after a lookup by record id, and pulled back with `ExecuteBillQuery`.
 */
import { AdapterConfigError, createRedactor, DEFAULT_RETRY, type AdapterEvents, type RecordAdapter, type RetryOptions } from '@order75/adapter-kit';
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import { authSecrets, type KingdeeAuth } from './auth';
import { createKingdeeClient } from './client';
import { planBills, verifyBills } from './provision';
import { pullRecords } from './pull';
import { pushRecords } from './push';

/** Options of {@link createKingdeeAdapter}. */
export interface KingdeeAdapterOptions {
  /** Server URL ending in `/k3cloud/` (public cloud gateway: `https://api.kingdee.com/galaxyapi/`). */
  baseUrl: string;
  /** Data centre (账套) id. */
  acctId: string;
  auth: KingdeeAuth;
  /** The form id (表单标识) of each record type's bill, filled in after publishing the bills. */
  forms: Partial<Record<RecordType, string>>;
  /** Field key prefix, your developer prefix (开发商标识) style. Default `F_O75_`. */
  fieldPrefix?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Models per `BatchSave`. Default 100. */
  batchSize?: number;
  /** Rows per query page, up to the server's limit (2 000 by default on the server). Default 2 000. */
  pageSize?: number;
  events?: AdapterEvents;
}

export function createKingdeeAdapter(options: KingdeeAdapterOptions): RecordAdapter {
  const config = (field: string, zh: string, en: string) => new AdapterConfigError('kingdee', field, { zh, en });
  if (!options.baseUrl) throw config('baseUrl', '需要服务器地址（…/k3cloud/）', 'the server URL (…/k3cloud/) is required');
  if (!options.acctId) throw config('acctId', '需要账套 ID（数据中心标识）', 'the data centre (acctId) is required');
  const auth = options.auth;
  if (auth?.kind === 'password' ? !auth.password : !auth?.appSecret) throw config('auth', '需要口令或应用密钥', 'a password or app secret is required');
  if (auth.kind === 'signed' && !/^[^_]+_.{32}$/.test(auth.appId)) throw config('auth.appId', '应用 ID 应为「客户端标识_32 位密钥」格式（第三方系统登录授权中复制）', 'the app id should look like <client id>_<32 characters> (copy it from the third-party app registration)');
  const prefix = options.fieldPrefix ?? 'F_O75_';
  if (!/^F_[A-Za-z0-9]+_$/.test(prefix)) throw config('fieldPrefix', '字段前缀应形如 F_XXX_', 'the field prefix should look like F_XXX_');
  const batchSize = options.batchSize ?? 100;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) throw config('batchSize', 'batchSize 必须是 1–1000 的整数', 'batchSize must be an integer from 1 to 1000');
  const redactor = createRedactor({ secrets: authSecrets(auth) });
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const client = createKingdeeClient({ baseUrl: options.baseUrl, acctId: options.acctId, auth, fetch: options.fetch ?? globalThis.fetch, timeoutMs: options.timeoutMs, retry, redactor });
  const forms = { ...options.forms };
  const ctx = { client, baseUrl: options.baseUrl, forms, prefix, batchSize, retry, redactor, pageSize: options.pageSize ?? 2_000 };
  const typesOf = (types?: readonly RecordType[]) => types ?? RECORD_TYPES;

  return {
    describe: () => ({
      name: 'kingdee',
      title: { zh: '金蝶云·星空', en: 'Kingdee K/3 Cloud' },
      recordTypes: RECORD_TYPES,
      batchCap: batchSize,
      nativeUpsert: false,
      provisioning: 'manual',
      pull: true,
    }),
    provision: (types) => planBills(ctx, typesOf(types)),
    verifyProvisioning: (types) => verifyBills(ctx, typesOf(types)),
    push: (records, events) => pushRecords(ctx, records, events ?? options.events),
    pull: (since, types) => pullRecords(ctx, since, typesOf(types), options.events),
  };
}
