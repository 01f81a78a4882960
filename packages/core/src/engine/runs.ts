/**
 * Granularity (OBLIGATIONS.md): date-based rules emit one finding per maximal run of units adjacent in the rule's
 * order with the same (rule, site, subject). A unit that does not fire breaks the run; days that are not units of the
 * rule (call nothing for them) neither break a run nor belong to it.
 */
import { type DayNumber, formatDay } from '../calendar/days';
import type { CalendarMonth, IsoWeek } from '../calendar/periods';

/** Collects runs of firing units in ascending order. */
export interface Runs<U> {
  /** The unit fires: it joins the current run. */
  fire(unit: U): void;
  /** The unit does not fire: the current run ends. */
  ok(): void;
  /** The runs collected (ends the current one). */
  runs(): U[][];
}

interface RunsState<U> extends Runs<U> {
  readonly done: U[][];
  current: U[] | undefined;
}

/**
 * A new collector. An object literal with module functions, not a class instance: rules make collectors per run and
 * call them per day, and a literal's shape (and so the optimised code that uses it) outlives the run, where a class
 * instance's shape is dropped by the collector between runs and its users deoptimise.
 */
export function newRuns<U>(): Runs<U> {
  const runs: RunsState<U> = { done: [], current: undefined, fire, ok, runs: collected };
  return runs;
}

function fire<U>(this: RunsState<U>, unit: U): void {
  if (this.current) this.current.push(unit);
  else this.current = [unit];
}

function ok<U>(this: RunsState<U>): void {
  if (this.current) this.done.push(this.current);
  this.current = undefined;
}

function collected<U>(this: RunsState<U>): U[][] {
  this.ok();
  return this.done;
}

/** `date` for a one-day run, `period` + `dates` otherwise. */
export function dayRunFields(run: readonly DayNumber[]): { date?: string; period?: { from: string; to: string }; dates?: string[] } {
  const first = run[0] as DayNumber;
  const last = run[run.length - 1] as DayNumber;
  if (run.length === 1) return { date: formatDay(first) };
  return { period: { from: formatDay(first), to: formatDay(last) }, dates: run.map(formatDay) };
}

type Unit = IsoWeek | CalendarMonth;
const bounds = (u: Unit): [DayNumber, DayNumber] => ('monday' in u ? [u.monday, u.sunday] : [u.first, u.last]);

/** A week or month run: its full Monday–Sunday / first–last period, label, and the unit labels when several. */
export function unitRunFields(run: readonly Unit[]): { period: { from: string; to: string }; label: string; dates?: string[] } {
  const first = run[0] as Unit;
  const last = run[run.length - 1] as Unit;
  const period = { from: formatDay(bounds(first)[0]), to: formatDay(bounds(last)[1]) };
  if (run.length === 1) return { period, label: first.label };
  return { period, label: `${first.label}/${last.label}`, dates: run.map((u) => u.label) };
}

/** Human text of a finding's dates, for messages. */
export function whenText(f: { date?: string; period?: { from: string; to: string }; label?: string }): { zh: string; en: string } {
  if (f.label) return { zh: f.label, en: f.label };
  if (f.date) return { zh: f.date, en: f.date };
  const p = f.period as { from: string; to: string };
  return { zh: `${p.from} 至 ${p.to}`, en: `${p.from} to ${p.to}` };
}
