/** Art. 10 hazard handling and Art. 11 weekly review of hazards and their fixes. */
import type { AnyRecord, DailyCheck, WeeklyReport } from '@order75/schemas';
import { expect } from 'vitest';
import { at, BOSS, daily, DIR, hazard, ok, OFF2, weekly } from '../helpers/records';
import { world } from '../helpers/world';
import { drop, isDaily, isWeekly, type Scenario } from './types';

type Item = DailyCheck['items'][number];
type WeeklyOver = Partial<WeeklyReport>;

/** The default world with the 03-04 check carrying a hazard row H1, and weekly W10/W11 overrides. */
function withHazard(row: Partial<Item> = {}, w10: WeeklyOver = { hazards: [{ hazardId: 'H1', description: '绝缘层偏薄' }] }, w11: WeeklyOver = {}, date = '2026-03-04', spec = {}) {
  const w = world(spec);
  const records: AnyRecord[] = [
    ...drop(w.records, isDaily('S1', date), isWeekly('2026-W10', '2026-W11')),
    daily('S1', date, { items: [hazard('r1', 'H1', date, row), ok('r2')] }),
    weekly('2026-W10', '2026-03-06', w10),
    weekly('2026-W11', '2026-03-13', w11),
  ];
  return { ...w, records };
}

const H1 = { site: 'S1', date: '2026-03-04', hazardId: 'H1' } as const;
const ref = (extra: object = {}) => ({ hazards: [{ hazardId: 'H1', description: '绝缘层偏薄', ...extra }] });

export const hazardScenarios: Scenario[] = [
  { name: 'a hazard with measure and report the same day, reviewed that week', world: () => withHazard(), expect: [], check: (r) => expect(r.summary.hazards).toMatchObject({ found: 1, open: 1 }) },
  { name: 'a hazard with no measure', world: () => withHazard({ measure: undefined, measureAt: undefined }), expect: [{ rule: 'art10.hazard-no-measure', ...H1 }] },
  { name: 'a hazard measure taken the next morning', world: () => withHazard({ measureAt: at('2026-03-05', '08:00') }), expect: [{ rule: 'art10.hazard-measure-late', ...H1 }] },
  { name: 'a hazard reported the next day', world: () => withHazard({ reportedAt: at('2026-03-05', '09:00') }), expect: [{ rule: 'art10.hazard-report-late', ...H1 }] },
  { name: 'a hazard reported to the principal counts', world: () => withHazard({ reportedTo: BOSS }), expect: [] },
  { name: 'a hazard reported to someone holding neither director nor principal', world: () => withHazard({ reportedTo: OFF2 }), expect: [{ rule: 'art10.hazard-unreported', ...H1 }] },
  { name: 'a hazard report without a time', world: () => withHazard({ reportedAt: undefined }), expect: [{ rule: 'art10.hazard-unreported', ...H1 }] },
  {
    name: 'a report recorded later through a weekly update by the director is late',
    world: () => withHazard({ reportedAt: undefined, reportedTo: undefined }, { ...ref(), hazardUpdates: [{ hazardId: 'H1', status: 'reported', by: DIR }] }),
    expect: [{ rule: 'art10.hazard-report-late', ...H1 }],
  },
  { name: 'a hazard the next weekly report does not review', world: () => withHazard({}, {}), expect: [{ rule: 'art11.hazard-unreviewed', date: '2026-03-04', hazardId: 'H1' }] },
  {
    name: 'a hazard found on a Sunday (non-production) triggers nothing',
    world: () => withHazard({ measure: undefined, measureAt: undefined, reportedAt: undefined }, {}, {}, '2026-03-08'),
    expect: [],
  },
  { name: 'a fix deadline passed while the hazard is open', world: () => withHazard({}, ref({ fix: '调整挤塑参数', deadline: '2026-03-10' })), expect: [{ rule: 'art11.fix-overdue', date: '2026-03-04', hazardId: 'H1' }] },
  {
    name: 'a fix completed after its deadline',
    world: () => withHazard({}, ref({ deadline: '2026-03-10' }), { hazardUpdates: [{ hazardId: 'H1', status: 'fixed', date: '2026-03-12' }] }),
    expect: [{ rule: 'art11.fix-late', date: '2026-03-04', hazardId: 'H1' }],
  },
  {
    name: 'a fix completed on its deadline',
    world: () => withHazard({}, ref({ deadline: '2026-03-10' }), { hazardUpdates: [{ hazardId: 'H1', status: 'fixed', date: '2026-03-10' }] }),
    expect: [],
    check: (r) => expect(r.summary.hazards.items[0]).toMatchObject({ hazardId: 'H1', open: false, closedOn: '2026-03-10', ageDays: 6 }),
  },
  {
    name: 'a fix verified in the next week closes the hazard; a failed verification reopens it',
    world: () => withHazard({}, ref({ deadline: '2026-03-10' }), { verifications: [{ hazardId: 'H1', verified: false }] }),
    expect: [{ rule: 'art11.fix-overdue', date: '2026-03-04', hazardId: 'H1' }],
  },
  {
    name: 'before the window: an overdue open fix is still reported, a late fix is not',
    world: () => {
      const w = world();
      const records: AnyRecord[] = [
        ...drop(w.records, isDaily('S1', '2026-03-03', '2026-03-04'), isWeekly('2026-W10', '2026-W11')),
        daily('S1', '2026-03-03', { items: [hazard('r1', 'H2', '2026-03-03'), ok('r2')] }),
        daily('S1', '2026-03-04', { items: [hazard('r1', 'H1', '2026-03-04'), ok('r2')] }),
        weekly('2026-W10', '2026-03-06', {
          hazards: [
            { hazardId: 'H1', description: '绝缘层偏薄', deadline: '2026-03-06' },
            { hazardId: 'H2', description: '标识缺失', deadline: '2026-03-04' },
          ],
          hazardUpdates: [{ hazardId: 'H2', status: 'fixed', date: '2026-03-05' }],
        }),
        weekly('2026-W11', '2026-03-13'),
      ];
      return { records, options: { ...w.options, from: '2026-03-09' } };
    },
    expect: [{ rule: 'art11.fix-overdue', date: '2026-03-04', hazardId: 'H1' }],
  },
];
