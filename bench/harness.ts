/** Shared pieces of `pnpm bench`: result shape, timing by median of rounds, and the table printer. */

/** One measured figure against a DESIGN.md target. */
export interface BenchResult {
  /** Short name, e.g. `validate daily-check (20 rows)`. */
  name: string;
  /** The figure, usually a ratio of two timings made in the same run. */
  value: number;
  /** `value` unit, e.g. `× JSON.parse`, `rows/s`. */
  unit: string;
  /** The target as text, e.g. `≤ 0.25`. */
  target: string;
  /** Whether `value` meets the target. */
  pass: boolean;
  /** Raw measurements behind the figure. */
  details?: Record<string, number | string>;
}

/** A bench module: `bench/<area>.ts` exports `run()`; `bench/run.ts` finds and runs every one. */
export type BenchModule = { run: () => Promise<BenchResult[]> };

/** Median wall time in ms of `fn` over `rounds` runs after `warmup` runs. */
export function medianMs(fn: () => void, rounds = 9, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** Async variant of `medianMs`. */
export async function medianMsAsync(fn: () => Promise<void>, rounds = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export function formatTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [r.name, `${r.value.toFixed(r.value < 10 ? 3 : 0)} ${r.unit}`, r.target, r.pass ? 'ok' : 'MISS']);
  const head = ['benchmark', 'value', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
