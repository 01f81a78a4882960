import { cliSandbox } from '@order75/adapter-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The CLI is this adapter's consumer, not its dependency: its sources are reached by path, in this test only.
import { runCli } from '../../../packages/cli/src/program';
import { APP_ID, APP_SECRET, APP_TOKEN, setUp } from './harness';

const cli = cliSandbox(runCli, 'o75-feishu-cli-');
const order75 = cli.run;
let h: Awaited<ReturnType<typeof setUp>>;

beforeAll(async () => {
  h = await setUp({ server: { latencyMs: 2 } });
  cli.writeJson('feishu.json', { adapter: 'feishu-bitable', options: { appId: APP_ID, appToken: APP_TOKEN, baseUrl: h.server.baseUrl } });
});
afterAll(() => h.server.close());

describe('order75 provision feishu-bitable', () => {
  it('reads the secret from the environment, creates the tables, then changes nothing and verifies clean', async () => {
    const missing = await order75(['provision', 'feishu-bitable', '--config', 'feishu.json', '--lang', 'en'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ORDER75_FEISHU_APP_SECRET');
    const env = { ORDER75_FEISHU_APP_SECRET: APP_SECRET };
    const first = await order75(['provision', 'feishu-bitable', '--config', 'feishu.json', '--lang', 'en'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^17 change\(s\) made/m);
    const second = await order75(['provision', 'feishu-bitable', '--config', 'feishu.json', '--lang', 'en'], env);
    expect(second.stdout).toMatch(/^0 change\(s\) made, 17 already in place/m);
    expect(await order75(['provision', 'feishu-bitable', '--config', 'feishu.json', '--verify', '--lang', 'en'], env)).toMatchObject({ code: 0, stdout: 'the host matches the schemas\n' });
    expect(first.stdout + second.stdout).not.toContain(APP_SECRET);
  });
});
