/** Manual look at gallery pages: `tsx test/support/explore.mts <dist> 'daily-check@375#.o75-drow'` → PNGs in /tmp/o75shots. */
import { launchChromium } from './chromium.ts';
import { serveStatic } from './serveStatic.ts';

const [dist = '/tmp/o75-gallery-dist', ...specs] = process.argv.slice(2);
const server = await serveStatic(dist);
const { context, close } = await launchChromium();
for (const spec of specs) {
  const [rest = '', selector] = spec.split('#');
  const [hash = '', w] = rest.split('@');
  const page = await context.newPage();
  await page.setViewportSize({ width: Number(w ?? 1280), height: 900 });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text().slice(0, 300));
  });
  page.on('pageerror', (e) => errors.push(`PAGEERROR ${e.message}`));
  await page.goto(`${server.url}#/${hash}`);
  await page.evaluate(() => localStorage.clear());
  await page.waitForTimeout(1200);
  const name = `/tmp/o75shots/${hash.replace(/[^a-z0-9]+/gi, '_')}_${w ?? 1280}${selector ? `_${selector.replace(/[^a-z0-9]+/gi, '_')}` : ''}.png`;
  if (selector) await page.locator(selector).first().screenshot({ path: name });
  else await page.screenshot({ path: name, fullPage: true });
  const sw = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  console.log(name, 'scroll', sw, errors.slice(0, 8));
  await page.close();
}
await close();
await server.close();
