import { inflateSync } from 'node:zlib';
import { riskListTemplate } from '@order75/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRenderer, type Renderer } from '../src/renderPdf';
import { recordHtml } from '../src/recordHtml';

const list = riskListTemplate('wire-cable', { enterprise: '91350105MA2Y3K8N71', name: '福建闽江电线电缆有限公司' }, { effectiveDate: '2026-07-01', id: '0193a8f1-0000-7000-8000-00000000a001' });
const daily = {
  id: '0193b000-0000-7000-8000-000000000101',
  recordType: 'daily-check',
  schemaVersion: 1,
  revision: 1,
  status: 'final',
  enterprise: '91350105MA2Y3K8N71',
  date: '2026-11-23',
  site: 'S1',
  riskList: { recordId: list.id, version: list.version },
  inspector: { personId: 'E0023', name: '王丽娟' },
  items: list.rows
    .filter((r) => r.cadence === 'daily')
    .map((r) => (r.rowId === 'WC-05' ? { rowId: r.rowId, result: 'hazard', hazardId: 'H-20261123-S1-WC-05-k3v9', finding: '绝缘最薄点 0.62mm，低于标准 0.64mm', measure: '立即停机隔离', measureAt: '2026-11-23T09:55:00+08:00' } : { rowId: r.rowId, result: 'ok' })),
  zeroRisk: false,
};

/**
 * Facts of a PDF: its header, page count, and the Unicode code points its fonts' ToUnicode maps name (the
 * text a reader can select and search), read from the Flate streams.
 */
function pdfFacts(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  const text = buffer.toString('latin1');
  let unicode = '';
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      unicode += inflateSync(buffer.subarray(start, end)).toString('latin1');
    } catch {
      // Not a Flate stream (images): skip.
    }
  }
  // ToUnicode maps: `<code> <unicode>` pairs (bfchar) and `<lo> <hi> <first unicode>` ranges (bfrange).
  const points = new Set<number>();
  for (const [, dst] of unicode.matchAll(/<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]{4})>/g)) points.add(Number.parseInt(dst as string, 16));
  for (const [, lo, hi, first] of unicode.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>/g)) {
    const n = Number.parseInt(hi as string, 16) - Number.parseInt(lo as string, 16);
    for (let i = 0; i <= n; i++) points.add(Number.parseInt(first as string, 16) + i);
  }
  return {
    header: text.slice(0, 5),
    pages: (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length,
    has: (chars: string) => [...chars].every((c) => points.has(c.codePointAt(0) as number)),
  };
}

describe('recordHtml', () => {
  it('is one self-contained page: regulation title, signature and seal boxes, no script, no remote URL', () => {
    const html = recordHtml(daily, { riskList: list });
    expect(html).toContain('《每日工业产品质量安全检查记录》');
    expect(html).toContain('（盖章）');
    expect(html).toContain('签字');
    expect(html).toContain('@page { size: A4');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });
});

describe('renderPdf', () => {
  let renderer: Renderer;
  beforeAll(async () => {
    renderer = await createRenderer({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  }, 60_000);
  afterAll(async () => renderer?.close());

  it('prints an A4 PDF with an embedded CJK font', async () => {
    const pdf = await renderer.pdf(daily, { riskList: list });
    const facts = pdfFacts(pdf);
    expect(facts.header).toBe('%PDF-');
    expect(facts.pages).toBeGreaterThanOrEqual(1);
    // 日 and 工 are left out: Chromium maps their shared glyphs to the Kangxi radicals ⽇ ⼯ in ToUnicode.
    expect(facts.has('每业产品质量安全检查记录签字盖章王丽娟零')).toBe(true);
    expect(facts.has('鑫')).toBe(false);
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
  });

  it('prints the English view too', async () => {
    const pdf = await renderer.pdf(daily, { locale: 'en' });
    expect(pdfFacts(pdf).header).toBe('%PDF-');
  });

  it('says which binary it could not start', async () => {
    await expect(createRenderer({ executablePath: '/nonexistent/chromium' })).rejects.toThrow(/\/nonexistent\/chromium.*无法启动 Chromium/);
  });
});
