/**
 * The `kingdee` adapter plugin: config options for `order75 provision kingdee` / `order75 sync kingdee`. The
 * password or app secret comes from the environment variable the config names (`passwordEnv`, `appSecretEnv`).
 */
import { defineAdapterPlugin, secretFromEnv } from '@order75/adapter-kit';
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import type { KingdeeAuth } from './auth';
import { createKingdeeAdapter } from './createKingdeeAdapter';

/** The `options` object of a config file for the `kingdee` adapter. */
export interface KingdeePluginOptions {
  baseUrl: string;
  acctId: string;
  auth:
    | { kind: 'signed'; appId: string; appSecretEnv?: string; userName: string; orgNum?: string; lcid?: number }
    | { kind: 'appSecret'; appId: string; appSecretEnv?: string; userName: string; lcid?: number }
    | { kind: 'password'; userName: string; passwordEnv?: string; lcid?: number };
  forms?: Partial<Record<RecordType, string>>;
  fieldPrefix?: string;
  batchSize?: number;
  timeoutMs?: number;
}

const ENV = { type: 'string', pattern: '^[A-Z_][A-Z0-9_]*$' } as const;

export const kingdeeAdapterPlugin = defineAdapterPlugin<KingdeePluginOptions>({
  name: 'kingdee',
  title: { zh: '金蝶云·星空（WebAPI）', en: 'Kingdee K/3 Cloud (WebAPI)' },
  optionsSchema: {
    type: 'object',
    title: '金蝶云·星空适配器选项',
    properties: {
      baseUrl: { type: 'string', pattern: '^https?://', title: '服务器地址，以 /k3cloud/ 结尾（公有云网关 https://api.kingdee.com/galaxyapi/）' },
      acctId: { type: 'string', minLength: 1, title: '账套 ID（数据中心标识）' },
      auth: {
        title: '登录方式',
        oneOf: [
          { type: 'object', title: '第三方系统登录授权，签名请求头（推荐）', properties: { kind: { const: 'signed' }, appId: { type: 'string', minLength: 34 }, appSecretEnv: { ...ENV, title: '存放应用密钥的环境变量名，默认 ORDER75_KINGDEE_APP_SECRET' }, userName: { type: 'string', minLength: 1 }, orgNum: { type: 'string' }, lcid: { type: 'integer' } }, required: ['kind', 'appId', 'userName'], additionalProperties: false },
          { type: 'object', title: '第三方系统登录授权，会话（LoginByAppSecret）', properties: { kind: { const: 'appSecret' }, appId: { type: 'string', minLength: 1 }, appSecretEnv: { ...ENV, title: '存放应用密钥的环境变量名，默认 ORDER75_KINGDEE_APP_SECRET' }, userName: { type: 'string', minLength: 1 }, lcid: { type: 'integer' } }, required: ['kind', 'appId', 'userName'], additionalProperties: false },
          { type: 'object', title: '用户名与口令，会话（ValidateUser）', properties: { kind: { const: 'password' }, userName: { type: 'string', minLength: 1 }, passwordEnv: { ...ENV, title: '存放口令的环境变量名，默认 ORDER75_KINGDEE_PASSWORD' }, lcid: { type: 'integer' } }, required: ['kind', 'userName'], additionalProperties: false },
        ],
      },
      forms: { type: 'object', title: '各记录类型单据的表单标识（FormId）', propertyNames: { enum: [...RECORD_TYPES] }, additionalProperties: { type: 'string', minLength: 1 } },
      fieldPrefix: { type: 'string', pattern: '^F_[A-Za-z0-9]+_$', title: '字段标识前缀，默认 F_O75_' },
      batchSize: { type: 'integer', minimum: 1, maximum: 1000, title: '每次 BatchSave 的单据数，默认 100' },
      timeoutMs: { type: 'integer', minimum: 1000, title: '单次请求超时（毫秒），默认 30000' },
    },
    required: ['baseUrl', 'acctId', 'auth'],
    additionalProperties: false,
  },
  create(options, context) {
    const a = options.auth;
    let auth: KingdeeAuth;
    if (a.kind === 'password') {
      const { passwordEnv, ...rest } = a;
      auth = { ...rest, password: secretFromEnv('kingdee', 'options.auth.passwordEnv', passwordEnv ?? 'ORDER75_KINGDEE_PASSWORD', context.env) };
    } else {
      const { appSecretEnv, ...rest } = a;
      auth = { ...rest, appSecret: secretFromEnv('kingdee', 'options.auth.appSecretEnv', appSecretEnv ?? 'ORDER75_KINGDEE_APP_SECRET', context.env) };
    }
    return createKingdeeAdapter({
      baseUrl: options.baseUrl,
      acctId: options.acctId,
      auth,
      forms: options.forms ?? {},
      ...(options.fieldPrefix ? { fieldPrefix: options.fieldPrefix } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(context.fetch ? { fetch: context.fetch } : {}),
      ...(context.events ? { events: context.events } : {}),
    });
  },
});
