/** `order75 id <value>...`: recognises a USCC, a resident ID or a licence number and says whether it is valid. */
import { detectIdentifier, localize } from '@order75/core';
import { EXIT, localeOption, say } from '../io';
import type { CommandModule } from './types';

const KIND = {
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  'cn-resident-id': { zh: '公民身份号码', en: 'resident ID' },
  'cn-production-licence': { zh: '生产许可证编号', en: 'production licence' },
  unknown: { zh: '无法识别', en: 'unrecognised' },
} as const;

/** A resident ID is personal data: shown masked even back to the person who typed it (terminals get logged). */
function shown(value: string, kind: keyof typeof KIND): string {
  return kind === 'cn-resident-id' ? `${value.slice(0, 4)}${'*'.repeat(Math.max(0, value.length - 8))}${value.slice(-4)}` : value;
}

export const idCommand: CommandModule = {
  name: 'id',
  register(program, io, done) {
    program
      .command('id')
      .description('识别并校验统一社会信用代码、身份证号、生产许可证编号 / check USCCs, resident IDs and licence numbers')
      .argument('<values...>')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .action((values: string[], opts: { lang?: string }) => {
        const locale = localeOption(opts.lang);
        let allValid = true;
        for (const value of values) {
          const { kind, check } = detectIdentifier(value);
          const label = localize(KIND[kind], locale);
          if (check.ok) {
            const warn = (check.warnings ?? []).map((w) => `; ${localize(w, locale)}`).join('');
            io.stdout(`${shown(value, kind)}\t${label}\t${say(locale, '有效', 'valid')}${warn}\n`);
          } else {
            allValid = false;
            io.stdout(`${shown(value, kind)}\t${label}\t${say(locale, '无效：', 'invalid: ')}${localize(check.reason, locale)}\n`);
          }
        }
        done(allValid ? EXIT.ok : EXIT.findings);
      });
  },
};
