import { cliSandbox } from '@order75/adapter-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The CLI is this adapter's consumer, not its dependency: its sources are reached by path, in this test only.
import { runCli } from '../../../packages/cli/src/program';
import { FORMS } from './harness';
import { KD_TEST, KingdeeServer } from './server/kingdeeServer';

const cli = cliSandbox(runCli, 'o75-kd-cli-');
const order75 = (args: string[]) => cli.run(args, { ORDER75_KINGDEE_APP_SECRET: KD_TEST.appSecret });
let server: KingdeeServer;

beforeAll(async () => {
  server = await KingdeeServer.start({ latencyMs: 2 });
  const options = { baseUrl: server.baseUrl, acctId: KD_TEST.acctId, auth: { kind: 'signed', appId: KD_TEST.appId, userName: KD_TEST.userName }, forms: FORMS };
  cli.writeJson('kd.json', { adapter: 'kingdee', options });
});
afterAll(() => server.close());

describe('order75 provision kingdee', () => {
  it('prints the BOS-designer plan with field keys and designer types, signing with the secret from the environment', async () => {
    const plan = await order75(['provision', 'kingdee', '--config', 'kd.json', '--lang', 'en']);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('daily-check → O75_DAILY_CHECK');
    expect(plan.stdout).toContain('F_O75_RecordId  文本 Text(64) *');
    expect(plan.stdout).toMatch(/^0 change\(s\) made, 0 already in place, 17 manual step\(s\)/m);
    expect(plan.stdout).not.toContain(KD_TEST.appSecret);
  });
});
