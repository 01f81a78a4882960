/**
 * `order75 export --store … --type daily-check --format xlsx|csv|jsonl [--enterprise] [--from] [--to] [--out]`:
 * latest revisions of one record type, by record date. JSON Lines (canonical JSON, one record a line) and CSV
 * (UTF-8 with BOM, so Excel shows Chinese correctly) go to standard output without `--out`; XLSX (daily checks
 * through @order75/xlsx, risk lists one workbook per list) needs `--out`.
 */
import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { canonicalJson } from '@order75/core';
import { RECORD_TYPES, type DailyCheck, type RecordType, type RiskList } from '@order75/schemas';
import { dailyChecksToXlsx, riskListToXlsx } from '@order75/xlsx';
import { stringify } from 'csv-stringify/sync';
import { CliUsageError, EXIT, localeOption, say } from '../io';
import { dayOption, openStoreOption, SCHEMA_OPTION, STORE_OPTION } from './archiveStoreOption';
import { DAILY_CHECK_COLUMNS, dailyCheckRows, genericRows } from './exportRows';
import type { CommandModule } from './types';

interface Options {
  store?: string;
  schema?: string;
  type?: string;
  format: string;
  enterprise?: string;
  from?: string;
  to?: string;
  out?: string;
  lang?: string;
}

export const exportCommand: CommandModule = {
  name: 'export',
  register(program, io, done) {
    program
      .command('export')
      .description('导出某类记录为 XLSX、CSV 或 JSON Lines / export one record type as XLSX, CSV or JSON Lines')
      .option(...STORE_OPTION)
      .option(...SCHEMA_OPTION)
      .option('--type <type>', '记录类型，如 daily-check / record type, e.g. daily-check')
      .option('--format <format>', 'xlsx、csv 或 jsonl（默认）/ xlsx, csv or jsonl (default)', 'jsonl')
      .option('--enterprise <uscc>', '只导出该企业 / only this enterprise')
      .option('--from <date>', '记录日期起点（含）/ first record date')
      .option('--to <date>', '记录日期终点（含）/ last record date')
      .option('--out <file>', '输出文件（xlsx 必填）/ output file (required for xlsx)')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .action(async (opts: Options) => {
        const locale = localeOption(opts.lang);
        const type = opts.type as RecordType;
        if (!RECORD_TYPES.includes(type)) throw new CliUsageError(`--type 应为以下之一：${RECORD_TYPES.join('、')}`, `--type must be one of: ${RECORD_TYPES.join(', ')}`);
        if (!['xlsx', 'csv', 'jsonl'].includes(opts.format)) throw new CliUsageError(`--format 只能是 xlsx、csv 或 jsonl，而不是 ${opts.format}`, `--format must be xlsx, csv or jsonl, not ${opts.format}`);
        if (opts.format === 'xlsx' && type !== 'daily-check' && type !== 'risk-list') {
          throw new CliUsageError('xlsx 格式目前支持 daily-check 与 risk-list；其他类型请用 csv 或 jsonl', 'xlsx supports daily-check and risk-list for now; use csv or jsonl for other types');
        }
        if (opts.format === 'xlsx' && !opts.out) throw new CliUsageError('xlsx 格式需要 --out <文件>', 'xlsx needs --out <file>');
        const range = { ...(opts.from ? { from: dayOption('--from', opts.from) } : {}), ...(opts.to ? { to: dayOption('--to', opts.to) } : {}) };
        const store = await openStoreOption(opts.store, opts.schema, io);
        try {
          const records = await store.query({ type, ...(opts.enterprise ? { enterprise: opts.enterprise } : {}), ...range });
          let out: Uint8Array | string;
          if (opts.format === 'jsonl') out = records.map((r) => `${canonicalJson(r)}\n`).join('');
          else if (opts.format === 'csv') {
            const table = type === 'daily-check'
              ? { header: DAILY_CHECK_COLUMNS, rows: dailyCheckRows(records as DailyCheck[]) }
              : genericRows(records as unknown as Record<string, unknown>[]);
            out = stringify([table.header, ...table.rows], { bom: true, record_delimiter: 'windows' });
          } else if (type === 'daily-check') {
            const riskLists = (await store.query({ type: 'risk-list', ...(opts.enterprise ? { enterprise: opts.enterprise } : {}), allRevisions: true })) as RiskList[];
            out = await dailyChecksToXlsx(records as DailyCheck[], { riskLists });
          } else {
            if (records.length !== 1) throw new CliUsageError(`找到 ${records.length} 份风险管控清单；xlsx 每个文件一份，请用 --enterprise 与 --from/--to 缩小到一份`, `found ${records.length} risk lists; xlsx holds one per file — narrow with --enterprise and --from/--to`);
            out = await riskListToXlsx(records[0] as RiskList);
          }
          if (opts.out) {
            await writeFile(isAbsolute(opts.out) ? opts.out : resolve(io.cwd, opts.out), out);
            io.stderr(say(locale, `已导出 ${records.length} 条记录到 ${opts.out}\n`, `exported ${records.length} records to ${opts.out}\n`));
          } else {
            io.stdout(out as string);
          }
          done(EXIT.ok);
        } finally {
          await store.close();
        }
      });
  },
};
