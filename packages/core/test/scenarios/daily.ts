/** Art. 10 daily checks, production days, calendars (holidays, make-up days, declarations, strict mode). */
import { expect } from 'vitest';
import { at, daily, na, ok, productionCalendar, riskList, riskRow, newId, removal, appoint, OFF1, change } from '../helpers/records';
import { world } from '../helpers/world';
import { drop, isDaily, isDailyFrom, isType, replace, type Scenario } from './types';

const two = [
  { siteId: 'S1', name: '一厂', weeklyPattern: [1, 2, 3, 4, 5] },
  { siteId: 'S2', name: '二厂', weeklyPattern: [1, 2, 3, 4, 5] },
];
/** The check of (S1, date) as a revision 2 created at `createdAt` (re-signed then). */
const revised = (w: ReturnType<typeof world>, date: string, createdAt: string) =>
  replace(w.records, isDaily('S1', date), (r) => ({ ...r, revision: 2, supersedes: { revision: 1, reason: '更正检查说明' }, createdAt, signatures: r.signatures?.map((s) => ({ ...s, signedAt: createdAt })) }));

export const dailyScenarios: Scenario[] = [
  {
    name: 'a missing daily check on one production day',
    world: () => {
      const w = world();
      return { ...w, records: drop(w.records, isDaily('S1', '2026-03-04')) };
    },
    expect: [{ rule: 'art10.daily-missing', site: 'S1', date: '2026-03-04' }],
  },
  {
    name: 'missing checks on Friday and Monday form one run across the weekend',
    world: () => {
      const w = world();
      return { ...w, records: drop(w.records, isDaily('S1', '2026-03-06', '2026-03-09')) };
    },
    expect: [{ rule: 'art10.daily-missing', site: 'S1', period: ['2026-03-06', '2026-03-09'] }],
    check: (r) => expect(r.findings[0]?.dates).toEqual(['2026-03-06', '2026-03-09']),
  },
  {
    name: 'no check on a Saturday of a Monday–Friday site: nothing',
    world: () => {
      const w = world();
      return { ...w, records: drop(w.records, isDaily('S1', '2026-03-07')) };
    },
    expect: [],
  },
  {
    name: 'a public holiday needs no check, the make-up working Saturday does',
    world: () => {
      const w = world({ from: '2026-09-28', to: '2026-10-11', now: '2026-10-20T12:00:00+08:00' });
      return { ...w, records: drop(w.records, isDaily('S1', '2026-10-01', '2026-10-10')) };
    },
    expect: [{ rule: 'art10.daily-missing', site: 'S1', date: '2026-10-10' }],
  },
  {
    name: 'strictCalendarDays makes a Saturday a production day',
    world: () => {
      const w = world();
      return { records: drop(w.records, isDaily('S1', '2026-03-07')), options: { ...w.options, strictCalendarDays: true } };
    },
    expect: [{ rule: 'art10.daily-missing', site: 'S1', date: '2026-03-07' }],
  },
  {
    name: 'a non-production day declared in advance needs no check',
    world: () => {
      const w = world();
      const cal = productionCalendar('S1', [{ date: '2026-03-04', kind: 'non-production', reason: '设备检修' }], at('2026-03-01', '09:00'));
      return { ...w, records: [...drop(w.records, isDaily('S1', '2026-03-04')), cal] };
    },
    expect: [],
  },
  {
    name: 'a backdated non-production declaration still counts and is reported',
    world: () => {
      const w = world();
      const cal = productionCalendar('S1', [{ date: '2026-03-04', kind: 'non-production', reason: '停电' }], at('2026-03-05', '09:00'));
      return { ...w, records: [...drop(w.records, isDaily('S1', '2026-03-04')), cal] };
    },
    expect: [{ rule: 'art10.calendar-backdated', site: 'S1', date: '2026-03-04' }],
  },
  {
    name: 'strictCalendarDays ignores a backdated declaration but still reports it',
    world: () => {
      const w = world();
      const cal = productionCalendar('S1', [{ date: '2026-03-04', kind: 'non-production', reason: '停电' }], at('2026-03-05', '09:00'));
      return { records: [...drop(w.records, isDaily('S1', '2026-03-04')), cal], options: { ...w.options, strictCalendarDays: true } };
    },
    expect: [
      { rule: 'art10.calendar-backdated', site: 'S1', date: '2026-03-04' },
      { rule: 'art10.daily-missing', site: 'S1', date: '2026-03-04' },
    ],
  },
  {
    name: 'a declared production Saturday needs a check',
    world: () => {
      const w = world();
      const cal = productionCalendar('S1', [{ date: '2026-03-07', kind: 'production', reason: '赶工' }], at('2026-03-01', '09:00'));
      return { ...w, records: [...drop(w.records, isDaily('S1', '2026-03-07')), cal] };
    },
    expect: [{ rule: 'art10.daily-missing', site: 'S1', date: '2026-03-07' }],
  },
  {
    name: 'a check created two days later is late',
    world: () => {
      const w = world();
      return { ...w, records: [...drop(w.records, isDaily('S1', '2026-03-04')), daily('S1', '2026-03-04', { createdAt: at('2026-03-06', '09:00') })] };
    },
    expect: [{ rule: 'art10.daily-late', site: 'S1', date: '2026-03-04' }],
  },
  {
    name: 'a check created the next evening is on time',
    world: () => {
      const w = world();
      return { ...w, records: [...drop(w.records, isDaily('S1', '2026-03-04')), daily('S1', '2026-03-04', { createdAt: at('2026-03-05', '23:30') })] };
    },
    expect: [],
  },
  {
    name: 'a later revision without the creation of revision 1: lateness undetermined, not a finding',
    world: () => {
      const w = world();
      return { ...w, records: revised(w, '2026-03-04', at('2026-03-08', '09:00')) };
    },
    expect: [],
    check: (r) => expect(r.summary.undetermined.map((u) => u.rule)).toEqual(['art10.daily-late']),
  },
  {
    name: 'a later revision with revision 1 created late (firstCreatedAt): late',
    world: () => {
      const w = world();
      const records = revised(w, '2026-03-04', at('2026-03-08', '09:00'));
      const id = records.find(isDaily('S1', '2026-03-04'))?.id ?? '';
      return { records, options: { ...w.options, firstCreatedAt: { [id]: at('2026-03-07', '09:00') } } };
    },
    expect: [{ rule: 'art10.daily-late', site: 'S1', date: '2026-03-04' }],
  },
  {
    name: 'a check missing a daily row of the list',
    world: () => {
      const w = world();
      return { ...w, records: [...drop(w.records, isDaily('S1', '2026-03-04')), daily('S1', '2026-03-04', { items: [ok('r1')] })] };
    },
    expect: [{ rule: 'art10.checklist-incomplete', site: 'S1', date: '2026-03-04', details: { missingRows: ['r2'] } }],
  },
  {
    name: 'rows split over two checks count together, n/a counts as covered',
    world: () => {
      const w = world();
      return { ...w, records: [...drop(w.records, isDaily('S1', '2026-03-04')), daily('S1', '2026-03-04', { items: [ok('r1')] }), daily('S1', '2026-03-04', { items: [na('r2')] })] };
    },
    expect: [],
  },
  {
    name: 'a risk list revised mid-month adds a row the checks miss',
    world: () => {
      const w = world();
      const v2 = riskList('2026-03-09', [riskRow('r1'), riskRow('r2'), riskRow('r4'), riskRow('r3', 'weekly')], { id: newId(), version: 'V2' });
      return { ...w, records: [...w.records, v2] };
    },
    expect: [{ rule: 'art10.checklist-incomplete', site: 'S1', period: ['2026-03-09', '2026-03-13'], details: { missingRows: ['r4'] } }],
  },
  {
    name: 'no risk list in force: the list is missing, checks are not judged against it',
    world: () => {
      const w = world();
      return { ...w, records: drop(w.records, isType('risk-list')) };
    },
    expect: [{ rule: 'art9.risk-list-missing', period: ['2026-03-02', '2026-03-15'] }],
  },
  {
    name: 'a risk list without daily rows counts as missing',
    world: () => {
      const w = world();
      return { ...w, records: [...drop(w.records, isType('risk-list')), riskList('2023-01-01', [riskRow('r3', 'weekly')])] };
    },
    expect: [{ rule: 'art9.risk-list-missing', period: ['2026-03-02', '2026-03-15'] }],
  },
  {
    name: 'an officer removed leaves uncovered production days (no daily-missing on top)',
    world: () => {
      const w = world();
      return { ...w, records: [...drop(w.records, isDailyFrom('S1', '2026-03-10')), removal('officer', OFF1, '2026-03-10')] };
    },
    expect: [{ rule: 'art3.officer-missing', site: 'S1', period: ['2026-03-10', '2026-03-13'] }],
  },
  {
    name: 'an officer adjusted to one site leaves the other site uncovered',
    world: () => {
      const w = world({ profile: { sites: two } });
      return { ...w, records: [...w.records, change('officer', OFF1, 'adjust', '2026-03-09', { sites: ['S1'] })] };
    },
    expect: [{ rule: 'art3.officer-missing', site: 'S2', period: ['2026-03-09', '2026-03-13'] }],
  },
  {
    name: 'two sites: each needs its own check',
    world: () => {
      const w = world({ profile: { sites: two } });
      return { ...w, records: drop(w.records, isDaily('S2', '2026-03-12')) };
    },
    expect: [{ rule: 'art10.daily-missing', site: 'S2', date: '2026-03-12' }],
  },
  {
    name: 'a draft check does not count',
    world: () => {
      const w = world();
      const draft = { ...daily('S1', '2026-03-04'), status: 'draft' as const };
      return { ...w, records: [...drop(w.records, isDaily('S1', '2026-03-04')), draft] };
    },
    expect: [{ rule: 'art10.daily-missing', site: 'S1', date: '2026-03-04' }],
  },
  {
    name: 'a day not yet due is pending, not missing',
    world: () => {
      const w = world({ to: '2026-03-20' });
      return { ...w, records: drop(w.records, isDaily('S1', '2026-03-19')) };
    },
    expect: [],
    check: (r) => expect(r.summary.cadence.daily.pending.map((p) => p.unit)).toEqual(['2026-03-19', '2026-03-20']),
  },
  {
    name: 'an officer appointed mid-window for a second site',
    world: () => {
      const w = world({ profile: { sites: two } });
      const records = drop(w.records, (r) => r.recordType === 'personnel-change' && r.role === 'officer');
      return { ...w, records: [...records, appoint('officer', OFF1, '2023-01-01', { sites: ['S1'] }), appoint('officer', OFF1, '2026-03-11', { sites: ['S2'] })] };
    },
    expect: [{ rule: 'art3.officer-missing', site: 'S2', period: ['2026-03-02', '2026-03-10'] }],
  },
];
