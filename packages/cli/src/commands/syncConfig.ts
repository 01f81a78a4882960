/**
 * The adapter config file of `order75 provision` and `order75 sync`: which adapter, its options (validated
 * against the plugin's JSON Schema), the record store to sync from, and the outbox consumer name. Secrets are
 * never in the file: options name environment variables, and a `url`, `password` or `secret` key is refused.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AdapterPlugin } from '@order75/adapter-kit';
import { createAjv } from '@order75/core';
import { createPostgresStore, createSqliteStore, type RecordStore } from '@order75/store';
import { CliUsageError, type CliIo } from '../io';
import { ADAPTER_PLUGINS } from './syncAdapters';

/** JSON Schema of an adapter config file; `options` is checked against the chosen plugin's `optionsSchema`. */
export const ADAPTER_CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Order75 适配器配置 / adapter config',
  type: 'object',
  properties: {
    adapter: { type: 'string', pattern: '^[a-z0-9-]+$', title: '适配器名称，如 sql / adapter name, e.g. sql' },
    module: { type: 'string', minLength: 1, title: '提供 adapterPlugin 导出的包（非内置适配器）/ package exporting `adapterPlugin` (adapters not built in)' },
    consumer: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,64}$', title: '发件箱游标名，每个目标系统一个 / outbox cursor name, one per host' },
    batchSize: { type: 'integer', minimum: 1, maximum: 5000, title: '每轮推送的记录数 / records per round' },
    store: {
      title: '记录库 / record store',
      oneOf: [
        { type: 'object', properties: { kind: { type: 'string', const: 'sqlite' }, path: { type: 'string', minLength: 1 } }, required: ['kind', 'path'], additionalProperties: false },
        { type: 'object', properties: { kind: { type: 'string', const: 'postgres' }, urlEnv: { type: 'string', pattern: '^[A-Z_][A-Z0-9_]*$' }, schema: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } }, required: ['kind', 'urlEnv'], additionalProperties: false },
      ],
    },
    options: { type: 'object', title: '适配器选项（见各适配器文档）/ adapter options (see the adapter docs)' },
  },
  required: ['adapter', 'options'],
  additionalProperties: false,
} as const;

export interface AdapterConfig {
  adapter: string;
  module?: string;
  consumer?: string;
  batchSize?: number;
  store?: { kind: 'sqlite'; path: string } | { kind: 'postgres'; urlEnv: string; schema?: string };
  options: Record<string, unknown>;
}

export interface LoadedConfig {
  config: AdapterConfig;
  // biome-ignore lint/suspicious/noExplicitAny: each plugin validates its own options.
  plugin: AdapterPlugin<any>;
}

const SECRET_KEY = /^(url|password|passwd|secret|appSecret|app_secret|token|accessToken|apiKey)$/;

function findSecretKeys(value: unknown, path: string, out: string[]): void {
  if (!value || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_KEY.test(k)) out.push(`${path}/${k}`);
    findSecretKeys(v, `${path}/${k}`, out);
  }
}

/** Finds a plugin by name, built in or from the config's `module`. */
// biome-ignore lint/suspicious/noExplicitAny: see above.
export async function findPlugin(name: string, module: string | undefined, cwd: string): Promise<AdapterPlugin<any>> {
  if (module) {
    const spec = module.startsWith('.') ? pathToFileURL(resolve(cwd, module)).href : module;
    const mod = (await import(spec)) as { adapterPlugin?: AdapterPlugin; default?: AdapterPlugin };
    const plugin = mod.adapterPlugin ?? mod.default;
    if (!plugin || plugin.name !== name) throw new CliUsageError(`模块 ${module} 没有导出名为 ${name} 的 adapterPlugin`, `module ${module} exports no adapterPlugin named ${name}`);
    return plugin;
  }
  const plugin = ADAPTER_PLUGINS.find((p) => p.name === name);
  if (!plugin) {
    const known = ADAPTER_PLUGINS.map((p) => p.name).join(', ');
    throw new CliUsageError(`未知的适配器「${name}」，可用：${known}（或在配置中用 module 指定）`, `unknown adapter "${name}"; known: ${known} (or name a module in the config)`);
  }
  return plugin;
}

/** The full schema for one plugin: the config schema with `options` replaced by the plugin's. */
// biome-ignore lint/suspicious/noExplicitAny: see above.
export function configSchemaFor(plugin: AdapterPlugin<any>): Record<string, unknown> {
  return { ...ADAPTER_CONFIG_SCHEMA, properties: { ...ADAPTER_CONFIG_SCHEMA.properties, options: plugin.optionsSchema } };
}

/** Reads, parses and validates a config file for `adapterName`; throws `CliUsageError` listing every problem. */
export async function loadConfig(file: string, adapterName: string, io: CliIo): Promise<LoadedConfig> {
  const path = isAbsolute(file) ? file : resolve(io.cwd, file);
  let config: AdapterConfig;
  try {
    config = JSON.parse(await readFile(path, 'utf8')) as AdapterConfig;
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在 / no such file' : (error as Error).message;
    throw new CliUsageError(`无法读取配置文件 ${file}：${why}`, `cannot read config file ${file}: ${why}`);
  }
  const plugin = await findPlugin(adapterName, typeof config?.module === 'string' ? config.module : undefined, io.cwd);
  const validate = createAjv({ strict: false }).compile(configSchemaFor(plugin));
  const problems: string[] = [];
  if (!validate(config)) for (const e of validate.errors ?? []) problems.push(`${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
  const secrets: string[] = [];
  findSecretKeys(config, '', secrets);
  for (const s of secrets) problems.push(`${s}: 密钥和连接串不能写在配置文件里，请用 …Env 指定环境变量 / secrets and connection strings may not be in the file; name an environment variable with …Env`);
  if (config?.adapter !== undefined && config.adapter !== adapterName) problems.push(`/adapter: 配置是给 ${config.adapter} 的，不是 ${adapterName} / the config is for ${config.adapter}, not ${adapterName}`);
  if (problems.length) {
    const list = problems.map((p) => `  ${file}: ${p}`).join('\n');
    throw new CliUsageError(`配置文件有误：\n${list}`, `the config file is invalid:\n${list}`);
  }
  return { config, plugin };
}

/** Opens the record store the config names. */
export async function openStore(config: AdapterConfig, io: CliIo): Promise<RecordStore> {
  const s = config.store;
  if (!s) throw new CliUsageError('sync 需要配置 store（记录库）', 'sync needs `store` in the config (the record store)');
  if (s.kind === 'sqlite') return createSqliteStore({ path: isAbsolute(s.path) ? s.path : resolve(io.cwd, s.path) });
  const url = io.env[s.urlEnv];
  if (!url) throw new CliUsageError(`环境变量 ${s.urlEnv} 未设置（store.urlEnv）`, `environment variable ${s.urlEnv} is not set (store.urlEnv)`);
  return createPostgresStore({ url, ...(s.schema ? { schema: s.schema } : {}) });
}
