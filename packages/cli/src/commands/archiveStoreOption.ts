/**
 * `--store` of `order75 archive`, `import` and `export`: an SQLite file path, or a PostgreSQL URL
 * (`postgres://…`, with `--schema`). The person key comes from `ORDER75_PERSON_KEY`, never from an option,
 * so it stays out of shell history.
 */
import { createPostgresStore, createSqliteStore, PERSON_KEY_ENV, type RecordStore } from '@order75/store';
import { isAbsolute, resolve } from 'node:path';
import { CliUsageError, type CliIo } from '../io';

/** Opens the store `--store` names. */
export async function openStoreOption(store: string | undefined, schema: string | undefined, io: CliIo): Promise<RecordStore> {
  if (!store) throw new CliUsageError('需要 --store <SQLite 文件路径或 postgres:// 连接串>', 'needs --store <SQLite file path or postgres:// URL>');
  const personKey = io.env[PERSON_KEY_ENV];
  const common = personKey ? { personKey } : {};
  try {
    if (/^postgres(ql)?:\/\//.test(store)) return await createPostgresStore({ url: store, ...(schema ? { schema } : {}), ...common });
    return await createSqliteStore({ path: isAbsolute(store) ? store : resolve(io.cwd, store), ...common });
  } catch (error) {
    // The URL may hold a password: name the kind of store, never echo the option.
    const what = /^postgres/.test(store) ? 'PostgreSQL' : 'SQLite';
    throw new CliUsageError(`无法打开 ${what} 记录库：${(error as Error).message}`, `cannot open the ${what} store: ${(error as Error).message}`);
  }
}

/** `--store` and `--schema` on a command. */
export const STORE_OPTION = ['--store <store>', '记录库：SQLite 文件路径或 postgres:// 连接串 / store: SQLite file path or postgres:// URL'] as const;
export const SCHEMA_OPTION = ['--schema <schema>', 'PostgreSQL 模式名（默认 public）/ PostgreSQL schema (default public)'] as const;

/** A `YYYY-MM-DD` option, or a usage error naming it. */
export function dayOption(name: string, value: string | undefined): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CliUsageError(`${name} 应为日期 YYYY-MM-DD，而不是 ${value ?? '（缺失）'}`, `${name} must be a date YYYY-MM-DD, not ${value ?? '(missing)'}`);
  }
  return value;
}
