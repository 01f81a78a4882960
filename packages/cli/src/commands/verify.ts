/**
 * `order75 verify x.o75.zip [--lang en] [--format json] [--checkpoint seq:hash …]`: verifies an archive offline
 * and prints the report. Exit 0 intact and valid, 1 tampered or invalid, 2 usage (no such file, bad option).
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { type Checkpoint, formatReport, nodeSha256Hasher, verifyArchive } from '@order75/archive';
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

/** `--checkpoint 120:sha256:<hex>`: a chain position known from an earlier archive or a published head. */
function parseCheckpoint(text: string): Checkpoint {
  const m = /^(\d+):((sha256|sm3):[0-9a-f]{64})$/.exec(text);
  if (!m) throw new CliUsageError(`--checkpoint 应为 <序号>:<哈希>，如 120:sha256:…，而不是 ${text}`, `--checkpoint must be <seq>:<hash>, e.g. 120:sha256:…, not ${text}`);
  return { seq: Number(m[1]), hash: m[2] as string };
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
      .option('--checkpoint <seq:hash...>', '已知的链位置（如上次归档的链头），链必须与之一致 / known chain positions (an earlier head) the chain must agree with')
      .action(async (path: string, opts: { lang?: string; format: string; checkpoint?: string[] }) => {
        const locale = localeOption(opts.lang);
        const checkpoints = (opts.checkpoint ?? []).map(parseCheckpoint);
        if (opts.format !== 'text' && opts.format !== 'json') throw new CliUsageError(`--format 只能是 text 或 json，而不是 ${opts.format}`, `--format must be text or json, not ${opts.format}`);
        const report = await verifyArchive(await readArchiveFile(path, io.cwd), { hasher: nodeSha256Hasher, checkpoints });
        io.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, locale));
        done(report.ok ? EXIT.ok : EXIT.findings);
      });
  },
};
