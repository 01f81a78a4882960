/**
 * The `jiandaoyun` adapter plugin: config options for `order75 provision jiandaoyun` / `order75 sync jiandaoyun`.
 * The API key comes from the environment variable named by `apiKeyEnv` (default `ORDER75_JIANDAOYUN_API_KEY`).
 */
import { defineAdapterPlugin, secretFromEnv } from '@order75/adapter-kit';
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import { createJiandaoyunAdapter } from './createJiandaoyunAdapter';

/** The `options` object of a config file for the `jiandaoyun` adapter. */
export interface JiandaoyunPluginOptions {
  /** Environment variable holding the API key. Default `ORDER75_JIANDAOYUN_API_KEY`. */
  apiKeyEnv?: string;
  appId: string;
  forms?: Partial<Record<RecordType, string>>;
  baseUrl?: string;
  batchSize?: number;
  timeoutMs?: number;
}

export const jiandaoyunAdapterPlugin = defineAdapterPlugin<JiandaoyunPluginOptions>({
  name: 'jiandaoyun',
  title: { zh: '简道云（API v5）', en: 'Jiandaoyun / Jodoo (API v5)' },
  optionsSchema: {
    type: 'object',
    title: '简道云适配器选项',
    properties: {
      apiKeyEnv: { type: 'string', pattern: '^[A-Z_][A-Z0-9_]*$', title: '存放 API Key 的环境变量名', description: 'API Key 只能从环境变量读取，默认 ORDER75_JIANDAOYUN_API_KEY' },
      appId: { type: 'string', minLength: 1, title: '应用 app_id' },
      forms: {
        type: 'object',
        title: '各记录类型对应表单的 entry_id（按开通计划建好表单后填写）',
        propertyNames: { enum: [...RECORD_TYPES] },
        additionalProperties: { type: 'string', minLength: 1 },
      },
      baseUrl: { type: 'string', pattern: '^https?://', title: 'API 地址，默认 https://api.jiandaoyun.com/api（Jodoo：https://api.jodoo.com/api）' },
      batchSize: { type: 'integer', minimum: 1, maximum: 100, title: '每次批量新建的记录数，默认 100（上限 100）' },
      timeoutMs: { type: 'integer', minimum: 1000, title: '单次请求超时（毫秒），默认 30000' },
    },
    required: ['appId'],
    additionalProperties: false,
  },
  create(options, context) {
    const apiKey = secretFromEnv('jiandaoyun', 'options.apiKeyEnv', options.apiKeyEnv ?? 'ORDER75_JIANDAOYUN_API_KEY', context.env);
    return createJiandaoyunAdapter({
      apiKey,
      appId: options.appId,
      forms: options.forms ?? {},
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(context.fetch ? { fetch: context.fetch } : {}),
      ...(context.events ? { events: context.events } : {}),
    });
  },
});
