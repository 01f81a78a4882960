/** Scenario tables: a small dataset, options, and the exact findings expected (rule, date or period, site, subject). */
import type { AnyRecord } from '@order75/schemas';
import type { CheckResult } from '../../src/engine/checkCompliance';
import type { CheckOptions } from '../../src/engine/options';
import type { RuleId } from '../../src/rules/catalogue';

export interface Expected {
  readonly rule: RuleId;
  readonly date?: string;
  readonly period?: readonly [string, string];
  readonly label?: string;
  readonly site?: string;
  readonly subjects?: readonly string[];
  readonly hazardId?: string;
  /** Compared with `toMatchObject` against the finding's details. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface Scenario {
  readonly name: string;
  readonly world: () => { records: AnyRecord[]; options: CheckOptions };
  readonly expect: readonly Expected[];
  /** Further assertions on the result (summary etc.). */
  readonly check?: (result: CheckResult) => void;
}

type Pred = (r: AnyRecord) => boolean;
export const drop = (records: AnyRecord[], ...preds: Pred[]) => records.filter((r) => !preds.some((p) => p(r)));
export const replace = <T extends AnyRecord>(records: AnyRecord[], pred: (r: AnyRecord) => r is T, fn: (r: T) => AnyRecord) => records.map((r) => (pred(r) ? fn(r) : r));
export const isDaily = (site: string, ...dates: string[]) => (r: AnyRecord): r is Extract<AnyRecord, { recordType: 'daily-check' }> => r.recordType === 'daily-check' && r.site === site && dates.includes(r.date);
export const isDailyFrom = (site: string, from: string) => (r: AnyRecord) => r.recordType === 'daily-check' && r.site === site && r.date >= from;
export const isWeekly = (...weeks: string[]) => (r: AnyRecord): r is Extract<AnyRecord, { recordType: 'weekly-report' }> => r.recordType === 'weekly-report' && weeks.includes(r.week);
export const isMonthly = (...months: string[]) => (r: AnyRecord): r is Extract<AnyRecord, { recordType: 'monthly-meeting' }> => r.recordType === 'monthly-meeting' && months.includes(r.month ?? '');
export const isType = (type: AnyRecord['recordType']) => (r: AnyRecord) => r.recordType === type;
export const isChange = (role: string, personId: string) => (r: AnyRecord) => r.recordType === 'personnel-change' && r.role === role && r.person.personId === personId;
/** A copy without some keys (for optional fields the builders fill). */
export function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const k of keys) delete copy[k];
  return copy;
}
