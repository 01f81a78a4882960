/**
 * Adapters pluggable by name: each adapter package exports an `AdapterPlugin` (name, a JSON Schema of its config
 * options, a factory). The CLI finds plugins by name and validates a config file against the schema. Secrets
 * never sit in a config file: options name an environment variable (`…Env`) and the plugin reads it.
 */
import type { JsonSchema, Message } from '@order75/schemas';
import { AdapterConfigError } from './errors';
import type { AdapterEvents, RecordAdapter } from './types';

/** What a plugin's factory gets besides its options. */
export interface AdapterPluginContext {
  /** The environment to read secrets from (`process.env` in the CLI; tests pass their own). */
  env: Readonly<Record<string, string | undefined>>;
  /** `fetch` for HTTP adapters (the CLI passes the global one). */
  fetch?: typeof globalThis.fetch;
  events?: AdapterEvents;
}

export interface AdapterPlugin<Options = Record<string, unknown>> {
  /** The name used on the command line and in config files: `sql`, `jiandaoyun`, `feishu-bitable`, `kingdee`. */
  name: string;
  title: Message;
  /** JSON Schema (2020-12) of the `options` object in a config file. Secrets appear only as `*Env` variable names. */
  optionsSchema: JsonSchema;
  /** Makes the adapter from validated options; throws `AdapterConfigError` for a missing variable. */
  create(options: Options, context: AdapterPluginContext): RecordAdapter;
}

/** Identity helper that keeps the options type: `export const sqlPlugin = defineAdapterPlugin<SqlConfig>({ … })`. */
export function defineAdapterPlugin<Options>(plugin: AdapterPlugin<Options>): AdapterPlugin<Options> {
  return plugin;
}

/**
 * Reads a secret from the environment variable a config names; throws `AdapterConfigError` naming the field and
 * the variable (never its value) when it is unset or empty.
 */
export function secretFromEnv(adapter: string, field: string, variable: string, env: AdapterPluginContext['env']): string {
  const value = env[variable];
  if (value === undefined || value === '') {
    throw new AdapterConfigError(adapter, field, {
      zh: `环境变量 ${variable} 未设置（配置项 ${field} 指定从该变量读取），请先设置后再运行`,
      en: `environment variable ${variable} is not set (config field ${field} names it); set it and run again`,
    });
  }
  return value;
}
