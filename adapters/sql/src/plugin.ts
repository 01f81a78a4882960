/**
 * The `sql` adapter plugin: config options for `order75 provision sql` / `order75 sync sql`. The connection URL
 * (which usually holds a password) comes from the environment variable named by `urlEnv`.
 */
import { defineAdapterPlugin, secretFromEnv } from '@order75/adapter-kit';
import { createSqlAdapter } from './createSqlAdapter';
import type { SqlDialectName } from './dialects/types';

/** The `options` object of a config file for the `sql` adapter. */
export interface SqlPluginOptions {
  dialect: SqlDialectName;
  /** Environment variable holding the connection URL, e.g. `ORDER75_STAGING_URL`. */
  urlEnv?: string;
  schema?: string;
  tablePrefix?: string;
  batchSize?: number;
  ddl?: 'apply' | 'manual';
}

export const sqlAdapterPlugin = defineAdapterPlugin<SqlPluginOptions>({
  name: 'sql',
  title: { zh: 'SQL 中间表（PostgreSQL / 人大金仓 / openGauss / MariaDB / MySQL / SQL Server）', en: 'SQL staging tables (PostgreSQL / KingbaseES / openGauss / MariaDB / MySQL / SQL Server)' },
  optionsSchema: {
    type: 'object',
    title: 'SQL 中间表适配器选项',
    properties: {
      dialect: { type: 'string', enum: ['postgres', 'mysql', 'mssql'], title: '数据库方言', description: 'postgres（含人大金仓 KingbaseES、openGauss 的 PostgreSQL 模式）、mysql（含 MariaDB）、mssql' },
      urlEnv: { type: 'string', pattern: '^[A-Z_][A-Z0-9_]*$', title: '存放连接串的环境变量名', description: '连接串含口令，只能从环境变量读取，例如 ORDER75_STAGING_URL' },
      schema: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]{0,40}$', title: '模式（PostgreSQL / SQL Server）或数据库（MySQL）' },
      tablePrefix: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]{0,40}$', title: '表名前缀，默认 o75_' },
      batchSize: { type: 'integer', minimum: 1, maximum: 5000, title: '每条语句的记录数，默认 500' },
      ddl: { type: 'string', enum: ['apply', 'manual'], title: 'apply 直接建表；manual 只输出建表脚本供 DBA 执行' },
    },
    required: ['dialect'],
    additionalProperties: false,
  },
  create(options, context) {
    const manual = options.ddl === 'manual';
    const url = manual && !options.urlEnv ? undefined : secretFromEnv('sql', 'options.urlEnv', options.urlEnv ?? 'ORDER75_STAGING_URL', context.env);
    return createSqlAdapter({
      dialect: options.dialect,
      ...(url ? { url } : {}),
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.tablePrefix ? { tablePrefix: options.tablePrefix } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.ddl ? { ddl: options.ddl } : {}),
      ...(context.events ? { events: context.events } : {}),
    });
  },
});
