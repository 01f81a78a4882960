/** Shared pieces of `pnpm bench`: result shape, timing by median of rounds, the table printer, bench records. */
import type { AnyRecord } from '@order75/schemas';

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

/** A realistic daily check: 20 rows, Chinese text, one hazard in five records. */
export function benchDailyCheck(i: number): AnyRecord {
  const day = String((i % 28) + 1).padStart(2, '0');
  const items = Array.from({ length: 20 }, (_, r) => {
    const row: Record<string, unknown> = { rowId: `R${String(r + 1).padStart(2, '0')}`, result: r === 7 && i % 5 === 0 ? 'hazard' : 'ok' };
    if (row.result === 'hazard') {
      Object.assign(row, {
        hazardId: `H-2026${day}-${i}`,
        finding: '成品绝缘层厚度最薄点低于标称值的 90%，疑似挤出机温控波动',
        measure: '立即隔离该批次，复测并调整三区温度',
        measureAt: `2026-11-${day}T09:40:00+08:00`,
        reportedTo: { personId: 'P002', name: '陈晓梅' },
        reportedAt: `2026-11-${day}T09:55:00+08:00`,
      });
    } else if (r % 4 === 0) row.note = '抽检 3 盘，导体电阻、绝缘厚度符合 GB/T 5023 要求';
    return row;
  });
  const hex = i.toString(16).padStart(12, '0');
  return {
    id: `0192f3a0-${hex.slice(0, 4)}-7e4f-8a9b-${hex}`,
    recordType: 'daily-check',
    schemaVersion: 1,
    revision: 1,
    status: 'final',
    enterprise: '91350100M000100Y43',
    createdAt: `2026-11-${day}T17:30:00+08:00`,
    date: `2026-11-${day}`,
    site: i % 2 ? 'mawei' : 'changle',
    riskList: { recordId: '0192f3a0-0000-7000-8000-000000000001', version: 'V3' },
    inspector: { personId: 'P003', name: '王磊' },
    checkedAt: `2026-11-${day}T09:30:00+08:00`,
    items,
    zeroRisk: !items.some((it) => it.result === 'hazard'),
  } as unknown as AnyRecord;
}
