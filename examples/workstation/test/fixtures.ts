/** Records the tests submit: a daily check for today built from the risk list in force, like the SPA does. */
import { newRecordId } from '@order75/core';
import type { DailyCheck, RiskList } from '@order75/schemas';
import type { Session, TestWorkstation } from './harness';
import { DEMO_ENTERPRISE } from '../src/server/seed/demoSeed';

export async function dailyCheckFor(t: TestWorkstation, s: Session, site: string, options: { hazard?: boolean } = {}): Promise<DailyCheck> {
  const tasks = (await t.app.inject({ url: '/api/tasks', headers: s.headers })).json() as { today: string; riskLists: RiskList[]; me: { personId: string; name: string } };
  const list = tasks.riskLists[0] as RiskList;
  const rows = list.rows.filter((r) => r.cadence === 'daily' && (!r.sites?.length || r.sites.includes(site)));
  const director = { personId: 'E0002', name: '刘宏伟' };
  const items: DailyCheck['items'] = rows.map((r, i) =>
    options.hazard && i === 0
      ? {
          rowId: r.rowId, result: 'hazard', hazardId: `H${tasks.today.replaceAll('-', '')}-${site}-T1`, finding: '成品库：部分盘具标识不清',
          measure: '立即隔离并重新标识', measureAt: `${tasks.today}T09:40:00+08:00`, reportedTo: director, reportedAt: `${tasks.today}T09:50:00+08:00`,
        }
      : { rowId: r.rowId, result: 'ok' },
  );
  return {
    id: newRecordId(), recordType: 'daily-check', schemaVersion: 1, revision: 1, status: 'final', enterprise: DEMO_ENTERPRISE,
    createdBy: tasks.me, date: tasks.today, site, riskList: { recordId: list.id, version: list.version }, inspector: tasks.me,
    checkedAt: `${tasks.today}T09:30:00+08:00`, items, zeroRisk: !options.hazard,
  };
}
