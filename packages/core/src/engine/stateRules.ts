/**
 * Shared loops of the state rules (runs over calendar days) and the content rules (one finding per deficient version,
 * period = the days of the window on which it is in force). Out-of-scope days break runs and are not in force days.
 */
import type { Message } from '@order75/schemas';
import { type DayNumber, formatDay } from '../calendar/days';
import type { RuleId } from '../rules/catalogue';
import type { EngineContext } from './context';
import type { InForce, Series } from './documents';
import { type Finding, makeFinding } from './finding';
import { dayRunFields, newRuns, whenText } from './runs';

/** Day verdict of a state rule: fire, ok (breaks a run), or skip (not a unit). */
export type DayVerdict = 'fire' | 'ok' | 'skip';

/** Runs of calendar days on which `verdict` fires (in-scope days only). */
export function calendarDayRuns(ctx: EngineContext, verdict: (day: DayNumber) => DayVerdict): DayNumber[][] {
  const runs = newRuns<DayNumber>();
  // The days of `forEachStateDay`, as a plain loop: no closure made per call.
  if (!ctx.win) return runs.runs();
  for (let day = ctx.win.from; day <= ctx.stateTo; day++) {
    if (!ctx.scope(day).inScope) {
      runs.ok();
      continue;
    }
    const v = verdict(day);
    if (v === 'fire') runs.fire(day);
    else if (v === 'ok') runs.ok();
  }
  return runs.runs();
}

/** Findings of a state rule over calendar days. */
export function stateFindings(
  ctx: EngineContext,
  rule: RuleId,
  verdict: (day: DayNumber) => DayVerdict,
  message: (when: Message) => Message,
  extra: { site?: string; subjects?: string[]; recordIds?: (run: DayNumber[]) => string[] } = {},
): Finding[] {
  return calendarDayRuns(ctx, verdict).map((run) => {
    const fields = dayRunFields(run);
    return makeFinding(rule, {
      ...fields,
      ...(extra.site ? { site: extra.site } : {}),
      ...(extra.subjects ? { subjects: extra.subjects } : {}),
      recordIds: extra.recordIds?.(run) ?? [],
      message: message(whenText(fields)),
    });
  });
}

/** For each version of a series, the first and last due, in-scope window day it is in force (and `when` holds). */
export function versionDays<T>(ctx: EngineContext, series: Series<T>, when: (day: DayNumber) => boolean = () => true): { version: InForce<T>; from: DayNumber; to: DayNumber }[] {
  const out: { version: InForce<T>; from: DayNumber; to: DayNumber }[] = [];
  if (!ctx.win) return out;
  for (const version of series.versions) {
    let first: DayNumber | undefined;
    let last: DayNumber | undefined;
    for (let d = Math.max(version.from, ctx.win.from), end = Math.min(version.to - 1, ctx.stateTo); d <= end; d++) {
      if (!ctx.scope(d).inScope || !when(d)) continue;
      first ??= d;
      last = d;
    }
    if (first !== undefined && last !== undefined) out.push({ version, from: first, to: last });
  }
  return out;
}

/** A content finding over a version's days in force. */
export function versionFinding(rule: RuleId, recordId: string, from: DayNumber, to: DayNumber, message: (when: Message) => Message, details?: Record<string, unknown>): Finding {
  const period = { from: formatDay(from), to: formatDay(to) };
  return makeFinding(rule, { period, recordIds: [recordId], ...(details ? { details } : {}), message: message(whenText({ period })) });
}
