/** Scope, size and the director requirement (Art. 2, 5, 18, 19), certificates (Art. 4 ¶2). */
import { expect } from 'vitest';
import { opinion, profile, response } from '../helpers/records';
import { world } from '../helpers/world';
import type { Scenario } from './types';

const standard = [{ productId: 'helmet', name: '电动自行车乘员头盔', regime: 'mandatory-standard' as const, standards: ['GB 811-2022'] }];
const noRevenue = { revenue: undefined, revenueFiscalYear: undefined };
const cert = (over: object) => [{ productId: 'wire', name: '电线电缆', regime: 'licence' as const, certificates: [{ number: 'XK06-001-00012', kind: 'licence' as const, validFrom: '2022-01-01', validTo: '2027-12-31', status: 'valid' as const, ...over }] }];
const size = (cls: string, provisional = false) => (r: { summary: { applicability: { sizeClass: string; sizeProvisional: boolean } } }) =>
  expect([r.summary.applicability.sizeClass, r.summary.applicability.sizeProvisional]).toEqual([cls, provisional]);

export const applicabilityScenarios: Scenario[] = [
  { name: 'a compliant enterprise has no findings', world: () => world(), expect: [] },
  {
    name: '999 employees without revenue: medium (provisional), a mandatory-standard producer needs a director it has',
    world: () => world({ profile: { products: standard, headcount: 999, ...noRevenue } }),
    expect: [],
    check: size('medium', true),
  },
  { name: '1000 employees: large', world: () => world({ profile: { products: standard, headcount: 1000, revenue: 100 } }), expect: [], check: size('large') },
  { name: '300 employees: medium', world: () => world({ profile: { products: standard, headcount: 300, revenue: 100 } }), expect: [], check: size('medium') },
  {
    name: '299 employees without revenue: size unknown, never small',
    world: () => world({ profile: { products: standard, headcount: 299, ...noRevenue } }),
    expect: [{ rule: 'art18.size-unknown', period: ['2026-03-02', '2026-03-15'] }],
    check: (r) => expect(r.summary.applicability.requiresDirector).toBe('unknown'),
  },
  { name: 'revenue exactly 40000万元: large', world: () => world({ profile: { products: standard, headcount: 10, revenue: 40000 } }), expect: [], check: size('large') },
  { name: 'revenue exactly 2000万元: medium', world: () => world({ profile: { products: standard, headcount: 10, revenue: 2000 } }), expect: [], check: size('medium') },
  {
    name: 'a small mandatory-standard producer without a director: nothing to report',
    world: () => world({ profile: { products: standard, headcount: 299, revenue: 1999 }, without: ['director'] }),
    expect: [],
    check: (r) => expect([r.summary.applicability.sizeClass, r.summary.applicability.requiresDirector]).toEqual(['small', false]),
  },
  {
    name: 'a small mandatory-standard producer with a voluntary director has its duties in force',
    world: () => world({ profile: { products: standard, headcount: 50, revenue: 500 } }),
    expect: [],
  },
  {
    name: 'a voluntary director without 《质量安全总监职责》: duties missing while in office',
    world: () => {
      const w = world({ profile: { products: standard, headcount: 50, revenue: 500 } });
      return { ...w, records: w.records.filter((r) => r.recordType !== 'director-duties') };
    },
    expect: [{ rule: 'art7.duties-missing', period: ['2026-03-02', '2026-03-15'] }],
  },
  {
    name: 'a licence product at a small producer requires a director',
    world: () => world({ profile: { headcount: 20, revenue: 300 }, without: ['director'] }),
    expect: [{ rule: 'art5.director-missing', period: ['2026-03-02', '2026-03-15'] }],
  },
  {
    name: 'a small producer where local guidance recommends a director: no finding',
    world: () => {
      const w = world({ profile: { products: standard, headcount: 20, revenue: 300 }, without: ['director'] });
      return { ...w, options: { ...w.options, localGuidanceRegions: ['350000'] } };
    },
    expect: [],
    check: (r) => expect(r.summary.applicability.requiresDirector).toBe('recommended'),
  },
  {
    name: 'only excluded products (food): out of scope, no findings though nothing is recorded',
    world: () => ({ records: [profile({ products: [{ productId: 'f', name: '速冻食品', regime: 'excluded', excludedCategory: 'food' }] })], options: { from: '2026-03-02', to: '2026-03-15', now: '2026-03-20T12:00:00+08:00' } }),
    expect: [],
    check: (r) => expect(r.summary.applicability.inScope).toBe(false),
  },
  {
    name: 'production stopped mid-window: findings only while in production',
    world: () => world({ profile: { products: standard.map((p) => ({ ...p, productionStoppedFrom: '2026-03-09' })) }, without: ['daily'] }),
    expect: [{ rule: 'art10.daily-missing', site: 'S1', period: ['2026-03-02', '2026-03-06'] }],
    check: (r) => expect(r.summary.applicability.spans.map((s) => s.inScope)).toEqual([true, false]),
  },
  {
    name: 'a period starting before 2023-05-05: evaluated from 2023-05-05, the make-up Saturday 05-06 included',
    world: () => world({ from: '2023-04-01', to: '2023-05-12', now: '2023-05-20T12:00:00+08:00', without: ['daily'] }),
    expect: [{ rule: 'art10.daily-missing', site: 'S1', period: ['2023-05-05', '2023-05-12'] }],
    check: (r) => expect(r.findings[0]?.dates).toEqual(['2023-05-05', '2023-05-06', '2023-05-08', '2023-05-09', '2023-05-10', '2023-05-11', '2023-05-12']),
  },
  {
    name: 'a certificate suspended while production continues, no veto',
    world: () => world({ profile: { products: cert({ status: 'suspended', statusDate: '2026-03-05' }) } }),
    expect: [{ rule: 'art4.certificate-invalid', date: '2026-03-05' }],
  },
  {
    name: 'a certificate suspended, veto raised the next day and answered: no finding',
    world: () => {
      const w = world({ profile: { products: cert({ status: 'suspended', statusDate: '2026-03-05' }) } });
      const veto = opinion('veto', '2026-03-06T10:00:00+08:00', { trigger: 'licence-invalid', certificates: ['XK06-001-00012'] });
      return { ...w, records: [...w.records, veto, response(veto.id, '2026-03-06T16:00:00+08:00')] };
    },
    expect: [],
  },
  {
    name: 'a certificate expiring with a continuous renewal: no finding',
    world: () =>
      world({
        profile: {
          products: [
            {
              productId: 'wire',
              name: '电线电缆',
              regime: 'licence',
              certificates: [
                { number: 'XK06-001-00012', kind: 'licence', validFrom: '2021-03-05', validTo: '2026-03-04', status: 'valid' },
                { number: 'XK06-001-00099', kind: 'licence', validFrom: '2026-03-05', validTo: '2031-03-04', status: 'valid' },
              ],
            },
          ],
        },
      }),
    expect: [],
  },
  {
    name: 'a certificate expiring the day production stops: no finding, out of scope afterwards',
    world: () => world({ profile: { products: cert({ validTo: '2026-03-04' }).map((p) => ({ ...p, productionStoppedFrom: '2026-03-05' })) } }),
    expect: [],
  },
];
