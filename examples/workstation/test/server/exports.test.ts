import { verifyArchive } from '@order75/archive';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { type Session, type TestWorkstation, testWorkstation } from '../harness';

let t: TestWorkstation;
let viewer: Session;
beforeAll(async () => {
  t = await testWorkstation();
  viewer = await t.login('viewer');
});
afterAll(() => t.close());

describe('inspector exports', () => {
  it('builds the archive of a period that verifies, with the signature images inside', async () => {
    const res = await t.app.inject({ url: '/api/exports/archive?from=2026-10-01&to=2026-10-31', headers: viewer.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(String(res.headers['content-disposition'])).toContain('.o75.zip');
    const report = await verifyArchive(new Uint8Array(res.rawPayload));
    expect(report.ok).toBe(true);
  });

  it('downloads verify.html, a self-contained page', async () => {
    const res = await t.app.inject({ url: '/api/exports/verify.html', headers: viewer.headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^<!doctype html>/i);
    expect(res.body).not.toMatch(/<script[^>]+src=/i);
  });

  it('gives the compliance report as JSON and as printable HTML, both with the disclaimer', async () => {
    const json = await t.app.inject({ url: '/api/exports/report.json?from=2026-09-01&to=2026-11-25', headers: viewer.headers });
    expect(json.statusCode).toBe(200);
    const body = json.json();
    expect(body).toMatchObject({ enterprise: '91350100M000100Y43', from: '2026-09-01', to: '2026-11-25' });
    expect(body.findings.map((f: { rule: string }) => f.rule)).toContain('art4.veto-unanswered');
    const html = await t.app.inject({ url: '/api/exports/report.html?from=2026-09-01&to=2026-11-25', headers: viewer.headers });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('福建闽江电线电缆有限公司');
    expect(html.body).toContain('art4.veto-unanswered');
    expect(html.body).toContain(body.summary.notes.disclaimer.zh);
  });

  it('exports the period’s daily checks as XLSX, one row per item', async () => {
    const res = await t.app.inject({ url: '/api/exports/daily-checks.xlsx?from=2026-11-02&to=2026-11-06', headers: viewer.headers });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('检查日期');
    expect(sheet?.rowCount).toBeGreaterThan(10);
  });

  it('refuses a malformed period and an anonymous request', async () => {
    expect((await t.app.inject({ url: '/api/exports/report.json?from=2026-9-1', headers: viewer.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/exports/archive' })).statusCode).toBe(401);
  });
});
