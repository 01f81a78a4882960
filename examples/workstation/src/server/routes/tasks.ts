/**
 * What each role lands on: the officer — today's daily check per site (with the risk-list rows in force);
 * the director — this week's review with the engine's draft; the principal — vetoes awaiting an answer and
 * this month's meeting with the engine's draft. Drafts for any week or month are also served on their own.
 */
import { draftMonthlyMeeting, draftWeeklyReport, formatDay, isoWeekOf, latestFinal, monthOf, type RecordSet, siteCalendar } from '@order75/core';
import type { EnterpriseProfile, PersonRef, RiskList } from '@order75/schemas';
import type { FastifyInstance } from 'fastify';
import type { Account } from '../auth/accounts';
import { landingFor } from '../auth/plugin';
import { localDay } from '../clock';
import type { Workstation } from '../context';
import { ApiError } from '../errors';

/** The risk lists in force on a day (latest effective version per series), newest first. */
export function riskListsInForce(set: RecordSet, date: string): RiskList[] {
  const lists = set.of('risk-list').filter((l) => l.effectiveDate <= date);
  const bySeries = new Map<string, RiskList>();
  for (const l of [...lists].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1))) {
    bySeries.set(`${(l.sites ?? []).join(',')}|${(l.productCategories ?? []).join(',')}`, l);
  }
  return [...bySeries.values()];
}

function person(account: Account): PersonRef | undefined {
  return account.personId ? { personId: account.personId, name: account.displayName } : undefined;
}

/** Vetoes with no response yet, oldest first. */
export function pendingVetoes(set: RecordSet) {
  const answered = new Set(set.of('opinion-response').map((r) => r.opinion));
  return set
    .of('opinion')
    .filter((o) => o.kind === 'veto' && !answered.has(o.id))
    .sort((a, b) => (a.raisedAt < b.raisedAt ? -1 : 1));
}

export function taskRoutes(app: FastifyInstance, ws: Workstation): void {
  app.get('/api/tasks', async (request) => {
    const account = (request.session as { account: Account }).account;
    const all = await ws.records();
    const set = latestFinal(all);
    const day = localDay(ws.now());
    const today = formatDay(day);
    const week = isoWeekOf(day);
    const month = monthOf(day);
    const profile = set.of('enterprise-profile').at(-1) as EnterpriseProfile | undefined;
    const calendar = siteCalendar(set);
    const mySites = (profile?.sites ?? []).filter((s) => account.role !== 'officer' || account.sites.length === 0 || account.sites.includes(s.siteId));
    const daily = mySites.map((s) => ({
      siteId: s.siteId,
      name: s.name,
      production: calendar.isProductionDay(s.siteId, day),
      checks: set.of('daily-check').filter((c) => c.site === s.siteId && c.date === today).map((c) => ({ id: c.id, zeroRisk: c.zeroRisk, hazards: c.items.filter((i) => i.result === 'hazard').length })),
    }));
    const weekly = set.of('weekly-report').filter((w) => w.week === week.label);
    const meetings = set.of('monthly-meeting').filter((m) => (m.month ?? m.meetingDate.slice(0, 7)) === month.label);
    const drafts = all.filter((r) => r.status === 'draft' && (r.createdBy?.personId === account.personId || !account.personId)).map((r) => ({ id: r.id, recordType: r.recordType, revision: r.revision }));
    return {
      landing: landingFor(account),
      today,
      week: week.label,
      month: month.label,
      me: person(account),
      daily,
      riskLists: riskListsInForce(set, today),
      weekly: {
        reports: weekly.map((w) => ({ id: w.id, reviewDate: w.reviewDate, signed: (w.signatures ?? []).length > 0 })),
        ...(account.role === 'director' || account.role === 'principal' ? { draft: draftWeeklyReport(set, week.label, { reviewDate: today, enterprise: ws.enterprise }) } : {}),
      },
      monthly: {
        meetings: meetings.map((m) => ({ id: m.id, meetingDate: m.meetingDate, signed: (m.signatures ?? []).length > 0 })),
        ...(account.role === 'principal' || account.role === 'director' ? { draft: draftMonthlyMeeting(set, month.label, { meetingDate: today, enterprise: ws.enterprise }) } : {}),
      },
      vetoes: pendingVetoes(set),
      drafts,
    };
  });

  app.get(
    '/api/drafts/weekly/:week',
    { schema: { params: { type: 'object', properties: { week: { type: 'string', pattern: '^\\d{4}-W\\d{2}$' } }, required: ['week'], additionalProperties: false } } },
    async (request) => {
      const { week } = request.params as { week: string };
      const set = latestFinal(await ws.records());
      try {
        return draftWeeklyReport(set, week, { enterprise: ws.enterprise });
      } catch {
        throw new ApiError(400, 'bad-week', { zh: `不是有效的 ISO 周：${week}`, en: `not an ISO week: ${week}` });
      }
    },
  );

  app.get(
    '/api/drafts/monthly/:month',
    { schema: { params: { type: 'object', properties: { month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' } }, required: ['month'], additionalProperties: false } } },
    async (request) => {
      const { month } = request.params as { month: string };
      const set = latestFinal(await ws.records());
      try {
        return draftMonthlyMeeting(set, month, { enterprise: ws.enterprise });
      } catch {
        throw new ApiError(400, 'bad-month', { zh: `不是有效的月份：${month}`, en: `not a month: ${month}` });
      }
    },
  );
}
