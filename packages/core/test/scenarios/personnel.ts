/** Art. 3, 6, 13, 15: appointments, competence evidence, assessments, spot-checks, the principal on record. */
import type { AnyRecord } from '@order75/schemas';
import { expect } from 'vitest';
import { appoint, at, BOSS, DIR, OFF1, OFF2, removal, sig, training, weekly } from '../helpers/records';
import { world } from '../helpers/world';
import { drop, isChange, isWeekly, replace, type Scenario } from './types';

const NEWD = { personId: 'newd', name: '周总监' };
const add = (...extra: AnyRecord[]) => () => {
  const w = world();
  return { ...w, records: [...w.records, ...extra] };
};

export const personnelScenarios: Scenario[] = [
  {
    name: 'a director appointed before passing the assessment',
    world: add(appoint('director', NEWD, '2026-03-02'), training('assessment', '2026-03-10', [{ person: NEWD, passed: true }])),
    expect: [{ rule: 'art15.unassessed', period: ['2026-03-02', '2026-03-09'], subjects: ['newd'] }],
  },
  {
    name: 'an officer failing the latest assessment',
    world: add(training('assessment', '2026-03-05', [{ person: OFF1, passed: false }])),
    expect: [{ rule: 'art15.unassessed', period: ['2026-03-05', '2026-03-15'], subjects: ['off1'] }],
    check: (r) => expect(r.summary.personnel.find((p) => p.personId === 'off1')).toMatchObject({ roles: ['officer'], assessment: { status: 'failed', date: '2026-03-05' }, qualified: false }),
  },
  {
    name: 'an appointment without competence evidence',
    world: add(training('assessment', '2026-03-01', [{ person: OFF2, passed: true }]), appoint('officer', OFF2, '2026-03-03', { competence: {} })),
    expect: [{ rule: 'art6.competence-unrecorded', date: '2026-03-03', subjects: ['off2'] }],
  },
  {
    name: 'a director appointment that is not a member of management',
    world: add(training('assessment', '2026-03-01', [{ person: NEWD, passed: true }]), appoint('director', NEWD, '2026-03-03', { inManagement: false })),
    expect: [{ rule: 'art6.competence-unrecorded', date: '2026-03-03', subjects: ['newd'] }],
  },
  {
    name: 'a failed spot-check not resolved within 15 days',
    world: add(training('spot-check', '2026-03-02', [{ person: OFF1, passed: false }])),
    expect: [{ rule: 'art15.spot-check-unresolved', date: '2026-03-02', subjects: ['off1'] }],
  },
  {
    name: 'a failed spot-check followed by retraining and a passed re-assessment',
    world: add(
      training('spot-check', '2026-03-02', [{ person: OFF1, passed: false }]),
      training('session', '2026-03-05', [{ person: OFF1, passed: true }]),
      training('assessment', '2026-03-06', [{ person: OFF1, passed: true }]),
    ),
    expect: [],
  },
  {
    name: 'a failed spot-check followed by removal and a successor',
    world: () => {
      const w = world();
      const records = replace(w.records, isWeekly('2026-W11'), (r) => ({ ...r, signatures: [sig(0, 'director', NEWD, at('2026-03-13'))] }));
      return {
        ...w,
        records: [
          ...records,
          training('spot-check', '2026-03-02', [{ person: DIR, passed: false }]),
          training('assessment', '2026-03-01', [{ person: NEWD, passed: true }]),
          removal('director', DIR, '2026-03-09'),
          appoint('director', NEWD, '2026-03-09'),
        ],
      };
    },
    expect: [],
  },
  {
    name: 'a spot-check not yet 15 days old is not due',
    world: add(training('spot-check', '2026-03-10', [{ person: OFF1, passed: false }])),
    expect: [],
  },
  {
    name: 'no principal on record',
    world: () => {
      const w = world();
      return { ...w, records: drop(w.records, isChange('principal', 'boss')) };
    },
    expect: [{ rule: 'art13.principal-unrecorded', period: ['2026-03-02', '2026-03-15'] }],
  },
  {
    name: 'a principal removed mid-window leaves days without one',
    world: add(removal('principal', BOSS, '2026-03-12', { signatures: [] })),
    expect: [
      { rule: 'art13.principal-unrecorded', period: ['2026-03-12', '2026-03-15'] },
      { rule: 'art13.unsigned', date: '2026-03-12' },
    ],
  },
  {
    name: 'no director while one is required',
    world: () => {
      const w = world();
      const records = replace(w.records, isWeekly('2026-W10', '2026-W11'), (r) => weekly(r.week, r.reviewDate, { id: r.id, organiser: BOSS, signatures: [sig(0, 'principal', BOSS, at(r.reviewDate))] }));
      return { ...w, records: drop(records, isChange('director', 'dir')) };
    },
    expect: [{ rule: 'art5.director-missing', period: ['2026-03-02', '2026-03-15'] }],
  },
];
