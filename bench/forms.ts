/**
 * Forms at 1,000 rows (DESIGN.md target): a production build of examples/forms-gallery in headless Chromium,
 * first render of the daily check and the risk-list editor (hash change → 1,000 rows painted, JS already
 * loaded; the cold load is reported beside it) and per-keystroke latency (keydown → next frame painted) in the
 * middle row. Plain rjsf (antd theme, standard array field) on the same 1,000 items is measured as reference.
 */
import { rm } from 'node:fs/promises';
import { buildGallery } from '../examples/forms-gallery/test/support/buildGallery';
import { type ChromiumHandle, launchChromium } from '../examples/forms-gallery/test/support/chromium';
import { serveStatic } from '../examples/forms-gallery/test/support/serveStatic';
import type { BenchResult } from './harness';

const ROWS = 1000;

/** playwright-core's page, named through the gallery's helper (the package is the gallery's dependency, not the root's). */
type Page = Awaited<ReturnType<ChromiumHandle['context']['newPage']>>;

/** Hash change to the route → the element `lastId` exists → the following frame is painted, in ms. */
async function firstRender(page: Page, base: string, route: string, lastId: string): Promise<{ warm: number; cold: number }> {
  await page.goto(`${base}#/incentive`);
  await page.evaluate('localStorage.clear()');
  await page.waitForSelector('[data-testid="o75-submit"]');
  // In-page code goes as text: tsx's helpers (`__name`) do not exist in the page.
  const warm = (await page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    location.hash = ${JSON.stringify(route)};
    const check = () => {
      if (document.getElementById(${JSON.stringify(lastId)})) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`)) as number;
  await page.goto('about:blank');
  await page.goto(`${base}${route}`);
  await page.waitForSelector(`#${lastId}`, { state: 'attached', timeout: 120_000 });
  const cold = (await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))')) as number;
  return { warm, cold };
}

/** Scrolls to the middle of the list `listId` and returns the id of the `field` input nearest the viewport's centre. */
async function middleInput(page: Page, listId: string, field: string): Promise<string> {
  await page.evaluate(`(() => { const l = document.getElementById(${JSON.stringify(listId)}); window.scrollTo(0, l.getBoundingClientRect().top + window.scrollY + l.offsetHeight / 2 - innerHeight / 2); })()`);
  await page.waitForTimeout(500);
  return (await page.evaluate(`(() => {
    const all = [...document.querySelectorAll('[id^="o75-"][id$="-${field}"]')];
    all.sort((a, b) => Math.abs(a.getBoundingClientRect().top - innerHeight / 2) - Math.abs(b.getBoundingClientRect().top - innerHeight / 2));
    return all[0].id;
  })()`)) as string;
}

/** Types `count` characters into `selector`, one at a time; each latency is keydown → next frame painted. */
async function keystrokes(page: Page, selector: string, count: number): Promise<number[]> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.focus(selector);
  await page.evaluate(`(() => {
    window.__lat = [];
    document.addEventListener('keydown', (e) => {
      requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - e.timeStamp), 0));
    }, true);
  })()`);
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i % 2 ? 'b' : 'a');
    await page.waitForTimeout(80);
  }
  await page.waitForTimeout(300);
  return (await page.evaluate('window.__lat')) as number[];
}

function stats(values: number[]): { median: number; p95: number } {
  const s = [...values].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? Number.NaN, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? Number.NaN };
}

export async function run(): Promise<BenchResult[]> {
  const dist = await buildGallery();
  const server = await serveStatic(dist);
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const results: BenchResult[] = [];
    const baseline = await firstRender(page, server.url, `#/baseline?rows=${ROWS}`, `root_items_${ROWS - 1}_note`);
    const baselineKeys = stats(await keystrokes(page, `#root_items_${ROWS / 2}_note`, 5));
    // The daily check renders every item (keyboard and find-in-page reach all of them): it is ready when the
    // last item exists. The risk-list editor is virtualised: it is ready when its first rows are painted.
    const cases = [
      { name: 'daily check', route: `#/daily-check?rows=${ROWS}`, ready: `o75-items-${ROWS - 1}`, list: 'o75-items', field: 'note' },
      { name: 'risk-list editor', route: `#/risk-list?rows=${ROWS}`, ready: 'o75-rows-0', list: 'o75-rows', field: 'controlStep' },
    ];
    for (const c of cases) {
      const render = await firstRender(page, server.url, c.route, c.ready);
      const input = await middleInput(page, c.list, c.field);
      const keys = stats(await keystrokes(page, `#${input}`, 40));
      results.push({
        name: `forms: ${c.name}, ${ROWS} rows, first render`,
        value: render.warm,
        unit: 'ms',
        target: '< 500',
        pass: render.warm < 500,
        details: { coldLoadMs: Math.round(render.cold), plainRjsfFirstRenderMs: Math.round(baseline.warm), readyWhen: `#${c.ready} painted` },
      });
      results.push({
        name: `forms: ${c.name}, ${ROWS} rows, keystroke (median)`,
        value: keys.median,
        unit: 'ms',
        target: '< 16',
        pass: keys.median < 16,
        details: { input: `#${input}`, p95Ms: Number(keys.p95.toFixed(1)), plainRjsfKeystrokeMedianMs: Number(baselineKeys.median.toFixed(1)), plainRjsfKeystrokeP95Ms: Number(baselineKeys.p95.toFixed(1)) },
      });
    }
    return results;
  } finally {
    await chromium.close();
    await server.close();
    await rm(dist, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(JSON.stringify(r));
}
