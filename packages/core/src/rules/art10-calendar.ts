/**
 * Art. 10 — `art10.calendar-backdated`: a non-production declaration should be recorded on or before its day; one
 * recorded later (by the creation of the calendar record's revision) still counts and is reported — also under
 * `strictCalendarDays`, which ignores declarations.
 */
import type { Message } from '@order75/schemas';
import { formatDay, tryDayNumber } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';

/** The finding message (also used by `recordLevelIssues`). */
export const calendarBackdatedMessage = (site: string, date: string, recorded: string): Message => ({
  zh: `厂区 ${site} ${date}：停产日声明于 ${recorded} 才登记，晚于该日（第十条）`,
  en: `site ${site} ${date}: the non-production declaration was recorded on ${recorded}, after the day (Art. 10)`,
});

/** Findings of this module's rules for the context. */
export function art10Calendar(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  for (const cal of ctx.set.of('production-calendar')) {
    const recorded = ctx.dayOf(cal);
    if (recorded === undefined) continue;
    const days = new Set(cal.declarations.filter((d) => d.kind === 'non-production').map((d) => tryDayNumber(d.date)));
    for (const day of [...days].sort((a, b) => a - b)) {
      if (Number.isNaN(day) || recorded <= day || !reportAnchor(ctx, day, { late: true })) continue;
      out.push(makeFinding('art10.calendar-backdated', { date: formatDay(day), site: cal.site, recordIds: [cal.id], message: calendarBackdatedMessage(cal.site, formatDay(day), formatDay(recorded)) }));
    }
  }
  return out;
}
