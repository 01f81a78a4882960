/**
 * `pnpm start`: opens the store in ./data (or `--data`, `ORDER75_DATA`; `DATABASE_URL` switches to
 * PostgreSQL), seeds the demo enterprise on first run unless `--no-demo`, builds the SPA if needed, and serves
 * http://127.0.0.1:5175 (`PORT`).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkUscc } from '@order75/core';
import { buildApp } from './server/app';
import { DEMO_ENTERPRISE, type DemoLogin, demoLogins, seedDemo } from './server/seed/demoSeed';
import { ensureWebBuild, WEB_ROOT, WORKSTATION_DIR } from './server/web/buildWeb';
import { openWorkstation } from './server/workstationFiles';

// `pnpm start -- --data x` passes the `--` through; drop it.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    data: { type: 'string' },
    'no-demo': { type: 'boolean', default: false },
    enterprise: { type: 'string' },
    port: { type: 'string' },
  },
  allowPositionals: false,
});

const log = (line: string) => process.stdout.write(`${line}\n`);
const dataDir = values.data ?? process.env.ORDER75_DATA ?? join(WORKSTATION_DIR, 'data');
const port = Number(values.port ?? process.env.PORT ?? 5175);

await ensureWebBuild(log);
const ws = await openWorkstation({ dataDir, ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}) });
let logins: DemoLogin[] = [];
if (ws.accounts.count() === 0) {
  if (!values['no-demo']) {
    log('first run: seeding the demo enterprise… / 首次运行：正在生成演示企业数据…');
    logins = await seedDemo(ws.store, ws.accounts, ws.attachments, new Date());
    ws.accounts.setSetting('demo', '1');
  } else {
    const enterprise = values.enterprise ?? process.env.ORDER75_ENTERPRISE;
    if (!enterprise || !checkUscc(enterprise).ok) {
      log('--no-demo needs the enterprise USCC: --enterprise 91350100M000100Y43 (or ORDER75_ENTERPRISE)');
      process.exit(2);
    }
    const password = randomBytes(9).toString('base64url');
    await ws.accounts.create({ username: 'principal', displayName: '主要负责人', role: 'principal', sites: [] }, password);
    ws.accounts.setSetting('enterprise', enterprise);
    log(`created the first account / 已创建首个账号: principal / ${password}  (shown once / 仅显示一次)`);
  }
} else if (ws.accounts.setting('demo') === '1') {
  logins = demoLogins(ws.accounts);
}

const app = await buildApp({
  store: ws.store,
  accounts: ws.accounts,
  attachments: ws.attachments,
  enterprise: ws.accounts.setting('enterprise') ?? DEMO_ENTERPRISE,
  webRoot: WEB_ROOT,
});
await app.listen({ host: '127.0.0.1', port });
log(`\nOrder 75 workstation / 质量安全主体责任工作站: http://127.0.0.1:${port}\n`);
if (logins.length > 0) {
  log('demo logins / 演示账号 (username / password):');
  for (const l of logins) log(`  ${l.username.padEnd(16)} ${l.password.padEnd(16)} ${l.role}${l.sites.length ? ` (${l.sites.join(', ')})` : ''}  ${l.displayName}`);
}
log(`\ndata / 数据: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : ws.dataDir}`);

const stop = async () => {
  await app.close();
  await ws.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
