/**
 * Art. 10 — `art10.hazard-no-measure`, `art10.hazard-measure-late`, `art10.hazard-unreported`,
 * `art10.hazard-report-late`: a hazard found on a daily check gets an immediate measure and a prompt report to a person
 * holding director or principal at the report time (default deadline for both: end of the check's day). A daily row's
 * report needs its recipient and time; a `reported` hazard update counts when its handler holds director or principal.
 */
import type { Message } from '@order75/schemas';
import { type DayNumber, formatDay } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';
import { formatLocal } from '../engine/format';
import type { HazardEvent, HazardState } from '../hazards/hazardStates';

/** The finding message (also used by `recordLevelIssues`). */
export const hazardNoMeasureMessage = (hazardId: string, found: string): Message => ({
  zh: `隐患 ${hazardId}（${found} 发现）：未见立即采取的防范措施记录（第十条）`,
  en: `hazard ${hazardId} (found ${found}): no record of an immediate measure (Art. 10)`,
});
/** The finding message (also used by `recordLevelIssues`). */
export const hazardMeasureLateMessage = (hazardId: string, found: string, when: string): Message => ({
  zh: `隐患 ${hazardId}（${found} 发现）：防范措施时间 ${when} 晚于期限（第十条）`,
  en: `hazard ${hazardId} (found ${found}): the measure (${when}) came after the deadline (Art. 10)`,
});
/** The finding message (also used by `recordLevelIssues`). */
export const hazardUnreportedMessage = (hazardId: string, found: string): Message => ({
  zh: `隐患 ${hazardId}（${found} 发现）：未见向质量安全总监或主要负责人上报的记录（含上报对象和时间）（第十条）`,
  en: `hazard ${hazardId} (found ${found}): no record of a report, with recipient and time, to the director or the principal (Art. 10)`,
});
/** The finding message (also used by `recordLevelIssues`). */
export const hazardReportLateMessage = (hazardId: string, found: string, when: string): Message => ({
  zh: `隐患 ${hazardId}（${found} 发现）：上报时间 ${when} 晚于期限（第十条）`,
  en: `hazard ${hazardId} (found ${found}): reported ${when}, after the deadline (Art. 10)`,
});

const sortKey = (ctx: EngineContext, e: HazardEvent) => (Number.isNaN(e.ms) ? ctx.tz.startOfDay(e.day) : e.ms);
const earliest = (ctx: EngineContext, events: readonly HazardEvent[]) =>
  [...events].sort((a, b) => sortKey(ctx, a) - sortKey(ctx, b))[0];
const isLate = (e: HazardEvent, deadlineDay: DayNumber, deadlineMs: number) => (Number.isNaN(e.ms) ? e.day > deadlineDay : e.ms > deadlineMs);
const eventTime = (ctx: EngineContext, e: HazardEvent) => (Number.isNaN(e.ms) ? e.date : formatLocal(ctx.tz, e.ms));

/** Whether the person holds director or principal on the day. */
const seniorOn = (ctx: EngineContext, personId: string | undefined, day: DayNumber) =>
  personId !== undefined && (ctx.personnel.holds(personId, 'director', day) || ctx.personnel.holds(personId, 'principal', day));

/** Reports that count: a daily row's with recipient and time, or a `reported` update by a director or principal. */
export const validReports = (ctx: EngineContext, h: HazardState) =>
  h.reports.filter((r) => (r.source === 'daily-check' ? !Number.isNaN(r.ms) && seniorOn(ctx, r.to?.personId, r.day) : seniorOn(ctx, r.by?.personId, r.day)));

/** Hazards found on a daily check on a production day of its site (the ones Art. 10 and 11 rules speak of). */
export function dailyHazards(ctx: EngineContext): (HazardState & { foundDay: DayNumber; site: string; foundRecordId: string })[] {
  return [...ctx.hazards.values()].filter(
    (h): h is HazardState & { foundDay: DayNumber; site: string; foundRecordId: string } =>
      h.foundRecordId !== undefined && h.foundDay !== undefined && h.site !== undefined && ctx.production(h.site, h.foundDay),
  );
}

/** Findings of this module's rules for the context. */
export function art10Hazard(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const { hazardMeasureDays, hazardReportDays } = ctx.opts.deadlines;
  for (const h of dailyHazards(ctx)) {
    const f = h.foundDay;
    const found = formatDay(f);
    const base = { date: found, site: h.site, hazardId: h.hazardId, recordIds: [h.foundRecordId] };
    const measure = earliest(ctx, h.measures);
    if (!measure) {
      if (f + hazardMeasureDays <= ctx.lastComplete && reportAnchor(ctx, f)) out.push(makeFinding('art10.hazard-no-measure', { ...base, message: hazardNoMeasureMessage(h.hazardId, found) }));
    } else if (isLate(measure, f + hazardMeasureDays, ctx.endOfDay(f + hazardMeasureDays)) && reportAnchor(ctx, f, { late: true })) {
      out.push(makeFinding('art10.hazard-measure-late', { ...base, recordIds: [h.foundRecordId, measure.recordId], message: hazardMeasureLateMessage(h.hazardId, found, eventTime(ctx, measure)) }));
    }
    const report = earliest(ctx, validReports(ctx, h));
    if (!report) {
      if (f + hazardReportDays <= ctx.lastComplete && reportAnchor(ctx, f)) out.push(makeFinding('art10.hazard-unreported', { ...base, message: hazardUnreportedMessage(h.hazardId, found) }));
    } else if (isLate(report, f + hazardReportDays, ctx.endOfDay(f + hazardReportDays)) && reportAnchor(ctx, f, { late: true })) {
      out.push(makeFinding('art10.hazard-report-late', { ...base, recordIds: [h.foundRecordId, report.recordId], message: hazardReportLateMessage(h.hazardId, found, eventTime(ctx, report)) }));
    }
  }
  return out;
}
