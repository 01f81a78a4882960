/** Art. 3, 7, 8, 9 documents in force, Art. 7(7) rectification of inspection findings. */
import { expect } from 'vitest';
import { directorDuties, inspection, managementSystem, newId, officerCode } from '../helpers/records';
import { world } from '../helpers/world';
import { drop, isType, type Scenario } from './types';

const W: [string, string] = ['2026-03-02', '2026-03-15'];
const standard = [{ productId: 'helmet', name: '电动自行车乘员头盔', regime: 'mandatory-standard' as const }];
const swap = (type: 'management-system' | 'director-duties' | 'officer-code', doc: object | null, spec = {}) => () => {
  const w = world(spec);
  return { ...w, records: [...drop(w.records, isType(type)), ...(doc ? [doc as never] : [])] };
};
const finding = (over: object = {}) => [{ findingId: 'F1', description: '出厂检验记录不完整', deadline: '2026-03-10', ...over }];

export const documentScenarios: Scenario[] = [
  {
    name: 'no management system: only art3.system-missing speaks, mapped to Art. 17 limb (a)',
    world: swap('management-system', null),
    expect: [{ rule: 'art3.system-missing', period: W }],
    check: (r) => {
      expect(r.summary.exposure.limbs.map((l) => [l.limb, l.rules, l.findings])).toEqual([
        ['a', ['art3.system-missing'], 1],
        ['b', [], 0],
        ['c', [], 0],
      ]);
      expect(r.summary.counts).toEqual({ violation: 1, warning: 0, info: 0 });
      expect(r.summary.notes.disclaimer.en).toMatch(/not legal determinations/);
    },
  },
  {
    name: 'a system without principal duties and the weekly rule',
    world: swap('management-system', managementSystem('2023-01-01', ['daily-control', 'monthly-scheduling', 'emergency-plan'])),
    expect: [
      { rule: 'art3.principal-duties-missing', period: W },
      { rule: 'art9.cadence-rules-missing', period: W },
    ],
  },
  {
    name: 'a system without an emergency plan where a director is required',
    world: swap('management-system', managementSystem('2023-01-01', ['daily-control', 'weekly-review', 'monthly-scheduling', 'principal-duties'])),
    expect: [{ rule: 'art7.emergency-plan-missing', period: W }],
  },
  {
    name: 'no emergency plan and no director at a small producer: nothing',
    world: swap('management-system', managementSystem('2023-01-01', ['daily-control', 'weekly-review', 'monthly-scheduling', 'principal-duties']), {
      profile: { products: standard, headcount: 50, revenue: 500 },
      without: ['director'],
    }),
    expect: [],
  },
  {
    name: 'a new system version mid-window drops the principal duties',
    world: () => {
      const w = world();
      const v2 = managementSystem('2026-03-09', ['daily-control', 'weekly-review', 'monthly-scheduling', 'emergency-plan'], { version: 'V2' });
      return { ...w, records: [...w.records, v2] };
    },
    expect: [{ rule: 'art3.principal-duties-missing', period: ['2026-03-09', '2026-03-15'] }],
  },
  {
    name: 'an older version with a later effective date than a newer one is not resurrected',
    world: () => {
      const w = world();
      const v2 = managementSystem('2026-03-09', ['daily-control'], { version: 'V2', id: newId() });
      const v3 = managementSystem('2026-03-09', undefined, { version: 'V10', id: newId() });
      return { ...w, records: [...w.records, v2, v3] };
    },
    expect: [],
  },
  { name: 'no 《质量安全总监职责》 while a director is required', world: swap('director-duties', null), expect: [{ rule: 'art7.duties-missing', period: W }] },
  {
    name: 'a 《质量安全总监职责》 without 7.5 and 7.7',
    world: swap('director-duties', directorDuties('2023-01-01', ['7.1', '7.2', '7.3', '7.4', '7.6'])),
    expect: [{ rule: 'art7.duties-incomplete', period: W, details: { missingKeys: ['7.5', '7.7'] } }],
  },
  {
    name: 'no 《质量安全总监职责》 at a small producer without a director: nothing',
    world: swap('director-duties', null, { profile: { products: standard, headcount: 50, revenue: 500 }, without: ['director'] }),
    expect: [],
  },
  { name: 'no 《质量安全员守则》', world: swap('officer-code', null), expect: [{ rule: 'art8.code-missing', period: W }] },
  {
    name: 'a 《质量安全员守则》 without 8.4',
    world: swap('officer-code', officerCode('2023-01-01', ['8.1', '8.2', '8.3', '8.5'])),
    expect: [{ rule: 'art8.code-incomplete', period: W, details: { missingKeys: ['8.4'] } }],
  },
  {
    name: 'an officer code taking effect mid-window',
    world: swap('officer-code', officerCode('2026-03-05')),
    expect: [{ rule: 'art8.code-missing', period: ['2026-03-02', '2026-03-04'] }],
  },
  {
    name: 'an inspection finding open past its deadline',
    world: () => {
      const w = world();
      return { ...w, records: [...w.records, inspection('2026-03-02', finding())] };
    },
    expect: [{ rule: 'art7.rectification-overdue', date: '2026-03-10' }],
  },
  {
    name: 'an inspection finding closed after its deadline',
    world: () => {
      const w = world();
      return { ...w, records: [...w.records, inspection('2026-03-02', finding({ closure: { date: '2026-03-12', description: '已补全' } }))] };
    },
    expect: [{ rule: 'art7.rectification-late', date: '2026-03-10' }],
  },
  {
    name: 'an inspection finding closed in time, at a unit without a director too',
    world: () => {
      const w = world({ profile: { products: standard, headcount: 50, revenue: 500 }, without: ['director'] });
      return { ...w, records: [...w.records, inspection('2026-03-02', finding({ closure: { date: '2026-03-09', description: '已补全' } }), { signatures: [] })] };
    },
    expect: [{ rule: 'art13.unsigned', date: '2026-03-02' }],
  },
];
