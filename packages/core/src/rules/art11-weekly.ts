/**
 * Art. 11 — `art11.weekly-missing`, `art11.weekly-late`: at least one review per ISO week (Monday–Sunday) →
 * 《每周工业产品质量安全排查治理报告》. A week counts when some site has a production day of it inside the window; it is
 * due at the end of Sunday + 2 days (default), which is also the deadline of the report's first signature.
 */
import type { Message, WeeklyReport } from '@order75/schemas';
import { formatDay, tryDayNumber } from '../calendar/days';
import { type IsoWeek, isoWeekByIndex, isoWeekOf } from '../calendar/periods';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';
import { newRuns, unitRunFields, whenText } from '../engine/runs';
import { firstFill, requiredSlots } from '../engine/signatures';

/** The finding message (also used by `recordLevelIssues`). */
export const weeklyMissingMessage = (when: Message): Message => ({
  zh: `${when.zh}：未见《每周工业产品质量安全排查治理报告》（第十一条）`,
  en: `${when.en}: no record of the weekly hazard review report (Art. 11)`,
});

/** The finding message (also used by `recordLevelIssues`). */
export const weeklyLateMessage = (week: string): Message => ({
  zh: `${week}：每周排查报告的排查日期晚于该周，或首个有效签名晚于周日后期限（第十一条）`,
  en: `${week}: the weekly report’s review date is after the week, or its first valid signature came after the deadline (Art. 11)`,
});

/** Weekly reports by week label. */
export function reportsByWeek(ctx: EngineContext): Map<string, WeeklyReport[]> {
  const out = new Map<string, WeeklyReport[]>();
  for (const r of ctx.set.of('weekly-report')) {
    const day = tryDayNumber(r.reviewDate);
    if (Number.isNaN(day) || day > ctx.today) continue;
    const list = out.get(r.week) ?? [];
    list.push(r);
    out.set(r.week, list);
  }
  return out;
}

/** Whether some site has an in-scope production day of the week inside the window. */
function weekCounts(ctx: EngineContext, week: IsoWeek): boolean {
  const win = ctx.win;
  if (!win) return false;
  for (let d = Math.max(week.monday, win.from); d <= Math.min(week.sunday, win.to); d++) {
    if (ctx.scope(d).inScope && ctx.sites.some((s) => ctx.production(s, d))) return true;
  }
  return false;
}

/** Findings of this module's rules for the context. */
export function art11Weekly(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const win = ctx.win;
  if (!win) return out;
  const grace = ctx.opts.deadlines.weeklySignatureDays;
  const reports = reportsByWeek(ctx);
  const runs = newRuns<IsoWeek>();
  for (let i = isoWeekOf(win.from).index; i <= isoWeekOf(win.to).index; i++) {
    const week = isoWeekByIndex(i);
    if (!weekCounts(ctx, week)) continue;
    const list = reports.get(week.label);
    const due = week.sunday + grace <= ctx.lastComplete;
    if (!list) {
      if (due) {
        ctx.notes.weekly.expected++;
        runs.fire(week);
      } else {
        ctx.notes.weekly.pending.push({ unit: week.label, dueAfter: formatDay(week.sunday + grace) });
        runs.ok();
      }
      continue;
    }
    runs.ok();
    if (due) ctx.notes.weekly.expected++;
    ctx.notes.weekly.done++;
    const deadline = ctx.endOfDay(week.sunday + grace);
    const onTime = list.some((r) => {
      if (tryDayNumber(r.reviewDate) > week.sunday) return false;
      const fills = requiredSlots(ctx, r).map((s) => firstFill(ctx, r, s)).filter((f) => f !== undefined);
      const first = Math.min(...fills.map((f) => f.ms));
      return fills.length === 0 || first <= deadline;
    });
    if (!onTime) {
      ctx.notes.weekly.late++;
      out.push(makeFinding('art11.weekly-late', { period: { from: formatDay(week.monday), to: formatDay(week.sunday) }, label: week.label, recordIds: list.map((r) => r.id), message: weeklyLateMessage(week.label) }));
    }
  }
  for (const run of runs.runs()) {
    const fields = unitRunFields(run);
    out.push(makeFinding('art11.weekly-missing', { ...fields, recordIds: [], message: weeklyMissingMessage(whenText(fields)) }));
  }
  return out;
}
