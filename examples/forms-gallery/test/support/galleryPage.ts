/** Opening gallery pages in the shared Chromium, with the checks every page gets (CSP, page errors, overflow). */
import type { BrowserContext, Page } from 'playwright-core';

export interface PageOptions {
  lang?: 'zh-CN' | 'en';
  width?: number;
  blank?: boolean;
  rows?: number;
  site?: string;
  view?: boolean;
  offline?: boolean;
  correct?: boolean;
  /** Keep the drafts already stored (the autosave test). */
  keepStorage?: boolean;
}

export interface GalleryPage {
  page: Page;
  /** CSP violations and uncaught errors seen so far. */
  problems(): Promise<string[]>;
  /** Horizontal overflow in CSS px (0 when the page fits its width). */
  overflow(): Promise<number>;
  /** The records the gallery received through `onSubmit`. */
  submitted(): Promise<Record<string, unknown>[]>;
}

export function route(type: string, o: PageOptions = {}): string {
  const q = new URLSearchParams();
  if (o.lang === 'en') q.set('lang', 'en');
  if (o.blank) q.set('blank', '1');
  if (o.rows) q.set('rows', String(o.rows));
  if (o.site) q.set('site', o.site);
  if (o.view) q.set('view', '1');
  if (o.offline) q.set('offline', '1');
  if (o.correct) q.set('correct', '1');
  const s = q.toString();
  return `#/${type}${s ? `?${s}` : ''}`;
}

// In-page code as text: the test transform's helpers do not exist inside the page.
const WATCH = `window.__problems = [];
document.addEventListener('securitypolicyviolation', (e) => window.__problems.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI));
window.addEventListener('error', (e) => window.__problems.push('error ' + e.message));`;

export async function openGallery(context: BrowserContext, base: string, type: string, o: PageOptions = {}): Promise<GalleryPage> {
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror ${e.message}`));
  await page.setViewportSize({ width: o.width ?? 1280, height: 900 });
  await page.goto(`${base}${route(type, o)}`);
  if (!o.keepStorage) {
    await page.evaluate('localStorage.clear()');
    await page.reload();
  }
  await page.waitForSelector(o.view ? '[data-testid="o75-record-view"]' : '[data-testid="o75-submit"]');
  return {
    page,
    async problems() {
      return [...errors, ...((await page.evaluate('window.__problems')) as string[])];
    },
    async overflow() {
      return (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    },
    async submitted() {
      return ((await page.evaluate('window.__o75 ? window.__o75.submitted : []')) as Record<string, unknown>[]) ?? [];
    },
  };
}

/** Presses Tab until the focused element matches `selector` (keyboard only); throws after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(`!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
