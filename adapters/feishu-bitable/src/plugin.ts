/**
 * The `feishu-bitable` adapter plugin: config options for `order75 provision feishu-bitable` /
 * `order75 sync feishu-bitable`. The App Secret comes from the environment variable named by `appSecretEnv`
 * (default `ORDER75_FEISHU_APP_SECRET`).
 */
import { defineAdapterPlugin, secretFromEnv } from '@order75/adapter-kit';
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import { createFeishuBitableAdapter } from './createFeishuBitableAdapter';

/** The `options` object of a config file for the `feishu-bitable` adapter. */
export interface FeishuBitablePluginOptions {
  appId: string;
  /** Environment variable holding the App Secret. Default `ORDER75_FEISHU_APP_SECRET`. */
  appSecretEnv?: string;
  appToken: string;
  tables?: Partial<Record<RecordType, string>>;
  baseUrl?: string;
  batchSize?: number;
  timeoutMs?: number;
}

export const feishuBitableAdapterPlugin = defineAdapterPlugin<FeishuBitablePluginOptions>({
  name: 'feishu-bitable',
  title: { zh: '飞书多维表格', en: 'Feishu / Lark Bitable' },
  optionsSchema: {
    type: 'object',
    title: '飞书多维表格适配器选项',
    properties: {
      appId: { type: 'string', pattern: '^cli_[0-9A-Za-z]+$', title: '企业自建应用的 App ID（cli_…）' },
      appSecretEnv: { type: 'string', pattern: '^[A-Z_][A-Z0-9_]*$', title: '存放 App Secret 的环境变量名', description: 'App Secret 只能从环境变量读取，默认 ORDER75_FEISHU_APP_SECRET' },
      appToken: { type: 'string', minLength: 1, title: '多维表格 app_token（链接中 /base/ 之后的部分）' },
      tables: { type: 'object', title: '各记录类型的数据表名（默认：中文标题（记录类型））', propertyNames: { enum: [...RECORD_TYPES] }, additionalProperties: { type: 'string', minLength: 1, maxLength: 100 } },
      baseUrl: { type: 'string', pattern: '^https?://', title: '开放平台地址，默认 https://open.feishu.cn（Lark：https://open.larksuite.com）' },
      batchSize: { type: 'integer', minimum: 1, maximum: 500, title: '每次批量写入的记录数，默认 500' },
      timeoutMs: { type: 'integer', minimum: 1000, title: '单次请求超时（毫秒），默认 30000' },
    },
    required: ['appId', 'appToken'],
    additionalProperties: false,
  },
  create(options, context) {
    const appSecret = secretFromEnv('feishu-bitable', 'options.appSecretEnv', options.appSecretEnv ?? 'ORDER75_FEISHU_APP_SECRET', context.env);
    return createFeishuBitableAdapter({
      appId: options.appId,
      appSecret,
      appToken: options.appToken,
      ...(options.tables ? { tables: options.tables } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(context.fetch ? { fetch: context.fetch } : {}),
      ...(context.events ? { events: context.events } : {}),
    });
  },
});
