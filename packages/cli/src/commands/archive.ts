/**
 * `order75 archive --store … --enterprise <uscc> --from <date> --to <date> --out x.o75.zip [--people]`: builds
 * the verifiable archive of one enterprise and period from a record store. `--attachments <dir>` supplies
 * files kept outside the store, named `<alg>-<hex>` (as inside the archive) or `<hex>`; `--verifier <file>`
 * also writes the offline verify.html to hand over with it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { ArchiveBuildError, collectArchive, manifestOf, nodeSha256Hasher, packArchive, recordTypeLabel, verifyHtml } from '@order75/archive';
import { sm3Hasher } from '@order75/core';
import { CliUsageError, type CliIo, EXIT, localeOption, say } from '../io';
import { dayOption, openStoreOption, SCHEMA_OPTION, STORE_OPTION } from './archiveStoreOption';
import type { CommandModule } from './types';

interface Options {
  store?: string;
  schema?: string;
  enterprise?: string;
  from?: string;
  to?: string;
  out?: string;
  people?: boolean;
  attachments?: string;
  verifier?: string;
  lang?: string;
}

/** Reads attachment files from a folder, by either name form. */
export function folderAttachments(dir: string): (hash: string) => Promise<Uint8Array | undefined> {
  return async (hash) => {
    for (const name of [hash.replace(':', '-'), hash.slice(hash.indexOf(':') + 1)]) {
      try {
        return new Uint8Array(await readFile(join(dir, name)));
      } catch {
        // try the other name
      }
    }
    return undefined;
  };
}

const abs = (io: CliIo, path: string) => (isAbsolute(path) ? path : resolve(io.cwd, path));

export const archiveCommand: CommandModule = {
  name: 'archive',
  register(program, io, done) {
    program
      .command('archive')
      .description('生成可校验的归档文件 .o75.zip / build a verifiable .o75.zip archive of one enterprise and period')
      .option(...STORE_OPTION)
      .option(...SCHEMA_OPTION)
      .option('--enterprise <uscc>', '企业统一社会信用代码 / enterprise USCC')
      .option('--from <date>', '期间起点（含）YYYY-MM-DD / first day of the period')
      .option('--to <date>', '期间终点（含）YYYY-MM-DD / last day of the period')
      .option('--out <file>', '输出文件，如 2024.o75.zip / output file')
      .option('--people', '附带人员名册（含身份证号、手机号），仅在确有需要时使用 / add the person registry (ID numbers, phones); only when required')
      .option('--attachments <dir>', '存放附件文件的文件夹 / folder holding attachment files')
      .option('--verifier <file>', '同时写出离线校验页面 verify.html / also write the offline verifier page')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .action(async (opts: Options) => {
        const locale = localeOption(opts.lang);
        if (!opts.enterprise) throw new CliUsageError('需要 --enterprise <统一社会信用代码>', 'needs --enterprise <USCC>');
        const from = dayOption('--from', opts.from);
        const to = dayOption('--to', opts.to);
        if (!opts.out) throw new CliUsageError('需要 --out <文件>', 'needs --out <file>');
        const store = await openStoreOption(opts.store, opts.schema, io);
        try {
          const segment = await collectArchive(store, {
            enterprise: opts.enterprise,
            from,
            to,
            includePeople: opts.people === true,
            ...(opts.attachments ? { attachments: folderAttachments(abs(io, opts.attachments)) } : {}),
          });
          const bytes = await packArchive(segment, store.alg === 'sm3' ? sm3Hasher : nodeSha256Hasher);
          await writeFile(abs(io, opts.out), bytes);
          const { counts } = manifestOf(segment);
          io.stdout(say(locale,
            `已写入 ${opts.out}（${bytes.length} 字节）：${segment.events.length} 个事件（序号 ${segment.events[0]?.seq}–${segment.events[segment.events.length - 1]?.seq}），${segment.attachments.length} 个附件${segment.attachmentsNotIncluded.length ? `，${segment.attachmentsNotIncluded.length} 个附件记录库中没有、未包含` : ''}${segment.people ? `，${segment.people.length} 名人员` : ''}\n`,
            `wrote ${opts.out} (${bytes.length} bytes): ${segment.events.length} events (seq ${segment.events[0]?.seq}–${segment.events[segment.events.length - 1]?.seq}), ${segment.attachments.length} attachments${segment.attachmentsNotIncluded.length ? `, ${segment.attachmentsNotIncluded.length} not in the store and not included` : ''}${segment.people ? `, ${segment.people.length} people` : ''}\n`));
          if (opts.verifier) {
            await writeFile(abs(io, opts.verifier), await verifyHtml());
            io.stdout(say(locale, `已写入离线校验页面 ${opts.verifier}：用浏览器打开，拖入归档文件即可校验，无需联网\n`, `wrote the offline verifier ${opts.verifier}: open it in a browser and drop the archive on it; no network needed\n`));
          }
          io.stdout(say(locale, `期间 ${from} 至 ${to} 的记录：\n`, `records dated ${from} to ${to}:\n`));
          for (const [type, n] of Object.entries(counts)) io.stdout(`  ${recordTypeLabel(type)[locale === 'en' ? 'en' : 'zh']}: ${n}\n`);
          done(EXIT.ok);
        } catch (error) {
          if (!(error instanceof ArchiveBuildError)) throw error;
          io.stderr(`${say(locale, error.reason.zh, error.reason.en)}\n`);
          done(EXIT.findings);
        } finally {
          await store.close();
        }
      });
  },
};
