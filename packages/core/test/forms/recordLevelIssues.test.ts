import type { AnyRecord } from '@order75/schemas';
import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../src/engine/checkCompliance';
import { recordLevelIssues } from '../../src/forms/recordLevelIssues';
import {
  appoint,
  at,
  daily,
  directorDuties,
  hazard,
  inspection,
  majorDecision,
  managementSystem,
  monthly,
  ok,
  OFF2,
  officerCode,
  opinion,
  productionCalendar,
  profile,
  response,
  riskList,
  riskRow,
  training,
  weekly,
} from '../helpers/records';
import { world } from '../helpers/world';

const veto = opinion('veto', '2026-03-04T10:00:00+08:00');
const cases: [string, AnyRecord, [string, string][], { opinion?: typeof veto }?][] = [
  ['a clean daily check', daily('S1', '2026-03-04'), []],
  ['a hazard row without a measure', daily('S1', '2026-03-04', { items: [hazard('r1', 'H1', '2026-03-04', { measure: undefined, measureAt: undefined })] }), [['art10.hazard-no-measure', '/items/0/measure']]],
  ['a hazard row without a report', daily('S1', '2026-03-04', { items: [hazard('r1', 'H1', '2026-03-04', { reportedTo: undefined, reportedAt: undefined })] }), [['art10.hazard-unreported', '/items/0/reportedTo']]],
  ['a hazard reported the next day', daily('S1', '2026-03-04', { items: [hazard('r1', 'H1', '2026-03-04', { reportedAt: at('2026-03-05', '08:00') })] }), [['art10.hazard-report-late', '/items/0/reportedAt']]],
  ['no hazard and no zero-risk flag', daily('S1', '2026-03-04', { zeroRisk: false, items: [ok('r1')] }), [['form.zero-risk-mismatch', '/zeroRisk']]],
  ['a veto without a trigger', opinion('veto', '2026-03-04T10:00:00+08:00', { trigger: undefined }), [['form.veto-trigger-missing', '/trigger']]],
  ['a licence veto without the certificate', opinion('veto', '2026-03-04T10:00:00+08:00', { trigger: 'licence-invalid' }), [['form.veto-certificate-missing', '/certificates']]],
  ['a rejection without justification', response(veto.id, '2026-03-04T12:00:00+08:00', { decision: 'rejected' }), [['art16.rejected-without-reason', '/justification']]],
  ['a rejection with justification', response(veto.id, '2026-03-04T12:00:00+08:00', { decision: 'rejected', justification: '检验合格，缺陷不成立' }), []],
  ['a veto response without measures', response(veto.id, '2026-03-04T12:00:00+08:00', { measures: [] }), [['art4.veto-unanswered', '/measures']], { opinion: veto }],
  ['a major decision hearing nobody', majorDecision('2026-03-05', []), [['art4.decision-unconsulted', '/opinionsHeard']]],
  ['an officer appointed without evidence', appoint('officer', OFF2, '2026-03-03', { competence: {} }), [['art6.competence-unrecorded', '/competence']]],
  ['a delegate without authorisation', appoint('principal', OFF2, '2026-03-03', { principalBasis: 'delegate' }), [['form.delegate-authorisation-missing', '/authorisation']]],
  ['director duties without 7.7', directorDuties('2026-01-01', ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6']), [['art7.duties-incomplete', '/items']]],
  ['an officer code without 8.1', officerCode('2026-01-01', ['8.2', '8.3', '8.4', '8.5']), [['art8.code-incomplete', '/items']]],
  [
    'a management system with only the daily rule',
    managementSystem('2026-01-01', ['daily-control']),
    [['art3.principal-duties-missing', '/rules'], ['art9.cadence-rules-missing', '/rules'], ['art7.emergency-plan-missing', '/rules']],
  ],
  ['a risk list without daily rows', riskList('2026-01-01', [riskRow('w1', 'weekly')]), [['art9.risk-list-missing', '/rows']]],
  ['a weekly report reviewed after its week', weekly('2026-W10', '2026-03-09'), [['art11.weekly-late', '/reviewDate']]],
  ['a weekly report reviewed before its week', weekly('2026-W10', '2026-02-27'), [['form.review-before-week', '/reviewDate']]],
  ['a monthly meeting after its month', monthly('2026-02', '2026-03-02'), [['art12.monthly-late', '/meetingDate']]],
  ['a backdated declaration', productionCalendar('S1', [{ date: '2026-03-04', kind: 'non-production', reason: '停电' }], at('2026-03-05')), [['art10.calendar-backdated', '/declarations/0/date']]],
  ['a failed spot-check without rectification', training('spot-check', '2026-03-02', [{ person: OFF2, passed: false }]), [['form.spot-check-rectification-missing', '/rectification']]],
  ['an inspection finding closed late', inspection('2026-03-02', [{ findingId: 'F1', description: '问题', deadline: '2026-03-10', closure: { date: '2026-03-12', description: '已整改' } }]), [['art7.rectification-late', '/findings/0/closure/date']]],
  ['a head-count without its date', profile({ headcountAsOf: undefined }), [['form.size-measure-undated', '/headcountAsOf']]],
];

describe('recordLevelIssues', () => {
  it.each(cases)('%s', (_name, record, expected, context) => {
    expect(recordLevelIssues(record, context).map((i) => [i.rule, i.path])).toEqual(expected);
  });

  it('uses the engine’s exact message for the same gap', () => {
    const w = world();
    const row = hazard('r1', 'H1', '2026-03-04', { measure: undefined, measureAt: undefined });
    const check = daily('S1', '2026-03-04', { items: [row, ok('r2')] });
    const records = [...w.records.filter((r) => !(r.recordType === 'daily-check' && r.date === '2026-03-04')), check];
    const engine = checkCompliance(records, w.options).findings.find((f) => f.rule === 'art10.hazard-no-measure');
    const form = recordLevelIssues(check).find((i) => i.rule === 'art10.hazard-no-measure');
    expect(form?.message).toEqual(engine?.message);
    expect([form?.severity, form?.article]).toEqual([engine?.severity, engine?.article]);
  });
});
