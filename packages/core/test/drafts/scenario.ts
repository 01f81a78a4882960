/** A small enterprise around weeks 2026-W09 and W10, for the draft tests. */
import type { AnyRecord } from '@order75/schemas';
import {
  appoint, at, BOSS, daily, DIR, hazard, monthly, OFF1, ok, opinion, profile, response, weekly,
} from '../helpers/records';

export function scenario() {
  const h0 = daily('S1', '2026-02-23', { items: [hazard('r1', 'H0', '2026-02-23'), ok('r2')] });
  const h0b = daily('S1', '2026-02-24', { items: [ok('r1'), hazard('r2', 'H0b', '2026-02-24')] });
  const w09 = weekly('2026-W09', '2026-02-27', {
    hazards: [
      { hazardId: 'H0', site: 'S1', foundOn: '2026-02-23', description: '隐患 H0', deadline: '2026-03-04', owner: OFF1 },
      { hazardId: 'H0b', site: 'S1', foundOn: '2026-02-24', description: '隐患 H0b', deadline: '2026-03-06' },
    ],
    hazardUpdates: [{ hazardId: 'H0', status: 'fixing' }, { hazardId: 'H0b', status: 'fixing' }],
  });
  const saturday = daily('S1', '2026-02-28', { items: [hazard('r1', 'HX', '2026-02-28'), ok('r2')] });
  // The February meeting, held late on 3 March, records H0b fixed on 2 March.
  const feb = monthly('2026-02', '2026-03-03', { hazardUpdates: [{ hazardId: 'H0b', status: 'fixed', date: '2026-03-02' }] });
  const mon = daily('S1', '2026-03-02', { items: [hazard('r1', 'H1', '2026-03-02'), ok('r2')] });
  const tue = daily('S1', '2026-03-03', { items: [hazard('r1', 'H1', '2026-03-03'), hazard('r2', 'H2', '2026-03-03')] });
  const thu = daily('S1', '2026-03-05');
  const fri = daily('S1', '2026-03-06');
  const veto1 = opinion('veto', at('2026-03-10', '09:00'), { subject: '导体电阻超标' });
  const answer1 = response(veto1.id, at('2026-03-10', '15:00'), { decision: 'partly', justification: '其余批次复检合格' });
  const veto2 = opinion('veto', at('2026-03-20', '09:00'), { subject: '证书即将失效' });
  const records: AnyRecord[] = [
    profile(),
    appoint('principal', BOSS, '2026-01-01'),
    appoint('director', DIR, '2026-01-01'),
    appoint('officer', OFF1, '2026-01-01', { sites: ['S1'] }),
    h0, h0b, w09, saturday, feb, mon, tue, thu, fri, veto1, answer1, veto2,
  ];
  return { records, ids: { h0, h0b, w09, saturday, mon, tue, thu, fri, veto1 } };
}
