import { existsSync } from 'node:fs';
import { canonicalJson } from '@order75/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyHtml, verifyHtmlPath } from '../../src/html/verifyHtml';
import { chainFixture, type Fixture, USCC } from '../fixtures/chainFixture';
import { editLines, entriesOf, rezip } from '../fixtures/rezip';
import { mutations } from '../verify/mutationArbitraries';
import { CHROMIUM, openVerifyPage, type VerifyPage } from './chromium';

describe('verify.html, the file', () => {
  it('is one self-contained page: inline script and style, a CSP that forbids the network, no external reference', async () => {
    const html = await verifyHtml();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">/);
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(\s*['"]?(https?:)?\/\//i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('将 .o75.zip 归档文件拖放到此处');
  });
});

describe.skipIf(!existsSync(CHROMIUM))('verify.html in Chromium', () => {
  let fx: Fixture;
  let intact: Uint8Array;
  let browser: VerifyPage;
  beforeAll(async () => {
    fx = await chainFixture();
    intact = await fx.pack();
    browser = await openVerifyPage(await verifyHtmlPath());
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows an intact archive as intact, in Chinese, with the enterprise, period and records by type', async () => {
    const { state, text, report } = await browser.verify(intact);
    expect(state).toBe('ok');
    expect(report.ok).toBe(true);
    expect(report.ed25519).toBe('webcrypto');
    expect(text).toContain('归档完整，校验通过');
    expect(text).toContain(USCC);
    expect(text).toContain('2024-05-01 至 2024-05-31');
    expect(text).toContain('《每日工业产品质量安全检查记录》：4 份，5 个修订版');
    expect(text).toContain('8 / 8 核验通过');
    await browser.page.screenshot({ path: '/tmp/order75-verify-intact.png', fullPage: true });
  });

  it('shows a tampered archive as not intact and names the line and record that failed', async () => {
    const at = fx.events.findIndex((e, i) => i > 0 && e.kind === 'revision');
    const tampered = editLines(intact, (l) => {
      l[at] = (l[at] as string).replace('"site":"S1"', '"site":"S9"');
    });
    const { state, text } = await browser.verify(tampered, 'tampered.o75.zip');
    expect(state).toBe('tampered');
    expect(text).toContain('校验未通过：归档已被改动或损坏');
    expect(text).toContain(`records.jsonl 第 ${at + 1} 行 · 记录 ${fx.events[at]?.id} 修订版 1：哈希不符`);
    expect(text).toContain('记录内容与其内容哈希（contentHash）不符');
    await browser.page.screenshot({ path: '/tmp/order75-verify-tampered.png', fullPage: true });
  });

  it('takes a dropped file too, and names a missing attachment', async () => {
    const name = `attachments/${fx.photo.hash.replace(':', '-')}`;
    const { state, text } = await browser.drop(rezip(intact, (f) => f.delete(name)), 'dropped.o75.zip');
    expect(state).toBe('tampered');
    expect(text).toContain(`附件 ${fx.photo.hash}：缺失`);
  });

  it('detects a sample of the property-test mutations too (two of each kind, fixed seed)', async () => {
    const withPeople = await chainFixture({ withPeople: true });
    const archive = await withPeople.pack();
    const files = entriesOf(archive);
    for (const [kind, arbitrary] of Object.entries(mutations)) {
      for (const m of fc.sample(arbitrary(() => files), { numRuns: 2, seed: 75 })) {
        const { state } = await browser.verify(m.apply(archive, files), 'mutated.o75.zip');
        expect(state, `${kind}: ${m.what}`).not.toBe('ok');
      }
    }
  }, 120_000);

  it('made no network request beyond loading itself', () => {
    expect(browser.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });

  it('falls back to pure-JS Ed25519 where WebCrypto lacks it, and still catches a forged signature', async () => {
    // An older browser core: WebCrypto refuses Ed25519 keys.
    const old = await openVerifyPage(await verifyHtmlPath(), `{
      const subtle = crypto.subtle, importKey = subtle.importKey.bind(subtle);
      subtle.importKey = (format, data, alg, ...rest) =>
        (alg && (alg === 'Ed25519' || alg.name === 'Ed25519')) ? Promise.reject(new DOMException('not supported', 'NotSupportedError')) : importKey(format, data, alg, ...rest);
    }`);
    try {
      const good = await old.verify(intact);
      expect(good.state).toBe('ok');
      expect(good.report.ed25519).toBe('noble');
      expect(good.text).toContain('8 / 8 核验通过 verified · Ed25519: 纯 JS pure JS (@noble/ed25519)');
      const at = fx.events.findIndex((e) => e.kind === 'signature');
      const forged = editLines(intact, (l) => {
        const event = JSON.parse(l[at] as string);
        event.signature.signedAt = '2024-05-09T18:00:00+08:00';
        l[at] = canonicalJson(event);
      });
      const bad = await old.verify(forged, 'forged.o75.zip');
      expect(bad.report.issues.map((i) => i.code)).toContain('signature.invalid');
      expect(bad.text).toContain('P001 的签名无效');
    } finally {
      await old.close();
    }
  });
});
