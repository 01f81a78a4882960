/**
 * Dashboard data: the engine's findings and summary, daily-check completion per site per day (for the
 * calendar heatmap), weekly and monthly status, open hazards with their age, personnel qualification and
 * Art. 5 applicability with its reasons.
 */
import {
  applicabilityOn, dayNumber, formatDay, hazardStates, isoWeekOf, monthOf, type RecordSet, siteCalendar,
} from '@order75/core';
import type { DailyCheck, EnterpriseProfile, MonthlyMeeting, WeeklyReport } from '@order75/schemas';
import type { FastifyInstance } from 'fastify';
import { localDay } from '../clock';
import { runCheck } from '../compliance';
import type { Workstation } from '../context';

/** A heatmap cell's state. */
export type DayState = 'done' | 'zero-risk' | 'hazard' | 'missed' | 'non-production' | 'pending';

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
export const PERIOD_QUERY = { type: 'object', properties: { from: DATE, to: DATE }, additionalProperties: false };

/** The default window: three months back to today. */
export function defaultWindow(ws: Workstation): { from: string; to: string } {
  const today = localDay(ws.now());
  return { from: formatDay(today - 91), to: formatDay(today) };
}

/** Per site and day from `from` to `to`: what the daily checks show. */
export function heatmap(set: RecordSet, from: string, to: string, today: number) {
  const calendar = siteCalendar(set);
  const checks = new Map<string, DailyCheck[]>();
  for (const c of set.of('daily-check')) {
    const key = `${c.site}|${c.date}`;
    checks.set(key, [...(checks.get(key) ?? []), c]);
  }
  const cells: { site: string; date: string; state: DayState; recordIds: string[] }[] = [];
  const end = Math.min(dayNumber(to), today);
  for (const site of calendar.sites()) {
    for (let d = dayNumber(from); d <= end; d++) {
      const date = formatDay(d);
      const found = checks.get(`${site}|${date}`) ?? [];
      let state: DayState;
      if (found.some((c) => c.items.some((i) => i.result === 'hazard'))) state = 'hazard';
      else if (found.some((c) => c.zeroRisk)) state = 'zero-risk';
      else if (found.length > 0) state = 'done';
      else if (!calendar.isProductionDay(site, d)) state = 'non-production';
      // Entry is due by the end of the next day (the engine's default), so yesterday is still pending today.
      else if (d >= today - 1) state = 'pending';
      else state = 'missed';
      cells.push({ site, date, state, recordIds: found.map((c) => c.id) });
    }
  }
  return { from, to: formatDay(end), cells };
}

function firstSignature(r: { signatures?: { signedAt: string }[] }): string | undefined {
  return r.signatures?.map((s) => s.signedAt).sort()[0];
}

/** ISO weeks of the window with their report, its review date and lateness. */
export function weeklyStatus(set: RecordSet, from: string, to: string, today: number) {
  const reports = new Map<string, WeeklyReport[]>();
  for (const w of set.of('weekly-report')) reports.set(w.week, [...(reports.get(w.week) ?? []), w]);
  const out = [];
  for (let week = isoWeekOf(dayNumber(from)); week.monday <= dayNumber(to); week = isoWeekOf(week.sunday + 1)) {
    const list = reports.get(week.label) ?? [];
    const report = list[0];
    const deadline = week.sunday + 2;
    const signed = report ? firstSignature(report) : undefined;
    const late = report ? dayNumber(report.reviewDate) > week.sunday || (signed !== undefined && signed.slice(0, 10) > formatDay(deadline)) : false;
    const status = report ? (late ? 'late' : 'done') : today <= deadline ? 'pending' : 'missing';
    out.push({ week: week.label, monday: formatDay(week.monday), sunday: formatDay(week.sunday), status, recordId: report?.id, reviewDate: report?.reviewDate, signed: Boolean(signed) });
  }
  return out;
}

/** Months of the window with their meeting. */
export function monthlyStatus(set: RecordSet, from: string, to: string, today: number) {
  const meetings = new Map<string, MonthlyMeeting>();
  for (const m of set.of('monthly-meeting')) meetings.set(m.month ?? m.meetingDate.slice(0, 7), m);
  const out = [];
  for (let month = monthOf(dayNumber(from)); month.first <= dayNumber(to); month = monthOf(month.last + 1)) {
    const meeting = meetings.get(month.label);
    const late = meeting ? dayNumber(meeting.meetingDate) > month.last : false;
    const status = meeting ? (late ? 'late' : 'done') : today <= month.last ? 'pending' : 'missing';
    out.push({ month: month.label, status, recordId: meeting?.id, meetingDate: meeting?.meetingDate, signed: Boolean(meeting && firstSignature(meeting)) });
  }
  return out;
}

export function dashboardRoutes(app: FastifyInstance, ws: Workstation): void {
  app.get('/api/dashboard', { schema: { querystring: PERIOD_QUERY } }, async (request) => {
    const q = request.query as { from?: string; to?: string };
    const win = { ...defaultWindow(ws), ...q };
    const { set, result } = await runCheck(ws, win.from, win.to);
    const today = localDay(ws.now());
    const profile = set.of('enterprise-profile').at(-1) as EnterpriseProfile | undefined;
    const hazards = hazardStates(set, ws.now())
      .filter((h) => h.open)
      .map((h) => ({ hazardId: h.hazardId, site: h.site, foundOn: h.foundOn, ageDays: h.ageDays, status: h.status, finding: h.finding, fixDeadline: h.fixDeadline, recordIds: h.recordIds }));
    return {
      today: formatDay(today),
      week: isoWeekOf(today).label,
      month: monthOf(today).label,
      window: win,
      enterprise: { uscc: ws.enterprise, name: profile?.name, sites: profile?.sites.map((s) => ({ siteId: s.siteId, name: s.name, weeklyPattern: s.weeklyPattern })) ?? [] },
      heatmap: heatmap(set, win.from, win.to, today),
      weeks: weeklyStatus(set, win.from, win.to, today),
      months: monthlyStatus(set, win.from, win.to, today),
      hazards,
      personnel: result.summary.personnel,
      applicability: applicabilityOn(set, today),
      findings: result.findings,
      summary: {
        counts: result.summary.counts,
        cadence: result.summary.cadence,
        hazards: { found: result.summary.hazards.found, closed: result.summary.hazards.closed, open: result.summary.hazards.open },
        exposure: result.summary.exposure,
        notes: result.summary.notes,
      },
    };
  });
}

