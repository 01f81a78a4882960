import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRenderModule, RENDER_MISSING } from '../src/commands/renderModule';
import { CliUsageError } from '../src/io';
import { run } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'o75-cli-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const incentive = {
  id: '0193b000-0000-7000-8000-000000000017',
  recordType: 'incentive',
  schemaVersion: 1,
  revision: 1,
  status: 'final',
  enterprise: '91350105MA2Y3K8N71',
  person: { personId: 'E0023', name: '王丽娟' },
  kind: 'reward',
  date: '2026-11-28',
  reason: '及时发现挤塑绝缘厚度隐患，避免不合格品流出',
};

describe('order75 render', () => {
  it('prints a record to an A4 PDF through Chromium', async () => {
    writeFileSync(join(dir, 'incentive.json'), JSON.stringify(incentive));
    const result = await run(['render', 'incentive.json', '--pdf', 'out.pdf', '--chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^已生成 out\.pdf（\d+ 字节）/);
    expect(readFileSync(join(dir, 'out.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('refuses an invalid record with bilingual issues and writes nothing', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...incentive, reason: undefined }));
    const result = await run(['render', 'bad.json', '--pdf', 'bad.pdf', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Reason is required');
    expect(result.stderr).toContain('no PDF written');
    expect(existsSync(join(dir, 'bad.pdf'))).toBe(false);
  });

  it('says in both languages how to install @order75/render when it is missing', async () => {
    const error = await loadRenderModule('@order75/render-not-installed').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliUsageError);
    expect((error as CliUsageError).zh).toBe(RENDER_MISSING.zh);
    expect((error as CliUsageError).en).toBe(RENDER_MISSING.en);
  });
});
