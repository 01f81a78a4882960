import { describe, expect, it } from 'vitest';
import { hazardStates } from '../../src/hazards/hazardStates';
import { at, daily, hazard, monthly, ok, weekly } from '../helpers/records';

describe('hazard lifecycle', () => {
  const records = [
    daily('S1', '2026-03-02', { items: [hazard('r1', 'H1', '2026-03-02'), ok('r2')] }),
    daily('S1', '2026-03-03', { items: [hazard('r1', 'H1', '2026-03-03'), hazard('r2', 'H2', '2026-03-03', { measure: undefined, measureAt: undefined })] }),
    weekly('2026-W10', '2026-03-06', {
      hazards: [{ hazardId: 'H1', description: '绝缘层偏薄', fix: '调整挤塑参数', deadline: '2026-03-10' }, { hazardId: 'H2', description: '标识缺失' }],
      hazardUpdates: [{ hazardId: 'H1', status: 'fixing' }],
    }),
    weekly('2026-W11', '2026-03-13', { verifications: [{ hazardId: 'H1', verified: true }], hazardUpdates: [{ hazardId: 'H1', status: 'fixed', date: '2026-03-11' }] }),
    monthly('2026-03', '2026-03-31', { hazardUpdates: [{ hazardId: 'H1', status: 'reopened' }, { hazardId: 'H1', status: 'closed', date: '2026-04-02' }] }),
  ];

  it('folds daily rows and updates into states, dates and ages', () => {
    const [h1, h2] = hazardStates(records, at('2026-03-20', '12:00'));
    expect(h1).toMatchObject({ hazardId: 'H1', site: 'S1', foundOn: '2026-03-02', status: 'verified', open: false, closedOn: '2026-03-11', ageDays: 9, fixDeadline: '2026-03-10' });
    expect(h1?.measures.map((m) => m.date)).toEqual(['2026-03-02']);
    expect(h1?.reports[0]?.to?.personId).toBe('dir');
    expect(h1?.reviewedIn.map((r) => r.recordId)).toHaveLength(2);
    expect(h2).toMatchObject({ hazardId: 'H2', foundOn: '2026-03-03', open: true, status: 'reported', ageDays: 17 });
    expect(h2?.measures).toEqual([]);
  });

  it('ignores updates dated after now and reopens on a later update', () => {
    const h1 = hazardStates(records, at('2026-04-01', '12:00'))[0];
    expect(h1).toMatchObject({ status: 'reopened', open: true, ageDays: 30 });
    expect(hazardStates(records, at('2026-04-03', '12:00'))[0]).toMatchObject({ status: 'closed', closedOn: '2026-04-02' });
  });
});
