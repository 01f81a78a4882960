/**
 * The forms in real Chromium (Debian's, through playwright-core) against a production build of the gallery,
 * served on 127.0.0.1 under a strict CSP. One build and one browser for the whole file.
 */
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { contentHash, sha256Hasher, validateRecord } from '@order75/core';
import { RECORD_TYPES } from '@order75/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGallery } from './support/buildGallery';
import { launchChromium, type ChromiumHandle } from './support/chromium';
import { openGallery, tabTo, type PageOptions } from './support/galleryPage';
import { serveStatic, type StaticServer } from './support/serveStatic';

const SHOTS = '/tmp/o75-screens';
/** Generous per-test time: the machine's two cores are shared with other suites while Chromium runs. */
const PAGE_TEST = { timeout: 60_000 };
let dist: string;
let server: StaticServer;
let chromium: ChromiumHandle;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dist = await buildGallery();
  server = await serveStatic(dist);
  chromium = await launchChromium();
}, 240_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (dist) await rm(dist, { recursive: true, force: true });
});

const open = (type: string, o: PageOptions = {}) => openGallery(chromium.context, server.url, type, o);

function expectValid(record: Record<string, unknown> | undefined, type: string) {
  expect(record?.recordType).toBe(type);
  expect(record?.status).toBe('final');
  const result = validateRecord(record);
  expect(result.ok ? [] : result.issues.map((i) => i.message.zh)).toEqual([]);
}

describe('every record type: fill, submit, get a valid record', PAGE_TEST, () => {
  const variants: [string, PageOptions][] = [
    ['zh-CN, desktop', { lang: 'zh-CN', width: 1280 }],
    ['en, 375 px', { lang: 'en', width: 375 }],
  ];
  for (const type of RECORD_TYPES) {
    for (const [label, options] of variants) {
      it(`${type} (${label})`, async () => {
        const g = await open(type, options);
        const { page } = g;
        if (type === 'daily-check') await page.click('.o75-table-bar .o75-btn-primary');
        const remark = options.lang === 'en' ? 'Checked on the phone' : '已在手机上核对';
        await page.fill('#root_remarks', remark);
        await page.click('[data-testid="o75-submit"]');
        await page.waitForSelector('[data-testid="gallery-submitted"], [data-testid="o75-error-summary"]');
        expect(await page.locator('[data-testid="o75-error-summary"]').allTextContents()).toEqual([]);
        const [record] = await g.submitted();
        expectValid(record, type);
        expect(record?.remarks).toBe(remark);
        if (type === 'daily-check') expect(record?.zeroRisk).toBe(true);
        if (options.lang === 'en') {
          expect(await page.locator('[data-testid="o75-submit"]').textContent()).toBe('Submit');
          expect(await page.locator('.o75-section-title').first().textContent()).toBe('Basics');
          expect(await page.locator('.o75-form-title').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
        } else {
          expect(await page.locator('.o75-section-title').first().textContent()).toBe('基本信息');
        }
        expect(await g.overflow()).toBeLessThanOrEqual(0);
        expect(await g.problems()).toEqual([]);
        if (options.width === 375 && ['daily-check', 'weekly-report', 'risk-list'].includes(type)) {
          await page.screenshot({ path: `${SHOTS}/${type}-375-en.png` });
        }
        await page.close();
      });
    }
  }
});

describe('validation', PAGE_TEST, () => {
  it('a blank form shows zh-CN errors naming fields by title, linked to the fields, and submits nothing', async () => {
    const g = await open('incentive', { blank: true });
    await g.page.click('[data-testid="o75-submit"]');
    const summary = g.page.locator('[data-testid="o75-error-summary"]');
    await summary.waitFor();
    const text = await summary.textContent();
    for (const title of ['人员', '类别', '日期', '事由']) expect(text).toContain(`${title}：缺少必填项「${title}」`);
    expect(await g.page.evaluate('document.activeElement?.dataset?.testid')).toBe('o75-error-summary');
    await summary.locator('a', { hasText: '事由' }).click();
    expect(await g.page.evaluate('document.activeElement?.id')).toBe('root_reason');
    expect(await g.page.locator('#root_reason__error').textContent()).toContain('缺少必填项');
    expect(await g.submitted()).toEqual([]);
    await g.page.screenshot({ path: `${SHOTS}/errors-zh.png` });
    await g.page.close();
  });

  it('editing a final record makes its next revision, which must say why', async () => {
    const g = await open('incentive', { correct: true });
    expect(await g.page.inputValue('#root_supersedes_revision')).toBe('1');
    await g.page.fill('#root_measure', '通报表扬并奖励 800 元');
    await g.page.click('[data-testid="o75-submit"]');
    const summary = g.page.locator('[data-testid="o75-error-summary"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('更正原因');
    expect(await g.submitted()).toEqual([]);
    await g.page.fill('#root_supersedes_reason', '奖励金额按总经理办公会决定调整');
    await g.page.click('[data-testid="o75-submit"]');
    await g.page.waitForSelector('[data-testid="gallery-submitted"]');
    const [record] = await g.submitted();
    expectValid(record, 'incentive');
    expect(record).toMatchObject({ id: '0193b000-0000-7000-8000-000000000017', revision: 2, supersedes: { revision: 1, reason: '奖励金额按总经理办公会决定调整' }, measure: '通报表扬并奖励 800 元' });
    await g.page.close();
  });

  it('a malformed value is named in English when the form is in English', async () => {
    const g = await open('weekly-report', { lang: 'en' });
    await g.page.fill('#root_week', '2026-48');
    await g.page.click('[data-testid="o75-submit"]');
    const summary = g.page.locator('[data-testid="o75-error-summary"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Week');
    expect(await g.submitted()).toEqual([]);
    await g.page.close();
  });

  it('a hazard without an immediate measure is blocked by the engine rule', async () => {
    const g = await open('daily-check');
    const { page } = g;
    await page.click('.o75-table-bar .o75-btn-primary');
    await page.click('#o75-items-2 .o75-seg-hazard');
    await page.fill('#o75-items-2-finding', '3 号挤塑机绝缘最薄点 0.62mm');
    await page.click('[data-testid="o75-submit"]');
    const summary = page.locator('[data-testid="o75-error-summary"]');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/措施/);
    expect(await page.locator('[data-testid="o75-error-summary"] li[data-source^="art10"]').count()).toBeGreaterThan(0);
    expect(await g.submitted()).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/hazard-blocked.png` });
    await page.fill('#o75-items-2-measure', '立即停机隔离本班次产品');
    await page.click('#o75-items-2-measureAt ~ button');
    await page.click('#o75-items-2-reportedAt ~ button');
    await page.locator('#o75-items-2-reportedTo').click();
    await page.locator('.ant-select-item-option', { hasText: '林晓峰' }).click();
    await page.click('[data-testid="o75-submit"]');
    await page.waitForSelector('[data-testid="gallery-submitted"]');
    const [record] = await g.submitted();
    expectValid(record, 'daily-check');
    const items = (record?.items ?? []) as Record<string, unknown>[];
    expect(items[2]).toMatchObject({ result: 'hazard', measure: '立即停机隔离本班次产品', reportedTo: { personId: 'E0007', name: '林晓峰' } });
    expect(String(items[2]?.hazardId)).toMatch(/^H-\d{8}-S1-/);
    expect(record?.zeroRisk).toBe(false);
    await page.close();
  });
});

describe('signatures', PAGE_TEST, () => {
  it('refuses a slot to a signer whose role it does not list, with a bilingual message', async () => {
    const g = await open('daily-check');
    await g.page.click('.o75-table-bar .o75-btn-primary');
    await g.page.selectOption('[data-testid="gallery-sign-as"]', 'E0007:director');
    await g.page.click('[data-testid="o75-slot-0"] >> text=手写签名');
    const refusal = g.page.locator('[data-testid="o75-signature-refusal"]');
    expect(await refusal.textContent()).toBe('质量安全总监不能签署此签名栏：本栏只能由质量安全员签署。');
    await g.page.click('[data-testid="o75-slot-0"] >> text=电子密钥签名');
    expect(await refusal.textContent()).toContain('质量安全总监不能签署');
    expect(await g.page.locator('[data-testid="o75-slot-0"] canvas').count()).toBe(0);
    await g.page.close();
  });

  it('signs by key (id, revision, content hash, role, time) and the content hash matches the record', async () => {
    const g = await open('daily-check');
    await g.page.click('.o75-table-bar .o75-btn-primary');
    await g.page.click('[data-testid="o75-slot-0"] >> text=电子密钥签名');
    await g.page.waitForSelector('.o75-slot-signed');
    await g.page.click('[data-testid="o75-submit"]');
    await g.page.waitForSelector('[data-testid="gallery-submitted"]');
    const [record] = await g.submitted();
    expectValid(record, 'daily-check');
    const [sig] = (record?.signatures ?? []) as Record<string, unknown>[];
    expect(sig).toMatchObject({ slot: 0, role: 'officer', personId: 'E0023', method: 'key', alg: 'ed25519' });
    expect(sig?.contentHash).toBe(await contentHash(record as object, sha256Hasher));
    await g.page.close();
  });

  it('a paper signature: print, sign or seal, attach the scan by hash', async () => {
    const g = await open('incentive');
    await g.page.selectOption('[data-testid="gallery-sign-as"]', 'E0001:principal');
    await g.page.click('[data-testid="o75-slot-0"] >> text=纸质签字盖章');
    expect(await g.page.locator('[data-testid="o75-slot-0"]').textContent()).toContain('打印本记录');
    await g.page.locator('#o75-slot-0-scan').setInputFiles({ name: 'signed-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 scan of the signed and sealed record') });
    await g.page.waitForSelector('.o75-slot-signed');
    await g.page.click('[data-testid="o75-submit"]');
    await g.page.waitForSelector('[data-testid="gallery-submitted"]');
    const [record] = await g.submitted();
    expectValid(record, 'incentive');
    const [sig] = (record?.signatures ?? []) as Record<string, unknown>[];
    expect(sig).toMatchObject({ method: 'paper', role: 'principal', attachment: { name: 'signed-scan.pdf', mediaType: 'application/pdf' } });
    expect(sig?.contentHash).toBe(await contentHash(record as object, sha256Hasher));
    await g.page.close();
  });

  it('a drawn signature becomes an image attachment by hash, with signer, role and time', async () => {
    const g = await open('incentive', { lang: 'en' });
    await g.page.selectOption('[data-testid="gallery-sign-as"]', 'E0001:principal');
    await g.page.click('[data-testid="o75-slot-0"] >> text=Draw signature');
    const canvas = g.page.locator('.o75-pad-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    await g.page.mouse.move(box.x + 20, box.y + 40);
    await g.page.mouse.down();
    for (let i = 1; i <= 10; i++) await g.page.mouse.move(box.x + 20 + i * 25, box.y + 40 + (i % 2) * 30);
    await g.page.mouse.up();
    await g.page.click('text=Confirm signature');
    await g.page.waitForSelector('.o75-slot-signed img');
    await g.page.click('[data-testid="o75-submit"]');
    await g.page.waitForSelector('[data-testid="gallery-submitted"]');
    const [record] = await g.submitted();
    expectValid(record, 'incentive');
    const [sig] = (record?.signatures ?? []) as Record<string, unknown>[];
    expect(sig).toMatchObject({ slot: 0, role: 'principal', personId: 'E0001', name: '陈建国', method: 'drawn' });
    expect(sig?.attachment).toMatchObject({ hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), mediaType: 'image/png' });
    await g.page.close();
  });
});

describe('drafts, photos, keyboard, print', PAGE_TEST, () => {
  it('autosave restores typed input after a reload', async () => {
    const g = await open('incentive', { blank: true });
    await g.page.fill('#root_reason', '及时发现挤塑绝缘厚度隐患');
    await g.page.waitForTimeout(600);
    await g.page.reload();
    await g.page.waitForSelector('[data-testid="o75-restore"]');
    expect(await g.page.inputValue('#root_reason')).toBe('');
    await g.page.click('[data-testid="o75-restore"] .o75-btn-primary');
    await expect.poll(() => g.page.inputValue('#root_reason')).toBe('及时发现挤塑绝缘厚度隐患');
    await g.page.close();
  });

  it('a failed submission (connection lost) keeps the input and says so', async () => {
    const g = await open('incentive', { offline: true });
    await g.page.fill('#root_reason', '断网时填写的事由');
    await g.page.click('[data-testid="o75-submit"]');
    expect(await g.page.locator('[data-testid="o75-submit-failed"]').textContent()).toBe('提交失败，已在本机保存草稿：网络连接已断开');
    await g.page.reload();
    await g.page.click('[data-testid="o75-restore"] .o75-btn-primary');
    await expect.poll(() => g.page.inputValue('#root_reason')).toBe('断网时填写的事由');
    await g.page.close();
  });

  it('autosave keeps daily-check results across a reload', async () => {
    const g = await open('daily-check');
    await g.page.click('#o75-items-0 .o75-seg-ok');
    await g.page.click('#o75-items-1 .o75-seg-na');
    await g.page.fill('#o75-items-1-note', '本班次未生产该规格');
    await g.page.waitForTimeout(600);
    await g.page.reload();
    await g.page.click('[data-testid="o75-restore"] .o75-btn-primary');
    expect(await g.page.isChecked('#o75-items-0 .o75-seg-ok input')).toBe(true);
    expect(await g.page.isChecked('#o75-items-1 .o75-seg-na input')).toBe(true);
    expect(await g.page.inputValue('#o75-items-1-note')).toBe('本班次未生产该规格');
    await g.page.close();
  });

  it('photos are uploaded by content hash with capture time; the phone camera is asked for', async () => {
    const g = await open('daily-check', { width: 375 });
    await g.page.click('#o75-items-0 .o75-seg-hazard');
    const input = g.page.locator('#o75-items-0-photos');
    expect(await input.getAttribute('accept')).toBe('image/*');
    expect(await input.getAttribute('capture')).toBe('environment');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');
    await input.setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: png });
    await g.page.waitForSelector('#o75-items-0 .o75-thumb img');
    await g.page.fill('#o75-items-0-finding', '护套表面有气泡');
    await g.page.fill('#o75-items-0-measure', '隔离该盘');
    await g.page.click('#o75-items-0-measureAt ~ button');
    await g.page.locator('#o75-items-0-reportedTo').click();
    await g.page.locator('.ant-select-item-option', { hasText: '林晓峰' }).click();
    await g.page.click('#o75-items-0-reportedAt ~ button');
    await g.page.click('.o75-table-bar .o75-btn-primary');
    await g.page.click('[data-testid="o75-submit"]');
    await g.page.waitForSelector('[data-testid="gallery-submitted"], [data-testid="o75-error-summary"]');
    const record = (await g.submitted())[0] ?? JSON.parse('{}');
    const photos = (record.items?.[0]?.photos ?? []) as Record<string, unknown>[];
    expect(photos).toHaveLength(1);
    expect(photos[0]).toMatchObject({ name: 'scene.png', mediaType: 'image/png', size: png.length });
    expect(String(photos[0]?.hash)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(String(photos[0]?.capturedAt)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(JSON.stringify(record)).not.toContain('data:');
    await g.page.screenshot({ path: `${SHOTS}/hazard-photo-375.png`, fullPage: false });
    await g.page.close();
  });

  it('a daily check can be completed with the keyboard alone', async () => {
    const g = await open('daily-check', { site: 'S2' });
    const { page } = g;
    const count = await page.locator('.o75-drow').count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      await tabTo(page, `input[name="o75-items-${i}-result"]`);
      await page.keyboard.press('Space');
    }
    await tabTo(page, '[data-testid="o75-submit"]', 200);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="gallery-submitted"]');
    const [record] = await g.submitted();
    expectValid(record, 'daily-check');
    expect(record?.site).toBe('S2');
    expect(((record?.items ?? []) as unknown[]).length).toBe(count);
    expect(record?.zeroRisk).toBe(true);
    await page.close();
  });

  it('the print view is an A4 document with the regulation title and signature and seal boxes', async () => {
    const g = await open('weekly-report', { view: true });
    const view = g.page.locator('[data-testid="o75-record-view"]');
    expect(await view.locator('h1').textContent()).toBe('《每周工业产品质量安全排查治理报告》');
    expect(await view.locator('[data-testid="o75-doc-slot-0"]').textContent()).toMatch(/质量安全总监或主要负责人.*签字.*日期.*盖章/);
    expect(await g.page.evaluate('[...document.styleSheets].some(s => [...s.cssRules].some(r => r.cssText.startsWith("@page")))')).toBe(true);
    await g.page.screenshot({ path: `${SHOTS}/weekly-view.png`, fullPage: true });
    await g.page.close();
  });
});
