/**
 * `order75 check <inputs...> --from --to [--now] [--format text|json|html] [--lang]`: runs the compliance engine
 * over one enterprise's records. Exit 0 without violations, 1 with violations, 2 for usage or input errors
 * (every invalid record is reported with file and path; nothing is evaluated then).
 */
import { checkCompliance, dayNumber, parseInstant, timeZone } from '@order75/core';
import { CliUsageError, EXIT, localeOption } from '../io';
import { completionCalendar } from './checkCalendar';
import { renderHtml } from './checkHtml';
import { dateOption, emit, loadValidRecords } from './checkInput';
import { renderText } from './checkText';
import type { CommandModule } from './types';

/** `$id` of schemas/reports/check-report.schema.json, which the JSON report follows. */
export const REPORT_SCHEMA = 'https://order75.dev/schemas/reports/check-report.schema.json';

interface Options {
  from?: string;
  to?: string;
  now?: string;
  format: string;
  lang?: string;
  out?: string;
  strictCalendarDays?: boolean;
}

export const checkCommand: CommandModule = {
  name: 'check',
  register(program, io, done) {
    program
      .command('check')
      .description('按第75号令检查记录（日管控、周排查、月调度等）/ check the records against Order 75')
      .argument('<inputs...>', '记录文件或文件夹（.json、.jsonl）/ record files or folders (.json, .jsonl)')
      .requiredOption('--from <date>', '检查期间起始日 / first day of the period (YYYY-MM-DD)')
      .requiredOption('--to <date>', '检查期间截止日 / last day of the period (YYYY-MM-DD)')
      .option('--now <instant>', '评价时间（RFC 3339），默认当前时间 / evaluation instant (RFC 3339), default now')
      .option('--format <format>', 'text（默认）、json 或 html / text (default), json or html', 'text')
      .option('--out <file>', '写入文件而非标准输出 / write to a file instead of stdout')
      .option('--strict-calendar-days', '每个日历日都算生产日 / every calendar day is a production day')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .action(async (inputs: string[], opts: Options) => {
        const locale = localeOption(opts.lang);
        if (!['text', 'json', 'html'].includes(opts.format)) {
          throw new CliUsageError(`--format 只能是 text、json 或 html，而不是 ${opts.format}`, `--format must be text, json or html, not ${opts.format}`);
        }
        const from = dateOption('--from', opts.from) as string;
        const to = dateOption('--to', opts.to) as string;
        if (to < from) throw new CliUsageError(`--to（${to}）早于 --from（${from}）`, `--to (${to}) is before --from (${from})`);
        const now = opts.now ?? new Date().toISOString();
        if (Number.isNaN(parseInstant(now))) {
          throw new CliUsageError(`--now 应为带时区的时间，如 2026-11-30T18:00:00+08:00，而不是 ${now}`, `--now must be an instant with offset, e.g. 2026-11-30T18:00:00+08:00, not ${now}`);
        }
        const records = await loadValidRecords(inputs, io, locale);
        if (!records) {
          done(EXIT.usage);
          return;
        }
        const enterprises = [...new Set(records.map((r) => r.enterprise))].sort();
        if (enterprises.length > 1) {
          throw new CliUsageError(`记录属于多个生产单位（${enterprises.join('、')}），请每次只检查一个单位`, `the records belong to several enterprises (${enterprises.join(', ')}); check one at a time`);
        }
        const result = checkCompliance(records, { from, to, now, ...(opts.strictCalendarDays ? { strictCalendarDays: true } : {}) });
        const profile = records.filter((r) => r.recordType === 'enterprise-profile').at(-1);
        const subject = { enterprise: enterprises[0] as string, ...(profile && 'name' in profile ? { name: profile.name } : {}) };
        if (opts.format === 'json') {
          // No generation time: the same records, period and --now give the same bytes.
          const report = { $schema: REPORT_SCHEMA, generator: 'order75 check', enterprise: subject.enterprise, findings: result.findings, summary: result.summary };
          await emit(io, opts.out, `${JSON.stringify(report, null, 2)}\n`);
        } else {
          const tz = timeZone(result.summary.window.timeZone);
          const calendar = completionCalendar(records, from, to, dayNumber(result.summary.window.today), tz);
          const text = opts.format === 'html' ? renderHtml(result, calendar, subject, locale) : renderText(result, calendar, subject, locale);
          await emit(io, opts.out, text);
        }
        done(result.summary.counts.violation > 0 ? EXIT.findings : EXIT.ok);
      });
  },
};
