/**
 * The progress bar of `order75 sync` (cli-progress, drawn on stderr when it is a terminal) and the final
 * summary: pushed, unchanged, failed with reasons.
 */
import cliProgress from 'cli-progress';
import type { SyncSummary } from '@order75/adapter-kit';
import type { Locale } from '@order75/core';
import { type CliIo, say } from '../io';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A bar over `io.stderr`; silent when stderr is not a terminal (CI logs, tests). */
export function createProgress(io: CliIo, locale: Locale, isTTY = Boolean(process.stderr.isTTY)): Progress {
  if (!isTTY) return { update: () => undefined, stop: () => undefined };
  const stream = { isTTY: true, columns: process.stderr.columns, write: (chunk: string) => {
      io.stderr(chunk);
      return true;
    }, cursorTo: () => true, clearLine: () => true, moveCursor: () => true };
  const bar = new cliProgress.SingleBar(
    { format: `${say(locale, '同步', 'sync')} [{bar}] {value}/{total}`, stream: stream as unknown as NodeJS.WritableStream, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let last = 0;
  return {
    update(done, total) {
      last = done;
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (!started) return;
      // The outbox size is unknown while draining; at the end the bar shows what was done as complete.
      bar.setTotal(last);
      bar.update(last);
      bar.stop();
    },
  };
}

/** The summary lines: counts, then each failure with its reason. */
export function summaryText(s: SyncSummary, locale: Locale): string {
  const lines = [
    say(locale, `已推送 ${s.pushed} 条，未变化 ${s.unchanged} 条，失败 ${s.failed.length} 条（请求 ${s.requests} 次）`, `pushed ${s.pushed}, unchanged ${s.unchanged}, failed ${s.failed.length} (${s.requests} requests)`),
  ];
  if (s.failed.length) {
    lines.push(say(locale, '失败原因：', 'failures:'));
    for (const f of s.failed) lines.push(`  ${f.id}#${f.revision}${f.retryable ? say(locale, '（可重试）', ' (will retry)') : ''}: ${say(locale, f.error.zh, f.error.en)}`);
  }
  return `${lines.join('\n')}\n`;
}
