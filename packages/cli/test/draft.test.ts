import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRecord } from '@order75/core';
import { generateDataset } from '@order75/synthetic';
import { run } from './helpers';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'o75-draft-'));
  const records = generateDataset({ seed: 'cli-draft', sites: 2, from: '2026-09-01', to: '2026-11-30', hazardRate: 0.2 }).toArray();
  writeFileSync(join(dir, 'records.jsonl'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
});

describe('order75 draft', () => {
  it('weekly: prints a valid draft weekly report for the week', async () => {
    const r = await run(['draft', 'weekly', '--week', '2026-W47', 'records.jsonl'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const draft = JSON.parse(r.stdout);
    expect(draft).toMatchObject({ recordType: 'weekly-report', status: 'draft', week: '2026-W47', reviewDate: '2026-11-22' });
    expect(validateRecord(draft).ok).toBe(true);
  });

  it('monthly: writes a valid draft to --out', async () => {
    const r = await run(['draft', 'monthly', '--month', '2026-11', '--meeting-date', '2026-11-27', 'records.jsonl', '--out', 'nov.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const draft = JSON.parse(readFileSync(join(dir, 'nov.json'), 'utf8'));
    expect(draft).toMatchObject({ recordType: 'monthly-meeting', status: 'draft', month: '2026-11', meetingDate: '2026-11-27' });
    expect(validateRecord(draft).ok).toBe(true);
  });

  it('exits 2 naming the file and path of an invalid record, evaluating nothing', async () => {
    const lines = readFileSync(join(dir, 'records.jsonl'), 'utf8').trim().split('\n');
    const broken = JSON.parse(lines[40]!);
    broken.date = '2026-02-30';
    lines[40] = JSON.stringify(broken);
    writeFileSync(join(dir, 'broken.jsonl'), `${lines.join('\n')}\n`);
    const r = await run(['draft', 'weekly', '--week', '2026-W47', 'broken.jsonl', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^broken\.jsonl:41 \/date /m);
    expect(r.stderr).toContain('nothing was evaluated');
  });

  it('exits 2 on a missing or malformed week, month or kind', async () => {
    expect((await run(['draft', 'weekly', 'records.jsonl'], { cwd: dir })).code).toBe(2);
    expect((await run(['draft', 'weekly', '--week', '2026-47', 'records.jsonl'], { cwd: dir })).code).toBe(2);
    expect((await run(['draft', 'monthly', '--month', '2026-13', 'records.jsonl'], { cwd: dir })).code).toBe(2);
    expect((await run(['draft', 'yearly', 'records.jsonl'], { cwd: dir })).code).toBe(2);
    expect((await run(['draft', 'weekly', '--week', '2026-W47', 'missing-folder'], { cwd: dir })).code).toBe(2);
  });
});
