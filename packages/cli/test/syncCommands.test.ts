import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copiesOf } from '@order75/adapter-kit/testing';
import { connectSql } from '@order75/adapter-sql';
import { createSqliteStore } from '@order75/store';
import { runCli } from '../src/program';

const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `cli_${process.pid}_${Date.now().toString(36)}`;
const env = { O75_TEST_STAGING: PG_URL };
let dir = '';

async function order75(args: string[], environment: Record<string, string> = env) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stdin: Readable.from([]), cwd: dir, env: environment });
  return { code, stdout, stderr };
}

function config(name: string, body: unknown): string {
  writeFileSync(join(dir, name), JSON.stringify(body, null, 2));
  return name;
}

const good = () => ({ adapter: 'sql', consumer: 'erp-staging', store: { kind: 'sqlite', path: 'store.db' }, options: { dialect: 'postgres', urlEnv: 'O75_TEST_STAGING', schema } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'o75-cli-sync-'));
  const store = await createSqliteStore({ path: join(dir, 'store.db') });
  await store.putMany(copiesOf('daily-check', 30), { actor: 'E-020' });
  await store.close();
});

afterAll(async () => {
  const db = connectSql('postgres', PG_URL);
  await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await db.close();
});

describe('order75 provision / sync with the sql adapter', () => {
  it('provision prints what it created, and the second run changes nothing', async () => {
    const file = config('sql.json', good());
    const first = await order75(['provision', 'sql', '--config', file, '--lang', 'en']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('✓ done: create table o75_daily_check');
    const second = await order75(['provision', 'sql', '--config', file, '--lang', 'en']);
    expect(second.stdout).toContain('= unchanged: table o75_daily_check is in place');
    expect(second.stdout).toMatch(/^0 change\(s\) made/m);
    const verify = await order75(['provision', 'sql', '--config', file, '--verify', '--lang', 'en']);
    expect(verify).toMatchObject({ code: 0, stdout: 'the host matches the schemas\n' });
  });

  it('sync pushes the outbox once, then finds nothing; --since re-pushes and reports unchanged', async () => {
    const file = config('sql.json', good());
    const first = await order75(['sync', 'sql', '--config', file, '--lang', 'en']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^pushed 30, unchanged 0, failed 0/);
    const again = await order75(['sync', 'sql', '--config', file, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ pushed: 0, unchanged: 0, failed: [], rounds: 0 });
    const since = await order75(['sync', 'sql', '--config', file, '--since', '2026-01-01', '--lang', 'en']);
    expect(since.stdout).toMatch(/^pushed 0, unchanged 30, failed 0/);
  });

  it('refuses secrets in the config file and names a missing environment variable without printing values', async () => {
    const withUrl = config('bad.json', { ...good(), options: { ...good().options, url: 'postgres://u:hunter22@h/db' } });
    const r = await order75(['provision', 'sql', '--config', withUrl]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/options/url');
    expect(r.stderr).not.toContain('hunter22');
    const missing = await order75(['sync', 'sql', '--config', config('sql.json', good()), '--lang', 'en'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('O75_TEST_STAGING');
  });

  it.each([
    [['provision', 'nosuch', '--config', 'x.json'], 'cannot read config file'],
    [['provision', 'sql'], '--config'],
    [['sync', 'sql', '--config', 'sql.json', '--since', '28.11.2026'], '--since'],
  ])('exits 2 for %j', async (args, text) => {
    config('sql.json', good());
    const r = await order75(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
  });

  it('rejects an invalid option with the path, and prints the config schema', async () => {
    const bad = config('dialect.json', { ...good(), options: { ...good().options, dialect: 'oracle' } });
    const r = await order75(['provision', 'sql', '--config', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/options/dialect');
    const s = await order75(['provision', 'sql', '--schema']);
    expect(JSON.parse(s.stdout).properties.options.properties.dialect.enum).toEqual(['postgres', 'mysql', 'mssql']);
  });
});
