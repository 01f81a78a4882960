/** Options of `generateDataset` and their defaults. */
import type { RiskListCategoryKey } from '@order75/core';

export interface DatasetOptions {
  /** Seed of every random draw: the same options give the same records, byte for byte. */
  seed: string | number;
  /** Number of production sites (1–100); default 2. */
  sites?: number;
  /** First day (local); default `2023-05-05`, the day Order 75 took effect. */
  from?: string;
  /** Last day (local, inclusive); default `from` + 1 year − 1 day. */
  to?: string;
  /** Share of daily checks, weekly reports and monthly meetings never recorded; default 0.02. */
  missRate?: number;
  /** Chance that a daily check finds a hazard; default 0.05. */
  hazardRate?: number;
  /** Share of entries made late (daily entries, hazard reports, weekly reviews, meetings, fixes, answers); default 0.05. */
  lateRate?: number;
  /** Risk-list template of the enterprise's products; default `wire-cable`. */
  category?: RiskListCategoryKey;
  /** Enterprise USCC; default a valid code of a 福州 company. */
  enterprise?: string;
  /** Enterprise name; default 福州闽江示例线缆有限公司. */
  name?: string;
  /** Chance per site and year that the officer is replaced; default 0.15. */
  replacementRate?: number;
  /** Opinions (advice or veto) per year; default 2. */
  opinionsPerYear?: number;
  /** Add role signatures with real content hashes (method `drawn`); default true. */
  sign?: boolean;
}

export type ResolvedOptions = Required<DatasetOptions>;

/** Fills in defaults and checks ranges (throws `RangeError` on nonsense, a programmer error). */
export function resolveOptions(options: DatasetOptions): ResolvedOptions {
  const from = options.from ?? '2023-05-05';
  const year = Number(from.slice(0, 4));
  const to = options.to ?? `${year + 1}${from.slice(4)}`;
  const resolved: ResolvedOptions = {
    seed: options.seed,
    sites: options.sites ?? 2,
    from,
    to,
    missRate: options.missRate ?? 0.02,
    hazardRate: options.hazardRate ?? 0.05,
    lateRate: options.lateRate ?? 0.05,
    category: options.category ?? 'wire-cable',
    enterprise: options.enterprise ?? '91350100M000100Y43',
    name: options.name ?? '福州闽江示例线缆有限公司',
    replacementRate: options.replacementRate ?? 0.15,
    opinionsPerYear: options.opinionsPerYear ?? 2,
    sign: options.sign ?? true,
  };
  if (!Number.isInteger(resolved.sites) || resolved.sites < 1 || resolved.sites > 100) throw new RangeError('sites must be 1-100');
  for (const k of ['missRate', 'hazardRate', 'lateRate', 'replacementRate'] as const) {
    if (!(resolved[k] >= 0 && resolved[k] <= 1)) throw new RangeError(`${k} must be between 0 and 1`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(resolved.from) || !/^\d{4}-\d{2}-\d{2}$/.test(resolved.to) || resolved.to < resolved.from) {
    throw new RangeError('from and to must be YYYY-MM-DD with from <= to');
  }
  return resolved;
}
