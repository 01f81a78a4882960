/**
 * `order75 sync <adapter> --config file [--since date]`: drains the record store's outbox into the host
 * (at-least-once delivery, idempotent upsert, ack), and with `--since` first re-pushes every latest revision
 * whose record date is on or after that date (a reconciliation). Prints a progress bar and a summary; exit 1
 * when any record failed.
 */
import { syncFromOutbox, type RecordAdapter, type SyncSummary } from '@order75/adapter-kit';
import { CliUsageError, EXIT, localeOption } from '../io';
import { configFailure } from './provision';
import { loadConfig, openStore } from './syncConfig';
import { createProgress, summaryText } from './syncProgress';
import type { CommandModule } from './types';

interface Options {
  config?: string;
  since?: string;
  json?: boolean;
  lang?: string;
}

export const syncCommand: CommandModule = {
  name: 'sync',
  register(program, io, done) {
    program
      .command('sync')
      .description('把记录库中的新记录推送到目标系统 / push new records from the store to the host')
      .argument('<adapter>', '适配器名称，如 sql / adapter name, e.g. sql')
      .option('--config <file>', '适配器配置文件（JSON）/ adapter config file (JSON)')
      .option('--since <date>', '先重推该日期（含）以后的全部记录 / first re-push every record dated on or after this date')
      .option('--json', '以 JSON 输出汇总 / print the summary as JSON')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .action(async (name: string, opts: Options) => {
        const locale = localeOption(opts.lang);
        if (!opts.config) throw new CliUsageError('需要 --config <配置文件>', 'needs --config <file>');
        if (opts.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.since)) throw new CliUsageError(`--since 应为日期 YYYY-MM-DD，而不是 ${opts.since}`, `--since must be a date YYYY-MM-DD, not ${opts.since}`);
        const { config, plugin } = await loadConfig(opts.config, name, io);
        let adapter: RecordAdapter;
        try {
          adapter = plugin.create(config.options, { env: io.env, fetch: globalThis.fetch });
        } catch (error) {
          configFailure(error);
        }
        const store = await openStore(config, io);
        const progress = createProgress(io, locale);
        const total: SyncSummary = { pushed: 0, unchanged: 0, failed: [], acked: 0, rounds: 0, requests: 0 };
        const batchSize = config.batchSize ?? Math.min(adapter.describe().batchCap, 500);
        try {
          if (opts.since) {
            const records = await store.query({ from: opts.since });
            for (let i = 0; i < records.length; i += batchSize) {
              const result = await adapter.push(records.slice(i, i + batchSize));
              total.requests += result.requests;
              for (const o of result.outcomes) {
                if (o.status === 'failed') total.failed.push({ id: o.id, revision: o.revision, retryable: o.retryable, error: o.error });
                else if (o.status === 'unchanged') total.unchanged += 1;
                else total.pushed += 1;
              }
              progress.update(Math.min(i + batchSize, records.length), records.length);
            }
          }
          const before = total.pushed + total.unchanged + total.failed.length;
          for (;;) {
            const s = await syncFromOutbox(store, adapter, { consumer: config.consumer ?? plugin.name, batchSize, maxRounds: 1 });
            if (s.rounds === 0) break;
            total.pushed += s.pushed;
            total.unchanged += s.unchanged;
            total.failed.push(...s.failed);
            total.acked += s.acked;
            total.rounds += s.rounds;
            total.requests += s.requests;
            const doneCount = total.pushed + total.unchanged + total.failed.length;
            progress.update(doneCount, Math.max(doneCount, before) + batchSize);
          }
        } catch (error) {
          configFailure(error);
        } finally {
          progress.stop();
          await adapter.close?.();
          await store.close();
        }
        io.stdout(opts.json ? `${JSON.stringify(total, null, 2)}\n` : summaryText(total, locale));
        done(total.failed.length ? EXIT.findings : EXIT.ok);
      });
  },
};
