import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliSandbox } from '@order75/adapter-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The CLI is this adapter's consumer, not its dependency: its sources are reached by path, in this test only.
import { runCli } from '../../../packages/cli/src/program';
import { API_KEY, APP_ID, FORMS } from './harness';
import { JiandaoyunServer } from './server/jiandaoyunServer';

const cli = cliSandbox(runCli, 'o75-jdy-cli-');
const order75 = (args: string[]) => cli.run(args, { ORDER75_JIANDAOYUN_API_KEY: API_KEY });
let server: JiandaoyunServer;

beforeAll(async () => {
  server = await JiandaoyunServer.start({ apiKeys: [API_KEY], latencyMs: 2 });
  cli.writeJson('jdy.json', { adapter: 'jiandaoyun', options: { appId: APP_ID, forms: { 'daily-check': FORMS['daily-check'] }, baseUrl: `${server.baseUrl}` } });
});
afterAll(() => server.close());

describe('order75 provision jiandaoyun', () => {
  it('prints the manual steps field by field and writes the CSV templates; --verify lists what is missing', async () => {
    const plan = await order75(['provision', 'jiandaoyun', '--config', 'jdy.json', '--out', 'templates', '--lang', 'en']);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('daily-check → entry-daily-check');
    expect(plan.stdout).toMatch(/o75_record_id {2}text \* {2}Record id/);
    expect(plan.stdout).toMatch(/^0 change\(s\) made, 0 already in place, 17 manual step\(s\)/m);
    expect(readFileSync(join(cli.dir, 'templates', 'order75-daily-check.csv'), 'utf8')).toMatch(/^\uFEFF记录编号,修订版/);
    const verify = await order75(['provision', 'jiandaoyun', '--config', 'jdy.json', '--verify', '--lang', 'en']);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain("missing-object  (forms.recall)  forms['recall'] is not configured");
    expect(verify.stdout).not.toContain(API_KEY);
  });
});
