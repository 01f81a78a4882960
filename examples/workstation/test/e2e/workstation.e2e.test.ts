/**
 * End to end in Chromium, on the production SPA build: the officer completes today's check with a hazard on a
 * phone-width page, the director finds it in the weekly draft and signs the report, and the dashboard shows
 * both. Screenshots of the main pages at desktop and phone width go to /tmp/o75-workstation-*.png.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild, WEB_ROOT } from '../../src/server/web/buildWeb';
import { NOW, type TestWorkstation, testWorkstation, TODAY } from '../harness';

const SHOTS = '/tmp/o75-workstation';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

let t: TestWorkstation;
let base: string;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuild();
  t = await testWorkstation({ webRoot: WEB_ROOT });
  // The server's clock starts at the fixed Wednesday and then runs, so records made in the browser get real order.
  t.runFrom(NOW);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // launch() gives Chromium a fresh temporary --user-data-dir of its own each run.
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function open(viewport: { width: number; height: number }, mobile = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile: mobile, hasTouch: mobile, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.clock.setFixedTime(NOW);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return { context, page };
}

async function login(page: Page, username: string, password: string, landing: string) {
  await page.goto(`${base}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${base}${landing}`);
}

/** A full-page screenshot and, for a long page, the first screen alone (readable at phone width). */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}-${name}.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}-${name}-top.png` });
}

describe('the workstation in Chromium', () => {
  let hazardId = '';

  it('the officer completes today’s check with a hazard on a phone-width page', async () => {
    const { context, page } = await open(PHONE, true);
    await page.goto(`${base}/login`);
    await shot(page, 'login-phone');
    await login(page, 'officer-mawei', 'demo-mawei', '/daily');
    await page.getByTestId('fill-S01').waitFor();
    await shot(page, 'daily-phone');
    await page.getByTestId('fill-S01').click();
    await page.locator('#o75-items-0-result').waitFor();
    // Everything fine except the first row: a hazard with its measure and report.
    await page.locator('#o75-items-0-result input[value="hazard"]').check({ force: true });
    await page.locator('#o75-items-0-finding').fill('1 号生产线：绝缘挤出偏心，最薄点厚度接近下限');
    await page.locator('#o75-items-0-measure').fill('立即停机调整模具同心度，隔离当班产品复测');
    await page.locator('#o75-items-0-measureAt').locator('xpath=..').getByRole('button').click();
    await page.locator('#o75-items-0-reportedTo').click();
    await page.locator('.ant-select-item-option', { hasText: '（E0002）' }).click();
    await page.locator('#o75-items-0-reportedAt').locator('xpath=..').getByRole('button').click();
    await page.getByRole('button', { name: /其余各项均正常|All remaining items OK/ }).click();
    hazardId = (await page.locator('.o75-hz-id code').first().textContent()) ?? '';
    expect(hazardId).toMatch(/^H/);
    await shot(page, 'daily-form-phone');
    await page.getByTestId('o75-submit').click();
    await page.waitForURL(/\/records\/[0-9a-f-]{36}$/);
    // The officer signs the saved check with the signing key.
    await page.getByTestId('passphrase-0').fill('demo-mawei');
    await page.getByTestId('sign-key-0').click();
    await page.getByTestId('signed-0').waitFor();
    await shot(page, 'record-phone');
    const checks = await t.opened.store.query({ type: 'daily-check', from: TODAY, to: TODAY, site: 'S01' });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ zeroRisk: false, signatures: [expect.objectContaining({ role: 'officer', method: 'key' })] });
    expect(JSON.stringify(checks[0])).toContain(hazardId);
    await context.close();
  }, 120_000);

  it('the director sees the hazard in the weekly draft and signs the report', async () => {
    const { context, page } = await open(DESKTOP);
    await login(page, 'director', 'demo-director', '/weekly');
    await expect.poll(() => page.getByTestId('weekly-draft-hazards').textContent()).toContain(hazardId);
    await shot(page, 'weekly-desktop');
    await page.getByTestId('o75-submit').click();
    const failed = page.getByTestId('o75-error-summary');
    await Promise.race([page.waitForURL(/\/records\/[0-9a-f-]{36}$/), failed.waitFor({ timeout: 60_000 }).then(async () => {
      throw new Error(`the weekly form refused: ${await failed.textContent()}`);
    })]);
    await page.getByTestId('passphrase-0').fill('demo-director');
    await page.getByTestId('sign-key-0').click();
    await page.getByTestId('signed-0').waitFor();
    await shot(page, 'weekly-record-desktop');
    const [report] = await t.opened.store.query({ type: 'weekly-report', from: '2026-11-23', to: '2026-11-29' });
    expect(report).toMatchObject({ week: '2026-W48', signatures: [expect.objectContaining({ role: 'director', method: 'key' })] });
    expect(JSON.stringify(report)).toContain(hazardId);
    await context.close();
  }, 120_000);

  it('the dashboard reflects both, at desktop and phone width', async () => {
    for (const [name, viewport, mobile] of [['desktop', DESKTOP, false], ['phone', PHONE, true]] as const) {
      const { context, page } = await open(viewport, mobile);
      await login(page, 'viewer', 'demo-viewer', '/dashboard');
      await page.getByTestId('dashboard').waitFor();
      await expect.poll(() => page.locator(`[data-hazard="${hazardId}"]`).count()).toBe(1);
      const week = page.locator('[data-week="2026-W48"]');
      await expect.poll(() => week.getAttribute('data-status')).toBe('done');
      expect(await week.textContent()).toContain('✓');
      await page.waitForTimeout(600);
      await shot(page, `dashboard-${name}`);
      const dashboard = await page.evaluate(async () => (await fetch('/api/dashboard')).json());
      const today = dashboard.heatmap.cells.find((c: { site: string; date: string }) => c.site === 'S01' && c.date === dashboard.today);
      expect(today.state).toBe('hazard');
      if (name === 'desktop') {
        await page.getByText('EN', { exact: true }).click();
        await page.getByText('Daily checks', { exact: true }).waitFor();
        await page.waitForTimeout(600);
        await shot(page, 'dashboard-en-desktop');
        await page.getByText('中文', { exact: true }).click();
      }
      await context.close();
    }
  }, 120_000);

  it('the principal, settings, records and inspector pages render (screenshots)', async () => {
    const { context, page } = await open(DESKTOP);
    await login(page, 'principal', 'demo-principal', '/principal');
    await page.getByTestId('veto').first().waitFor();
    await shot(page, 'principal-desktop');
    for (const [path, name, ready] of [['/settings', 'settings', 'text=风险管控清单'], ['/records', 'records', '.ant-table-row'], ['/inspector', 'inspector', '[data-testid=export-archive]']] as const) {
      await page.goto(`${base}${path}`);
      await page.locator(ready).first().waitFor();
      await shot(page, `${name}-desktop`);
    }
    await page.setViewportSize(PHONE);
    await page.goto(`${base}/principal`);
    await page.getByTestId('veto').first().waitFor();
    await shot(page, 'principal-phone');
    await context.close();
  }, 120_000);
});
