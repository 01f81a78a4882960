/** Art. 13 signatures (project evidence), and the window itself. */
import { expect } from 'vitest';
import { at, OFF1, OFF2, sig } from '../helpers/records';
import { world } from '../helpers/world';
import { isDaily, replace, type Scenario } from './types';

const resign = (signatures: ReturnType<typeof sig>[]) => () => {
  const w = world();
  return { ...w, records: replace(w.records, isDaily('S1', '2026-03-04'), (r) => ({ ...r, signatures })) };
};

export const signatureScenarios: Scenario[] = [
  { name: 'an unsigned daily check', world: resign([]), expect: [{ rule: 'art13.unsigned', date: '2026-03-04' }] },
  {
    name: 'a daily check signed after the 7-day deadline: still unsigned, the summary shows when',
    world: resign([sig(0, 'officer', OFF1, at('2026-03-12', '10:00'))]),
    expect: [{ rule: 'art13.unsigned', date: '2026-03-04' }],
    check: (r) => expect(r.summary.lateSignatures).toEqual([{ recordId: expect.any(String), recordType: 'daily-check', slot: 0, deadline: '2026-03-11', signedAt: '2026-03-12T10:00:00+08:00' }]),
  },
  { name: 'a daily check signed by someone not holding officer', world: resign([sig(0, 'officer', OFF2, at('2026-03-04'))]), expect: [{ rule: 'art13.unsigned', date: '2026-03-04' }] },
  {
    name: 'a signature deadline not yet reached is not reported',
    world: () => {
      const w = world({ to: '2026-03-17' });
      return { ...w, records: replace(w.records, isDaily('S1', '2026-03-16'), (r) => ({ ...r, signatures: [] })) };
    },
    expect: [],
  },
  {
    name: 'a monthly meeting without the director slot when no director is in office',
    world: () => world({ from: '2026-02-02', profile: { products: [{ productId: 'h', name: '头盔', regime: 'mandatory-standard' }], headcount: 50, revenue: 500 }, without: ['director'] }),
    expect: [],
  },
  {
    name: 'an empty window (from after now) evaluates nothing',
    world: () => {
      const w = world();
      return { ...w, options: { ...w.options, from: '2026-04-01', to: '2026-04-30' } };
    },
    expect: [],
    check: (r) => expect(r.summary.window.evaluated).toBeNull(),
  },
  {
    name: 'a window in another time zone still dates days locally',
    world: () => {
      const w = world();
      return { ...w, options: { ...w.options, timeZone: 'Asia/Tokyo' } };
    },
    expect: [],
    check: (r) => expect(r.summary.window.timeZone).toBe('Asia/Tokyo'),
  },
];
