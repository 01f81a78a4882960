/** `order75 validate <files|dirs|->`: structural validation of records, one line per issue. */
import { localize, validateRecord, type ValidationIssue } from '@order75/core';
import { EXIT, localeOption, say } from '../io';
import { readRecords } from '../input/readRecords';
import type { CommandModule } from './types';

interface Problem {
  file: string;
  location: string;
  instancePath: string;
  keyword: string;
  message: { zh: string; en: string };
}

function where(file: string, location: string): string {
  return location ? `${file}:${location}` : file;
}

export const validateCommand: CommandModule = {
  name: 'validate',
  register(program, io, done) {
    program
      .command('validate')
      .description('校验记录结构 / validate records against the schemas (.json: one record or an array; .jsonl: one a line)')
      .argument('<inputs...>', '文件、文件夹，或 - 表示标准输入 / files, folders, or - for standard input')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .option('--format <format>', 'text（默认）或 json / text (default) or json', 'text')
      .action(async (inputs: string[], opts: { lang?: string; format: string }) => {
        const locale = localeOption(opts.lang);
        if (opts.format !== 'text' && opts.format !== 'json') {
          io.stderr(say(locale, `--format 只能是 text 或 json\n`, `--format must be text or json\n`));
          done(EXIT.usage);
          return;
        }
        let total = 0;
        let invalid = 0;
        const problems: Problem[] = [];
        for await (const item of readRecords(inputs, io.cwd, io.stdin)) {
          total++;
          let issues: Pick<ValidationIssue, 'instancePath' | 'keyword' | 'message'>[];
          if ('error' in item) issues = [{ instancePath: '', keyword: 'json', message: item.error }];
          else {
            const result = validateRecord(item.value);
            if (result.ok) continue;
            issues = result.issues;
          }
          invalid++;
          for (const issue of issues) {
            const problem = { file: item.file, location: item.location, ...issue };
            if (opts.format === 'json') problems.push(problem);
            else io.stdout(`${where(item.file, item.location)} ${issue.instancePath || '/'} ${localize(issue.message, locale)}\n`);
          }
        }
        const summary = {
          zh: `共 ${total} 条，${total - invalid} 条有效，${invalid} 条有问题`,
          en: `${total} checked, ${total - invalid} valid, ${invalid} with problems`,
        };
        if (opts.format === 'json') io.stdout(`${JSON.stringify({ total, valid: total - invalid, invalid, problems }, null, 2)}\n`);
        else io.stderr(`${localize(summary, locale)}\n`);
        done(invalid > 0 ? EXIT.findings : EXIT.ok);
      });
  },
};
