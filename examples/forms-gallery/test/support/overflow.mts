/** Lists elements wider than the viewport: `tsx test/support/overflow.mts <dist> 'risk-list@375'`. */
import { launchChromium } from './chromium.ts';
import { serveStatic } from './serveStatic.ts';

const [dist = '/tmp/o75-gallery-dist', ...specs] = process.argv.slice(2);
const server = await serveStatic(dist);
const { context, close } = await launchChromium();
for (const spec of specs) {
  const [hash = '', w = '375'] = spec.split('@');
  const page = await context.newPage();
  await page.setViewportSize({ width: Number(w), height: 800 });
  await page.goto(`${server.url}#/${hash}`);
  await page.waitForTimeout(1000);
  const wide = await page.evaluate(() => {
    const cw = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.right > cw + 0.5 && r.width > 0)
      .slice(0, 12)
      .map(({ e, r }) => `${e.tagName.toLowerCase()}.${String((e as HTMLElement).className).slice(0, 60)} right=${Math.round(r.right)} w=${Math.round(r.width)}`);
  });
  console.log(spec, wide);
  await page.close();
}
await close();
await server.close();
