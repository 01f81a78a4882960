import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers';

const daily = {
  id: '0192f3a0-1c2d-7e4f-8a9b-0c1d2e3f4a5b',
  recordType: 'daily-check',
  schemaVersion: 1,
  revision: 1,
  status: 'final',
  enterprise: '91350100M000100Y43',
  date: '2026-11-27',
  site: 'mawei',
  riskList: { recordId: '0192f3a0-0000-7000-8000-000000000001', version: 'V1' },
  inspector: { personId: 'P003', name: '王磊' },
  items: [{ rowId: 'R01', result: 'ok' }],
  zeroRisk: true,
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'o75-validate-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'a-valid.json'), JSON.stringify(daily));
  writeFileSync(join(dir, 'b-invalid.json'), JSON.stringify([daily, { ...daily, date: '2026-02-30', site: undefined }]));
  writeFileSync(join(dir, 'c-malformed.json'), '{\n  "recordType": "daily-check",\n  "date": 2026-11-27\n}');
  writeFileSync(join(dir, 'd-binary.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'e-bom.json'), `\ufeff${JSON.stringify(daily)}`);
  writeFileSync(join(dir, 'f-empty.json'), '');
  writeFileSync(join(dir, 'g-unknown.json'), JSON.stringify({ ...daily, recordType: 'weekly-check' }));
  writeFileSync(join(dir, 'h-proto.json'), JSON.stringify(daily).replace('{', '{"__proto__":{"polluted":true},'));
  writeFileSync(join(dir, 'nested', 'i-lines.jsonl'), `${JSON.stringify(daily)}\n\n{"broken": \n${JSON.stringify({ ...daily, zeroRisk: 'yes' })}\n`);
  writeFileSync(join(dir, 'nested', 'ignored.txt'), 'not a record file');
});

describe('order75 validate', () => {
  it('exits 0 on a valid record', async () => {
    const r = await run(['validate', join(dir, 'a-valid.json')]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('reports every problem in a mixed folder with file and path, and exits 1', async () => {
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    const line = (prefix: string) => lines.filter((l) => l.startsWith(join(dir, prefix)));
    expect(line('b-invalid.json:[1] /date')[0]).toContain('检查日期');
    expect(line('b-invalid.json:[1] /site')[0]).toContain('缺少必填项「厂区」');
    expect(line('b-invalid.json:[0]')).toHaveLength(0);
    expect(line('c-malformed.json')[0]).toContain('第 3 行');
    expect(line('d-binary.json')[0]).toContain('二进制');
    expect(line('e-bom.json')).toHaveLength(0);
    expect(line('f-empty.json')[0]).toContain('文件为空');
    expect(line('g-unknown.json /recordType')[0]).toContain('未知的记录类型「weekly-check」');
    expect(line('h-proto.json /__proto__')[0]).toContain('不允许的字段「__proto__」');
    expect(line('nested/i-lines.jsonl:3')[0]).toContain('JSON 格式错误');
    expect(line('nested/i-lines.jsonl:4 /zeroRisk')[0]).toContain('零风险报告');
    expect(line('nested/i-lines.jsonl:1')).toHaveLength(0);
    expect(lines.some((l) => l.includes('ignored.txt'))).toBe(false);
    expect(r.stderr).toContain('共 12 条，4 条有效，8 条有问题');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('speaks English with --lang en and emits JSON with --format json', async () => {
    const r = await run(['validate', join(dir, 'b-invalid.json'), '--lang', 'en', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { invalid: number; problems: { instancePath: string; message: { en: string } }[] };
    expect(out.invalid).toBe(1);
    expect(out.problems.find((p) => p.instancePath === '/site')?.message.en).toContain('Site is required');
  });

  it('reads standard input as JSON or JSON Lines', async () => {
    const one = await run(['validate', '-'], { stdin: JSON.stringify(daily) });
    expect(one.code).toBe(0);
    const lines = await run(['validate', '-'], { stdin: `${JSON.stringify(daily)}\n${JSON.stringify({ ...daily, revision: 0 })}\n` });
    expect(lines.code).toBe(1);
    expect(lines.stdout).toMatch(/^-:2 \/revision /m);
  });

  it('exits 2 for a missing path, with a bilingual message and no stack trace', async () => {
    const r = await run(['validate', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到文件或文件夹');
    expect(r.stderr).toContain('no such file or folder');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
