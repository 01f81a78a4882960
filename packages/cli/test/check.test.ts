import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '@order75/core';
import { generateDataset } from '@order75/synthetic';
import { run } from './helpers';

let dir: string;
const NOW = '2026-07-01T09:00:00+08:00';

function write(name: string, options: Parameters<typeof generateDataset>[0]) {
  const records = generateDataset(options).toArray();
  writeFileSync(join(dir, name), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return records;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'o75-check-'));
  write('gaps.jsonl', { seed: 'cli-check', sites: 2, from: '2026-01-01', to: '2026-06-30', missRate: 0.05, lateRate: 0.1 });
  write('clean.jsonl', { seed: 'cli-clean', sites: 2, from: '2026-01-01', to: '2026-06-30', missRate: 0, lateRate: 0, replacementRate: 0 });
});

const args = (file: string, ...more: string[]) => ['check', file, '--from', '2026-01-01', '--to', '2026-06-30', '--now', NOW, ...more];

describe('order75 check', () => {
  it('exits 1 on violations and prints a zh-CN report with the calendar and the findings', async () => {
    const r = await run(args('gaps.jsonl'), { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('记录检查报告');
    expect(r.stdout).toContain('每日检查日历');
    expect(r.stdout).toMatch(/^ {2}2026-02 [●○·-]{28}$/m);
    expect(r.stdout).toMatch(/^\[严重\] art10\.daily-missing /m);
    expect(r.stdout).toContain('不是法律认定');
  });

  it('exits 0 when nothing is missing, and speaks English with --lang en', async () => {
    const r = await run(args('clean.jsonl', '--lang', 'en'), { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Findings: violations 0');
    expect(r.stdout).toContain('not legal determinations');
  });

  it('--format json is stable (the same bytes twice) and valid against the check-report schema', async () => {
    const a = await run(args('gaps.jsonl', '--format', 'json'), { cwd: dir });
    const b = await run(args('gaps.jsonl', '--format', 'json'), { cwd: dir });
    expect(a.code).toBe(1);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout);
    const schema = JSON.parse(readFileSync(new URL('../../../schemas/reports/check-report.schema.json', import.meta.url), 'utf8'));
    const ajv = createAjv();
    ajv.addSchema(schema);
    const validate = ajv.getSchema(schema.$id)!;
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(report).toMatchObject({ $schema: schema.$id, enterprise: '91350100M000100Y43' });
    expect(report.summary.counts.violation).toBeGreaterThan(0);
    expect(report.findings.some((f: { rule: string }) => f.rule === 'art10.daily-missing')).toBe(true);
  });

  it('--format html writes one self-contained file with the calendar', async () => {
    const r = await run(args('gaps.jsonl', '--format', 'html', '--out', 'report.html'), { cwd: dir });
    expect(r.code).toBe(1);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('class="cal"');
    expect(html).toMatch(/<td class="m" title="2026-0\d-\d\d"><\/td>/);
    expect(html).not.toMatch(/<script|<link|https?:\/\//);
  });

  it('exits 2 for an invalid record (file, line and path), several enterprises, or bad options', async () => {
    const lines = readFileSync(join(dir, 'clean.jsonl'), 'utf8').trim().split('\n');
    const broken = JSON.parse(lines[60]!);
    broken.site = '';
    writeFileSync(join(dir, 'broken.jsonl'), `${[...lines.slice(0, 60), JSON.stringify(broken), ...lines.slice(61)].join('\n')}\n`);
    const bad = await run(args('broken.jsonl'), { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^broken\.jsonl:61 \/site /m);

    const other = JSON.parse(lines[0]!);
    other.enterprise = '9144030071526726XG';
    writeFileSync(join(dir, 'mixed.jsonl'), `${[...lines, JSON.stringify(other)].join('\n')}\n`);
    const mixed = await run(args('mixed.jsonl'), { cwd: dir });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('多个生产单位');

    expect((await run(['check', 'clean.jsonl', '--from', '2026-01-01'], { cwd: dir })).code).toBe(2);
    expect((await run(args('clean.jsonl', '--format', 'pdf'), { cwd: dir })).code).toBe(2);
    expect((await run(args('clean.jsonl', '--now', 'yesterday'), { cwd: dir })).code).toBe(2);
    expect((await run(['check', 'clean.jsonl', '--from', '2026-06-30', '--to', '2026-01-01', '--now', NOW], { cwd: dir })).code).toBe(2);
  });
});
