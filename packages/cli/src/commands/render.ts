/** `order75 render record.json --pdf out.pdf`: a record as an A4 PDF (the printable record with signature and seal boxes). */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { localize, validateRecord } from '@order75/core';
import { CliUsageError, EXIT, localeOption, say } from '../io';
import { emit } from './checkInput';
import { loadRenderModule } from './renderModule';
import type { CommandModule } from './types';

interface Options {
  pdf?: string;
  lang?: string;
  chromium?: string;
  riskList?: string;
}

async function readJson(cwd: string, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(`无法读取 ${file}：${detail}`, `cannot read ${file}: ${detail}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(`${file} 不是有效的 JSON：${detail}`, `${file} is not valid JSON: ${detail}`);
  }
}

export const renderCommand: CommandModule = {
  name: 'render',
  register(program, io, done) {
    program
      .command('render')
      .description('将记录打印为 A4 PDF（含签字、盖章栏）/ print a record as an A4 PDF with signature and seal boxes')
      .argument('<record>', '一条记录的 JSON 文件 / a JSON file with one record')
      .requiredOption('--pdf <file>', '输出的 PDF 文件 / the PDF to write')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .option('--chromium <path>', 'Chromium 路径，默认 $CHROMIUM_PATH 或 /usr/bin/chromium / Chromium binary')
      .option('--risk-list <file>', '每日检查所依据的风险管控清单（显示风险点）/ the risk list a daily check used (names its rows)')
      .action(async (file: string, opts: Options) => {
        const locale = localeOption(opts.lang);
        const record = await readJson(io.cwd, file);
        const checked = validateRecord(record);
        if (!checked.ok) {
          for (const issue of checked.issues) io.stderr(`${file} ${issue.instancePath || '/'} ${localize(issue.message, locale)}\n`);
          io.stderr(say(locale, `${file} 不是有效的记录，未生成 PDF\n`, `${file} is not a valid record; no PDF written\n`));
          done(EXIT.findings);
          return;
        }
        const riskList = opts.riskList ? await readJson(io.cwd, opts.riskList) : undefined;
        const render = await loadRenderModule();
        const executablePath = opts.chromium ?? io.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
        const pdf = await render.renderPdf(checked.value as unknown as Record<string, unknown>, { executablePath, locale, riskList });
        await emit(io, opts.pdf, pdf);
        io.stdout(say(locale, `已生成 ${opts.pdf}（${pdf.length} 字节）\n`, `wrote ${opts.pdf} (${pdf.length} bytes)\n`));
        done(EXIT.ok);
      });
  },
};
