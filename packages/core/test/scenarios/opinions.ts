/** Art. 4 vetoes, responses, recalls, major decisions; Art. 16 ¶4 opinions not adopted. */
import type { AnyRecord } from '@order75/schemas';
import { majorDecision, opinion, recall, response } from '../helpers/records';
import { world } from '../helpers/world';
import type { Scenario } from './types';

const T = '2026-03-04T10:00:00+08:00';
const add = (build: () => AnyRecord[], from?: string) => () => {
  const w = world();
  return { records: [...w.records, ...build()], options: { ...w.options, ...(from ? { from } : {}) } };
};
const veto = opinion('veto', T);
const advice = opinion('advice', T);
const confirmed = (start?: string, confirmedOn = '2026-03-05') => () => {
  const v = opinion('veto', T);
  const r = response(v.id, '2026-03-05T09:00:00+08:00', { defectConfirmed: true, defectConfirmedDate: confirmedOn });
  return [v, r, ...(start ? [recall(r.id, start)] : [])];
};
const D = '2026-03-04';

export const opinionScenarios: Scenario[] = [
  { name: 'a veto answered within 24 h', world: add(() => [veto, response(veto.id, '2026-03-05T09:00:00+08:00')]), expect: [] },
  { name: 'a veto answered 24 h and 1 minute after it was raised', world: add(() => [veto, response(veto.id, '2026-03-05T10:01:00+08:00')]), expect: [{ rule: 'art4.veto-late', date: D }] },
  {
    name: 'a veto never answered: unanswered, and the proposer has done their duty',
    world: add(() => [veto]),
    expect: [
      { rule: 'art4.veto-unanswered', date: D },
      { rule: 'art16.rejected-without-reason', date: D, subjects: ['dir'] },
    ],
  },
  { name: 'a response without measures does not answer a veto', world: add(() => [veto, response(veto.id, '2026-03-04T12:00:00+08:00', { measures: [] })]), expect: [{ rule: 'art4.veto-unanswered', date: D }] },
  { name: 'an advice rejected without justification', world: add(() => [advice, response(advice.id, '2026-03-05T09:00:00+08:00', { decision: 'rejected' })]), expect: [{ rule: 'art16.rejected-without-reason', date: D, subjects: ['dir'] }] },
  { name: 'an advice rejected with justification', world: add(() => [advice, response(advice.id, '2026-03-05T09:00:00+08:00', { decision: 'rejected', justification: '现有抽检频次已满足标准要求' })]), expect: [] },
  { name: 'a veto partly adopted without a reason', world: add(() => [veto, response(veto.id, '2026-03-04T15:00:00+08:00', { decision: 'partly' })]), expect: [{ rule: 'art16.rejected-without-reason', date: D, subjects: ['dir'] }] },
  { name: 'a confirmed defect without a recall', world: add(confirmed()), expect: [{ rule: 'art4.recall-missing', date: '2026-03-05' }] },
  { name: 'a recall started 11 days after the confirmation', world: add(confirmed('2026-03-16')), expect: [{ rule: 'art4.recall-late', date: '2026-03-05' }] },
  { name: 'a recall within 10 days', world: add(confirmed('2026-03-10')), expect: [] },
  { name: 'a defect confirmed 8 days ago: recall not yet due', world: add(confirmed(undefined, '2026-03-12')), expect: [] },
  { name: 'a major decision without opinions heard', world: add(() => [majorDecision('2026-03-05', [])]), expect: [{ rule: 'art4.decision-unconsulted', date: '2026-03-05' }] },
  { name: 'a major decision after hearing the director', world: add(() => [advice, majorDecision('2026-03-05', [advice.id])]), expect: [] },
  { name: 'a major decision citing an opinion raised after it', world: add(() => [advice, majorDecision('2026-03-03', [advice.id])]), expect: [{ rule: 'art4.decision-unconsulted', date: '2026-03-03' }] },
  {
    name: 'before the window: a veto still unanswered is reported, one answered late is not',
    world: add(() => {
      const late = opinion('veto', '2026-03-03T10:00:00+08:00');
      return [veto, late, response(late.id, '2026-03-05T09:00:00+08:00')];
    }, '2026-03-09'),
    expect: [
      { rule: 'art4.veto-unanswered', date: D },
      { rule: 'art16.rejected-without-reason', date: D, subjects: ['dir'] },
    ],
  },
];
