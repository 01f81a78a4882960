import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyCheckFor } from '../fixtures';
import { type Session, type TestWorkstation, testWorkstation, TODAY } from '../harness';

let t: TestWorkstation;
let viewer: Session;
beforeAll(async () => {
  t = await testWorkstation();
  viewer = await t.login('viewer');
});
afterAll(() => t.close());

type Cell = { site: string; date: string; state: string; recordIds: string[] };

describe('GET /api/dashboard', () => {
  it('shows the seeded story: a missed day, a late weekly report, an unanswered veto, an open hazard, pending today', async () => {
    const res = await t.app.inject({ url: '/api/dashboard', headers: viewer.headers });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ today: TODAY, week: '2026-W48', month: '2026-11', enterprise: { name: '福建闽江电线电缆有限公司', uscc: '91350100M000100Y43' } });
    expect(d.enterprise.sites.map((s: { name: string }) => s.name)).toEqual(['马尾厂区', '长乐厂区']);
    const cells = d.heatmap.cells as Cell[];
    const states = new Set(cells.map((c) => c.state));
    for (const s of ['zero-risk', 'hazard', 'missed', 'non-production', 'pending']) expect(states).toContain(s);
    expect(cells.filter((c) => c.state === 'missed')).toHaveLength(1);
    expect(cells.filter((c) => c.date === TODAY).every((c) => c.state === 'pending')).toBe(true);
    expect(cells.filter((c) => c.state === 'hazard').every((c) => c.recordIds.length > 0)).toBe(true);
    expect(d.weeks.filter((w: { status: string }) => w.status === 'late')).toHaveLength(1);
    expect(d.weeks.at(-1)).toMatchObject({ week: '2026-W48', status: 'pending' });
    expect(d.months.at(-1)).toMatchObject({ month: '2026-11', status: 'pending' });
    const rules = d.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['art10.daily-missing', 'art11.weekly-late', 'art4.veto-unanswered']));
    for (const f of d.findings) expect(f.message.zh && f.message.en).toBeTruthy();
    expect(d.hazards.length).toBeGreaterThan(0);
    expect(d.hazards[0]).toMatchObject({ hazardId: expect.any(String), ageDays: expect.any(Number), site: 'S01' });
    expect(d.applicability).toMatchObject({ inScope: true, requiresDirector: true });
    expect(d.applicability.reasons.length).toBeGreaterThan(0);
    expect(d.personnel.map((p: { roles: string[] }) => p.roles.join())).toEqual(expect.arrayContaining(['director', 'officer']));
    expect(d.summary.counts.violation).toBeGreaterThan(0);
  });

  it('reflects a new check with a hazard the same day', async () => {
    const officer = await t.login('officer-changle');
    const record = await dailyCheckFor(t, officer, 'S02', { hazard: true });
    expect((await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: record })).statusCode).toBe(201);
    const d = (await t.app.inject({ url: '/api/dashboard', headers: viewer.headers })).json();
    expect((d.heatmap.cells as Cell[]).find((c) => c.site === 'S02' && c.date === TODAY)).toMatchObject({ state: 'hazard', recordIds: [record.id] });
    expect(d.hazards.map((h: { hazardId: string }) => h.hazardId)).toContain(`H20261125-S02-T1`);
  });

  it('takes a window and refuses malformed dates', async () => {
    const d = (await t.app.inject({ url: '/api/dashboard?from=2026-11-01&to=2026-11-25', headers: viewer.headers })).json();
    expect(d.heatmap.from).toBe('2026-11-01');
    expect(d.weeks[0].week).toBe('2026-W44');
    expect((await t.app.inject({ url: '/api/dashboard?from=yesterday', headers: viewer.headers })).statusCode).toBe(400);
  });
});

describe('GET /api/tasks and drafts', () => {
  it('gives the officer today’s check for their site only, with the risk list in force', async () => {
    const s = await t.login('officer-mawei');
    const tasks = (await t.app.inject({ url: '/api/tasks', headers: s.headers })).json();
    expect(tasks).toMatchObject({ landing: '/daily', today: TODAY, me: { personId: 'E0003' } });
    expect(tasks.daily.map((d: { siteId: string }) => d.siteId)).toEqual(['S01']);
    expect(tasks.daily[0].production).toBe(true);
    expect(tasks.riskLists[0].rows.some((r: { cadence: string }) => r.cadence === 'daily')).toBe(true);
    expect(tasks.weekly.draft).toBeUndefined();
  });

  it('gives the director this week’s draft listing the week’s unreviewed hazards', async () => {
    const s = await t.login('director');
    const tasks = (await t.app.inject({ url: '/api/tasks', headers: s.headers })).json();
    expect(tasks.landing).toBe('/weekly');
    expect(tasks.weekly.draft).toMatchObject({ recordType: 'weekly-report', week: '2026-W48', status: 'draft', reviewDate: TODAY });
    expect(tasks.weekly.draft.hazards.map((h: { hazardId: string }) => h.hazardId)).toContain('H20261125-S02-T1');
  });

  it('gives the principal the unanswered veto and this month’s meeting draft', async () => {
    const s = await t.login('principal');
    const tasks = (await t.app.inject({ url: '/api/tasks', headers: s.headers })).json();
    expect(tasks.landing).toBe('/principal');
    expect(tasks.vetoes).toHaveLength(1);
    expect(tasks.vetoes[0]).toMatchObject({ kind: 'veto', proposerRole: 'director' });
    expect(tasks.monthly.draft).toMatchObject({ recordType: 'monthly-meeting', month: '2026-11', status: 'draft' });
  });

  it('serves weekly and monthly drafts for any period; 400 for a malformed one', async () => {
    const w = await t.app.inject({ url: '/api/drafts/weekly/2026-W46', headers: viewer.headers });
    expect(w.json()).toMatchObject({ recordType: 'weekly-report', week: '2026-W46' });
    const m = await t.app.inject({ url: '/api/drafts/monthly/2026-10', headers: viewer.headers });
    expect(m.json()).toMatchObject({ recordType: 'monthly-meeting', month: '2026-10' });
    expect((await t.app.inject({ url: '/api/drafts/weekly/2026-46', headers: viewer.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/drafts/monthly/2026-13', headers: viewer.headers })).statusCode).toBe(400);
  });
});
