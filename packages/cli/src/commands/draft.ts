/**
 * `order75 draft weekly|monthly`: a draft 《每周工业产品质量安全排查治理报告》 from the week's daily checks (Art. 11) or
 * 《每月工业产品质量安全调度会议纪要》 from the month's records (Art. 12), as a JSON record with status `draft`.
 */
import { draftMonthlyMeeting, draftWeeklyReport, parseIsoWeek, parseMonth } from '@order75/core';
import { CliUsageError, EXIT, localeOption } from '../io';
import { dateOption, emit, loadValidRecords } from './checkInput';
import type { CommandModule } from './types';

interface Options {
  week?: string;
  month?: string;
  reviewDate?: string;
  meetingDate?: string;
  place?: string;
  out?: string;
  lang?: string;
}

export const draftCommand: CommandModule = {
  name: 'draft',
  register(program, io, done) {
    program
      .command('draft')
      .description('由记录生成周报告或月度纪要草稿 / draft the weekly report or the monthly minutes from the records')
      .argument('<kind>', 'weekly | monthly')
      .argument('<inputs...>', '记录文件或文件夹 / record files or folders (.json, .jsonl)')
      .option('--week <week>', 'ISO 周，如 2026-W47（weekly）/ ISO week, e.g. 2026-W47 (weekly)')
      .option('--month <month>', '月份，如 2026-11（monthly）/ month, e.g. 2026-11 (monthly)')
      .option('--review-date <date>', '排查日期，默认该周周日 / review date, default the Sunday')
      .option('--meeting-date <date>', '会议日期，默认月末 / meeting date, default the month’s last day')
      .option('--place <place>', '会议地点 / meeting place')
      .option('--out <file>', '写入文件而非标准输出 / write to a file instead of stdout')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .action(async (kind: string, inputs: string[], opts: Options) => {
        const locale = localeOption(opts.lang);
        if (kind === 'weekly') {
          if (!opts.week || !parseIsoWeek(opts.week)) throw new CliUsageError(`weekly 需要 --week，如 2026-W47${opts.week ? `（${opts.week} 无效）` : ''}`, `weekly needs --week, e.g. 2026-W47${opts.week ? ` (${opts.week} is not valid)` : ''}`);
        } else if (kind === 'monthly') {
          if (!opts.month || !parseMonth(opts.month)) throw new CliUsageError(`monthly 需要 --month，如 2026-11${opts.month ? `（${opts.month} 无效）` : ''}`, `monthly needs --month, e.g. 2026-11${opts.month ? ` (${opts.month} is not valid)` : ''}`);
        } else {
          throw new CliUsageError(`未知的草稿类型「${kind}」，应为 weekly 或 monthly`, `unknown draft "${kind}"; use weekly or monthly`);
        }
        const reviewDate = dateOption('--review-date', opts.reviewDate);
        const meetingDate = dateOption('--meeting-date', opts.meetingDate);
        const records = await loadValidRecords(inputs, io, locale);
        if (!records) {
          done(EXIT.usage);
          return;
        }
        const draft =
          kind === 'weekly'
            ? draftWeeklyReport(records, opts.week as string, reviewDate ? { reviewDate } : {})
            : draftMonthlyMeeting(records, opts.month as string, { ...(meetingDate ? { meetingDate } : {}), ...(opts.place ? { place: opts.place } : {}) });
        await emit(io, opts.out, `${JSON.stringify(draft, null, 2)}\n`);
        done(EXIT.ok);
      });
  },
};
