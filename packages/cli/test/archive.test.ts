/** `order75 archive`, `verify`, `import` and `export` end to end on real SQLite stores, run in-process. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createSqliteStore } from '@order75/store';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTERPRISE, PERSON_KEY, SCAN, writeHistory } from '../../archive/test/fixtures/storeFixture';
import { editLines } from '../../archive/test/fixtures/rezip';
import { runCli } from '../src/program';

let dir: string;
let scanHash: string;
const env = { ORDER75_PERSON_KEY: PERSON_KEY };

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stdin: Readable.from([]), cwd: dir, env });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'o75-cli-archive-'));
  const store = await createSqliteStore({ path: join(dir, 'origin.db'), personKey: PERSON_KEY });
  ({ scanHash } = await writeHistory(store));
  await store.close();
  writeFileSync(join(dir, scanHash.replace(':', '-')), SCAN);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MAY = ['--store', 'origin.db', '--enterprise', ENTERPRISE, '--from', '2024-05-01', '--to', '2024-05-31'];

describe('order75 archive + verify', () => {
  it('writes the archive and says what it holds', async () => {
    const r = await cli(['archive', ...MAY, '--out', 'may.o75.zip', '--attachments', '.']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^已写入 may\.o75\.zip（\d+ 字节）：\d+ 个事件（序号 \d+–\d+），1 个附件\n/);
    expect(r.stdout).toContain('《每日工业产品质量安全检查记录》: 31');
  });

  it('verifies: exit 0, Chinese by default, English and JSON on request', async () => {
    const zh = await cli(['verify', 'may.o75.zip']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^✔ 完整 —— 归档校验通过/);
    expect(zh.stdout).toContain(`企业: ${ENTERPRISE}`);
    const en = await cli(['verify', 'may.o75.zip', '--lang', 'en']);
    expect(en.stdout).toMatch(/^✔ INTACT/);
    expect(en.stdout).toContain('Period: 2024-05-01 to 2024-05-31');
    const json = await cli(['verify', 'may.o75.zip', '--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ ok: true, counts: { 'daily-check': 31, 'weekly-report': 1 } });
    const head = `${report.chain.toSeq}:${report.chain.head}`;
    expect((await cli(['verify', 'may.o75.zip', '--checkpoint', head])).code).toBe(0);
    const wrong = await cli(['verify', 'may.o75.zip', '--checkpoint', `${report.chain.toSeq}:sha256:${'0'.repeat(64)}`]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('该链在此之前被改写过');
    expect((await cli(['verify', 'may.o75.zip', '--checkpoint', 'yesterday'])).code).toBe(2);
  });

  it('exit 1 and the failing line for a tampered archive; exit 2 for usage errors', async () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'may.o75.zip')));
    writeFileSync(join(dir, 'bad.o75.zip'), editLines(bytes, (l) => {
      const at = l.findIndex((x) => x.includes('"site":"mawei"'));
      l[at] = (l[at] as string).replace('"site":"mawei"', '"site":"elsewhere"');
    }));
    const bad = await cli(['verify', 'bad.o75.zip']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^✘ 已被改动或损坏/);
    expect(bad.stdout).toMatch(/records\.jsonl 第 1 行 · 记录 \S+ 修订版 1：哈希不符/);
    expect((await cli(['verify', 'missing.o75.zip'])).code).toBe(2);
    expect((await cli(['verify', 'may.o75.zip', '--format', 'yaml'])).code).toBe(2);
    expect((await cli(['archive', ...MAY])).code).toBe(2);
    const none = await cli(['archive', '--store', 'origin.db', '--enterprise', ENTERPRISE, '--from', '2030-01-01', '--to', '2030-01-31', '--out', 'x.zip']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('没有记录');
  });

  it('writes the offline verifier beside the archive with --verifier', async () => {
    const r = await cli(['archive', ...MAY, '--out', 'v.o75.zip', '--verifier', 'verify.html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已写入离线校验页面 verify.html');
    const html = readFileSync(join(dir, 'verify.html'), 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('将 .o75.zip 归档文件拖放到此处');
  });

  it('adds people only with --people', async () => {
    const r = await cli(['archive', ...MAY, '--out', 'people.o75.zip', '--people', '--lang', 'en']);
    expect(r.stdout).toContain('2 people');
    expect((await cli(['verify', 'people.o75.zip'])).stdout).toMatch(/2 名人员/);
  });
});

describe('order75 import', () => {
  it('imports into another store, then reports everything as already present', async () => {
    const first = await cli(['import', 'may.o75.zip', '--store', 'target.db']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^已导入 \d+ 个修订版，0 个已存在而跳过/);
    expect(first.stdout).toContain('归档携带 1 个公钥');
    const again = await cli(['import', 'may.o75.zip', '--store', 'target.db', '--format', 'json']);
    expect(JSON.parse(again.stdout).imported).toEqual([]);
  });

  it('refuses a tampered archive with exit 1 and writes nothing', async () => {
    const r = await cli(['import', 'bad.o75.zip', '--store', 'empty.db']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('归档未通过校验，未导入任何内容');
    const store = await createSqliteStore({ path: join(dir, 'empty.db') });
    expect(await store.query({ allRevisions: true })).toEqual([]);
    await store.close();
  });
});

describe('order75 export', () => {
  it('JSON Lines to standard output, one canonical record a line', async () => {
    const r = await cli(['export', '--store', 'origin.db', '--type', 'daily-check', '--from', '2024-05-01', '--to', '2024-05-03']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.date, l.revision])).toEqual([['2024-05-01', 1], ['2024-05-02', 2], ['2024-05-03', 1]].sort());
  });

  it('CSV with a BOM and one row per checked item', async () => {
    const r = await cli(['export', '--store', 'origin.db', '--type', 'daily-check', '--format', 'csv', '--from', '2024-05-01', '--to', '2024-05-01']);
    const rows = r.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(rows[0]).toMatch(/^检查日期 date,厂区 site,检查人 inspector/);
    expect(rows.slice(1).map((row) => row.split(',').slice(0, 7).join(','))).toEqual(['2024-05-01,mawei,王磊,,V1,R01,正常', '2024-05-01,mawei,王磊,,V1,R02,正常']);
  });

  it('XLSX through @order75/xlsx, with dates as Excel date cells', async () => {
    const r = await cli(['export', '--store', 'origin.db', '--type', 'daily-check', '--format', 'xlsx', '--from', '2024-05-01', '--to', '2024-05-31', '--out', 'may.xlsx']);
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'may.xlsx'));
    const sheet = book.worksheets[0];
    expect(sheet?.rowCount).toBe(1 + 31 * 2);
    expect(sheet?.getRow(1).getCell(1).value).toBe('检查日期');
  });

  it('usage errors: unknown type, xlsx without --out, xlsx for a type it does not cover', async () => {
    expect((await cli(['export', '--store', 'origin.db', '--type', 'nope'])).code).toBe(2);
    expect((await cli(['export', '--store', 'origin.db', '--type', 'daily-check', '--format', 'xlsx'])).code).toBe(2);
    expect((await cli(['export', '--store', 'origin.db', '--type', 'training', '--format', 'xlsx', '--out', 'x.xlsx'])).code).toBe(2);
  });
});
