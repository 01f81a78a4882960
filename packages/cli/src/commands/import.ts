/**
 * `order75 import x.o75.zip --store …`: verifies the archive and imports its records in one transaction;
 * anything wrong and nothing is written. Exit 0 imported (or already present), 1 refused, 2 usage.
 */
import { ArchiveImportError, importArchive, nodeSha256Hasher } from '@order75/archive';
import { EXIT, localeOption, say } from '../io';
import { openStoreOption, SCHEMA_OPTION, STORE_OPTION } from './archiveStoreOption';
import type { CommandModule } from './types';
import { readArchiveFile } from './verify';

export const importCommand: CommandModule = {
  name: 'import',
  register(program, io, done) {
    program
      .command('import')
      .description('校验并导入归档文件（全部成功或全部不导入）/ verify and import an archive (all or nothing)')
      .argument('<archive>', '归档文件 / archive file')
      .option(...STORE_OPTION)
      .option(...SCHEMA_OPTION)
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .option('--format <format>', 'text（默认）或 json / text (default) or json', 'text')
      .action(async (path: string, opts: { store?: string; schema?: string; lang?: string; format: string }) => {
        const locale = localeOption(opts.lang);
        const bytes = await readArchiveFile(path, io.cwd);
        const store = await openStoreOption(opts.store, opts.schema, io);
        try {
          const result = await importArchive(bytes, store, { hasher: nodeSha256Hasher });
          if (opts.format === 'json') {
            const { report: _r, ...rest } = result;
            io.stdout(`${JSON.stringify(rest, null, 2)}\n`);
          } else {
            io.stdout(say(locale,
              `已导入 ${result.imported.length} 个修订版，${result.skipped.length} 个已存在而跳过；来源 ${result.origin.enterprise} 链序号 ${result.origin.anchor.seq}–${result.origin.head.seq}，链头 ${result.origin.head.hash}\n`,
              `imported ${result.imported.length} revisions, skipped ${result.skipped.length} already present; origin ${result.origin.enterprise} chain seq ${result.origin.anchor.seq}–${result.origin.head.seq}, head ${result.origin.head.hash}\n`));
            if (result.keys.length) {
              io.stdout(say(locale, `归档携带 ${result.keys.length} 个公钥（${result.keys.map((k) => `${k.personId} ${k.keyId}`).join('，')}）；如需再次导出后核验签名，请在人员名册中登记。\n`,
                `the archive carries ${result.keys.length} public keys (${result.keys.map((k) => `${k.personId} ${k.keyId}`).join(', ')}); register them in the person registry to re-verify signatures after a later export.\n`));
            }
          }
          done(EXIT.ok);
        } catch (error) {
          if (!(error instanceof ArchiveImportError)) throw error;
          if (opts.format === 'json') io.stdout(`${JSON.stringify({ refused: error.reason, issues: error.issues }, null, 2)}\n`);
          else {
            io.stderr(`${say(locale, error.reason.zh, error.reason.en)}\n`);
            for (const issue of error.issues) io.stderr(`  ✘ ${say(locale, issue.message.zh, issue.message.en)}\n`);
          }
          done(EXIT.findings);
        } finally {
          await store.close();
        }
      });
  },
};
