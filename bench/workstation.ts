/**
 * Workstation load: autocannon drives the record-submit endpoint (`POST /api/records`, a 15-row daily check,
 * validated by `validateRecord`, stored with its hash-chain event in the embedded SQLite store) over loopback,
 * logged in with a session and CSRF token. Reports requests per second and p99 latency; every request must
 * be answered 201.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newRecordId } from '@order75/core';
import type { RiskList } from '@order75/schemas';
import { buildApp } from '../examples/workstation/src/server/app';
import { DEMO_ENTERPRISE, seedDemo } from '../examples/workstation/src/server/seed/demoSeed';
import { openWorkstation } from '../examples/workstation/src/server/workstationFiles';
import type { BenchResult } from './harness';

/** The parts of autocannon's API used here (it lives in the workstation's dependencies). */
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<LoadResult>;
const autocannon = createRequire(new URL('../examples/workstation/package.json', import.meta.url))('autocannon') as Autocannon;

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'o75-bench-ws-'));
  const ws = await openWorkstation({ dataDir: dir });
  try {
    const logins = await seedDemo(ws.store, ws.accounts, ws.attachments, new Date());
    const app = await buildApp({ store: ws.store, accounts: ws.accounts, attachments: ws.attachments, enterprise: DEMO_ENTERPRISE });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const password = logins.find((l) => l.username === 'officer-mawei')?.password;
    const login = await fetch(`${url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'officer-mawei', password }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const tasks = (await (await fetch(`${url}/api/tasks`, { headers: { cookie } })).json()) as { today: string; riskLists: RiskList[]; me: { personId: string; name: string } };
    const list = tasks.riskLists[0] as RiskList;
    const rows = list.rows.filter((r) => r.cadence === 'daily' && (!r.sites?.length || r.sites.includes('S01')));
    const body = () =>
      JSON.stringify({
        id: newRecordId(), recordType: 'daily-check', schemaVersion: 1, revision: 1, status: 'final', enterprise: DEMO_ENTERPRISE,
        createdBy: tasks.me, date: tasks.today, site: 'S01', riskList: { recordId: list.id, version: list.version }, inspector: tasks.me,
        checkedAt: `${tasks.today}T09:30:00+08:00`, items: rows.map((r) => ({ rowId: r.rowId, result: 'ok', note: '抽检 3 盘，符合要求' })), zeroRisk: true,
      });
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    // Warm-up, then the measured run.
    await autocannon({ url, connections: 4, amount: 200, requests: [{ method: 'POST', path: '/api/records', headers, setupRequest: (r: object) => ({ ...r, body: body() }) }] });
    const result = await autocannon({
      url,
      connections: 10,
      duration: 10,
      requests: [{ method: 'POST', path: '/api/records', headers, setupRequest: (r: object) => ({ ...r, body: body() }) }],
    });
    await app.close();
    const ok = result.non2xx === 0 && result.errors === 0;
    const details = { rows: rows.length, connections: 10, durationS: result.duration, requests: result.requests.total, p50Ms: result.latency.p50, non2xx: result.non2xx, errors: result.errors };
    return [
      { name: 'workstation POST /api/records (SQLite)', value: result.requests.average, unit: 'req/s', target: 'reported; all 201', pass: ok, details },
      { name: 'workstation POST /api/records p99', value: result.latency.p99, unit: 'ms', target: 'reported; all 201', pass: ok, details },
    ];
  } finally {
    await ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
