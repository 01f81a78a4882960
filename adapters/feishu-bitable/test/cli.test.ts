import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The CLI is this adapter's consumer, not its dependency: its sources are reached by path, in this test only.
import { runCli } from '../../../packages/cli/src/program';
import { APP_ID, APP_SECRET, APP_TOKEN, setUp } from './harness';

let dir = '';
let h: Awaited<ReturnType<typeof setUp>>;

async function order75(args: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: Readable.from([]), cwd: dir, env });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'o75-feishu-cli-'));
  h = await setUp({ server: { latencyMs: 2 } });
  writeFileSync(join(dir, 'feishu.json'), JSON.stringify({ adapter: 'feishu-bitable', options: { appId: APP_ID, appToken: APP_TOKEN, baseUrl: h.server.baseUrl } }));
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
