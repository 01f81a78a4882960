/**
 * Art. 12 — `art12.monthly-missing`, `art12.monthly-late`, `art12.principal-absent`: the principal hears the
 * director's report at least once a month → 《每月工业产品质量安全调度会议纪要》. A meeting counts for the month in its
 * `month` field, else the month of its meeting date; it is due at the month's last day + grace (default 0).
 */
import type { Message, MonthlyMeeting } from '@order75/schemas';
import { formatDay, tryDayNumber } from '../calendar/days';
import { type CalendarMonth, monthByIndex, monthOf } from '../calendar/periods';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';
import { newRuns, unitRunFields, whenText } from '../engine/runs';

/** The finding message (also used by `recordLevelIssues`). */
export const monthlyMissingMessage = (when: Message): Message => ({
  zh: `${when.zh}：未见《每月工业产品质量安全调度会议纪要》（第十二条）`,
  en: `${when.en}: no record of the monthly scheduling meeting minutes (Art. 12)`,
});
/** The finding message (also used by `recordLevelIssues`). */
export const monthlyLateMessage = (month: string, held: string): Message => ({
  zh: `${month}：调度会议于 ${held} 召开，晚于该月（第十二条）`,
  en: `${month}: the scheduling meeting was held ${held}, after the month (Art. 12)`,
});
/** The finding message (also used by `recordLevelIssues`). */
export const principalAbsentMessage = (date: string): Message => ({
  zh: `${date} 调度会议：主持人和参会人员中未见当日担任主要负责人的人员（第十二条）`,
  en: `${date} scheduling meeting: no record of a person holding principal on that day as chair or attendee (Art. 12)`,
});

/** The month label a meeting counts for. */
export const meetingMonth = (m: MonthlyMeeting) => m.month ?? m.meetingDate.slice(0, 7);

/** Findings of this module's rules for the context. */
export function art12Monthly(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const meetings = ctx.set.of('monthly-meeting').filter((m) => tryDayNumber(m.meetingDate) <= ctx.today);
  for (const m of meetings) {
    const day = tryDayNumber(m.meetingDate);
    const people = [m.chair, ...m.attendees].map((p) => p.personId);
    if (people.some((p) => ctx.personnel.holds(p, 'principal', day)) || !reportAnchor(ctx, day)) continue;
    out.push(makeFinding('art12.principal-absent', { date: m.meetingDate, recordIds: [m.id], message: principalAbsentMessage(m.meetingDate) }));
  }
  const win = ctx.win;
  if (!win) return out;
  const byMonth = new Map<string, MonthlyMeeting[]>();
  for (const m of meetings) byMonth.set(meetingMonth(m), [...(byMonth.get(meetingMonth(m)) ?? []), m]);
  const grace = ctx.opts.deadlines.monthlyGraceDays;
  const runs = newRuns<CalendarMonth>();
  for (let i = monthOf(win.from).index; i <= monthOf(win.to).index; i++) {
    const month = monthByIndex(i);
    let counts = false;
    for (let d = Math.max(month.first, win.from); d <= Math.min(month.last, win.to) && !counts; d++) counts = ctx.scope(d).inScope;
    if (!counts) continue;
    const list = byMonth.get(month.label);
    const due = month.last + grace <= ctx.lastComplete;
    if (!list) {
      if (due) {
        ctx.notes.monthly.expected++;
        runs.fire(month);
      } else {
        ctx.notes.monthly.pending.push({ unit: month.label, dueAfter: formatDay(month.last + grace) });
        runs.ok();
      }
      continue;
    }
    runs.ok();
    if (due) ctx.notes.monthly.expected++;
    ctx.notes.monthly.done++;
    const held = list.map((m) => tryDayNumber(m.meetingDate)).sort((a, b) => a - b)[0] as number;
    if (held > month.last + grace) {
      ctx.notes.monthly.late++;
      out.push(makeFinding('art12.monthly-late', { period: { from: formatDay(month.first), to: formatDay(month.last) }, label: month.label, recordIds: list.map((m) => m.id), message: monthlyLateMessage(month.label, formatDay(held)) }));
    }
  }
  for (const run of runs.runs()) {
    const fields = unitRunFields(run);
    out.push(makeFinding('art12.monthly-missing', { ...fields, recordIds: [], message: monthlyMissingMessage(whenText(fields)) }));
  }
  return out;
}
