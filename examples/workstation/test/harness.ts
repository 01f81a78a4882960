/** A seeded workstation in a temporary folder, on a clock fixed at a Wednesday morning (both sites produce). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app';
import type { Workstation } from '../src/server/context';
import { DEMO_ENTERPRISE, type DemoLogin, seedDemo } from '../src/server/seed/demoSeed';
import { openWorkstation, type OpenedWorkstation } from '../src/server/workstationFiles';

/** 2026-11-25 (Wednesday) 10:00 in Shanghai. */
export const NOW = new Date('2026-11-25T02:00:00Z');
export const TODAY = '2026-11-25';

export interface TestWorkstation {
  app: FastifyInstance & { workstation: Workstation };
  opened: OpenedWorkstation;
  logins: DemoLogin[];
  dir: string;
  /** Moves the clock (and stops it). */
  setNow(date: Date): void;
  /** Lets the clock run on from `date`. */
  runFrom(date: Date): void;
  login(username: string): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

export async function testWorkstation(options: { webRoot?: string } = {}): Promise<TestWorkstation> {
  const dir = mkdtempSync(join(tmpdir(), 'o75-ws-'));
  let now = NOW;
  let runningSince: number | undefined;
  const clock = () => new Date(now.getTime() + (runningSince === undefined ? 0 : Date.now() - runningSince));
  const opened = await openWorkstation({ dataDir: dir, now: clock });
  const logins = await seedDemo(opened.store, opened.accounts, opened.attachments, clock());
  const app = await buildApp({ store: opened.store, accounts: opened.accounts, attachments: opened.attachments, enterprise: DEMO_ENTERPRISE, now: clock, ...options });
  return {
    app,
    opened,
    logins,
    dir,
    setNow(date) {
      now = date;
      runningSince = undefined;
    },
    runFrom(date) {
      now = date;
      runningSince = Date.now();
    },
    async login(username) {
      const login = logins.find((l) => l.username === username);
      const res = await app.inject({ method: 'POST', url: '/api/login', payload: { username, password: login?.password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = String(res.headers['set-cookie']).split(';')[0] as string;
      const csrf = (res.json() as { csrfToken: string }).csrfToken;
      return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
    },
    async close() {
      await app.close();
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
