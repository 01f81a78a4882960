/** Art. 11 weekly reports (ISO weeks, week 53, month ends) and Art. 12 monthly meetings. */
import { expect } from 'vitest';
import { appoint, at, DIR, monthly, OFF1, sig, weekly } from '../helpers/records';
import { world } from '../helpers/world';
import { drop, isMonthly, isWeekly, omit, replace, type Scenario } from './types';

const feb = { from: '2026-02-02', to: '2026-03-15' };
const delegate = { personId: 'deleg', name: '陈委托' };
const pdf = { hash: `sha256:${'b'.repeat(64)}`, mediaType: 'application/pdf' };

export const cadenceScenarios: Scenario[] = [
  {
    name: 'a missing weekly report',
    world: () => {
      const w = world();
      return { ...w, records: drop(w.records, isWeekly('2026-W10')) };
    },
    expect: [{ rule: 'art11.weekly-missing', period: ['2026-03-02', '2026-03-08'], label: '2026-W10' }],
  },
  {
    name: 'two missing weeks in a row form one run',
    world: () => {
      const w = world();
      return { ...w, records: drop(w.records, isWeekly('2026-W10', '2026-W11')) };
    },
    expect: [{ rule: 'art11.weekly-missing', period: ['2026-03-02', '2026-03-15'], label: '2026-W10/2026-W11' }],
    check: (r) => expect(r.findings[0]?.dates).toEqual(['2026-W10', '2026-W11']),
  },
  {
    name: 'a weekly report reviewed after its week',
    world: () => {
      const w = world();
      return { ...w, records: [...drop(w.records, isWeekly('2026-W10')), weekly('2026-W10', '2026-03-09')] };
    },
    expect: [{ rule: 'art11.weekly-late', period: ['2026-03-02', '2026-03-08'], label: '2026-W10' }],
  },
  {
    name: 'a weekly report first signed after Sunday + 2 days',
    world: () => {
      const w = world();
      return { ...w, records: replace(w.records, isWeekly('2026-W10'), (r) => ({ ...r, signatures: [sig(0, 'director', DIR, at('2026-03-11', '09:00'))] })) };
    },
    expect: [{ rule: 'art11.weekly-late', period: ['2026-03-02', '2026-03-08'], label: '2026-W10' }],
  },
  {
    name: 'a weekly report never signed is unsigned, not late',
    world: () => {
      const w = world();
      return { ...w, records: replace(w.records, isWeekly('2026-W10'), (r) => ({ ...r, signatures: [] })) };
    },
    expect: [{ rule: 'art13.unsigned', date: '2026-03-06' }],
    check: (r) => expect(r.summary.lateSignatures).toHaveLength(1),
  },
  {
    name: 'a week spanning a month end',
    world: () => {
      const w = world({ from: '2026-03-23', to: '2026-04-05', now: '2026-04-15T12:00:00+08:00' });
      return { ...w, records: drop(w.records, isWeekly('2026-W14')) };
    },
    expect: [{ rule: 'art11.weekly-missing', period: ['2026-03-30', '2026-04-05'], label: '2026-W14' }],
  },
  {
    name: 'ISO week 53 across the year boundary, 2027 holidays unknown',
    world: () => {
      const w = world({ from: '2026-12-21', to: '2027-01-10', now: '2027-01-20T12:00:00+08:00' });
      return { ...w, records: drop(w.records, isWeekly('2026-W53')) };
    },
    expect: [{ rule: 'art11.weekly-missing', period: ['2026-12-28', '2027-01-03'], label: '2026-W53' }],
    check: (r) => expect(r.summary.calendar.unknownHolidayYears).toEqual([2027]),
  },
  {
    name: 'a week whose production days all fall before the window does not count',
    world: () => {
      const w = world({ from: '2026-03-07' });
      return { ...w, records: drop(w.records, isWeekly('2026-W10')) };
    },
    expect: [],
  },
  {
    name: 'a missing monthly meeting',
    world: () => {
      const w = world(feb);
      return { ...w, records: drop(w.records, isMonthly('2026-02')) };
    },
    expect: [{ rule: 'art12.monthly-missing', period: ['2026-02-01', '2026-02-28'], label: '2026-02' }],
  },
  {
    name: 'a monthly meeting held after the month',
    world: () => {
      const w = world(feb);
      return { ...w, records: [...drop(w.records, isMonthly('2026-02')), monthly('2026-02', '2026-03-02')] };
    },
    expect: [{ rule: 'art12.monthly-late', period: ['2026-02-01', '2026-02-28'], label: '2026-02' }],
  },
  {
    name: 'a meeting without a month field counts for the month of its date',
    world: () => {
      const w = world(feb);
      return { ...w, records: [...drop(w.records, isMonthly('2026-02')), omit(monthly('2026-02', '2026-02-27'), 'month')] };
    },
    expect: [],
  },
  {
    name: 'the principal absent from the monthly meeting',
    world: () => {
      const w = world(feb);
      return { ...w, records: replace(w.records, isMonthly('2026-02'), (r) => ({ ...r, chair: DIR, attendees: [DIR, OFF1] })) };
    },
    expect: [{ rule: 'art12.principal-absent', date: '2026-02-28' }],
  },
  {
    name: 'a delegated principal with authorisation chairs the meeting',
    world: () => {
      const w = world(feb);
      const records = replace(w.records, isMonthly('2026-02'), (r) => ({ ...r, chair: delegate, attendees: [delegate, DIR] }));
      return { ...w, records: [...records, appoint('principal', delegate, '2026-01-01', { principalBasis: 'delegate', authorisation: pdf })] };
    },
    expect: [],
  },
  {
    name: 'a delegated principal without authorisation does not count as principal',
    world: () => {
      const w = world(feb);
      const records = replace(w.records, isMonthly('2026-02'), (r) => ({ ...r, chair: delegate, attendees: [delegate, DIR] }));
      return { ...w, records: [...records, appoint('principal', delegate, '2026-01-01', { principalBasis: 'delegate' })] };
    },
    expect: [{ rule: 'art12.principal-absent', date: '2026-02-28' }],
  },
  {
    name: 'a month not yet due is pending',
    world: () => world(),
    expect: [],
    check: (r) => expect(r.summary.cadence.monthly.pending).toEqual([{ unit: '2026-03', dueAfter: '2026-03-31' }]),
  },
];
