/**
 * `order75 verify x.o75.zip [--lang en] [--format json]`: verifies an archive offline and prints the report.
 * Exit 0 intact and valid, 1 tampered or invalid, 2 usage (no such file, bad option).
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { formatReport, nodeSha256Hasher, verifyArchive } from '@order75/archive';
import { CliUsageError, EXIT, localeOption } from '../io';
import type { CommandModule } from './types';

/** Reads the archive file or explains, in both languages, why not. */
export async function readArchiveFile(path: string, cwd: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(isAbsolute(path) ? path : resolve(cwd, path)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliUsageError(`无法读取 ${path}（${code ?? '读取错误'}）`, `cannot read ${path} (${code ?? 'read error'})`);
  }
}

export const verifyCommand: CommandModule = {
  name: 'verify',
  register(program, io, done) {
    program
      .command('verify')
      .description('离线校验归档文件 .o75.zip / verify an .o75.zip archive offline')
      .argument('<archive>', '归档文件 / archive file')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .option('--format <format>', 'text（默认）或 json / text (default) or json', 'text')
      .action(async (path: string, opts: { lang?: string; format: string }) => {
        const locale = localeOption(opts.lang);
        if (opts.format !== 'text' && opts.format !== 'json') throw new CliUsageError(`--format 只能是 text 或 json，而不是 ${opts.format}`, `--format must be text or json, not ${opts.format}`);
        const report = await verifyArchive(await readArchiveFile(path, io.cwd), { hasher: nodeSha256Hasher });
        io.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, locale));
        done(report.ok ? EXIT.ok : EXIT.findings);
      });
  },
};
