/**
 * Headless Debian Chromium through playwright-core, as DESIGN.md prescribes: the system binary, no sandbox,
 * no GPU, no background networking, a fresh profile per launch. Also records every request the page makes, so
 * a test can prove verify.html uses no network.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { VerifyReport } from '../../src/report/report';

// The page-side callbacks run in Chromium; the project's type-check has no DOM library, so name what they use.
declare const document: { body: { dataset: Record<string, string | undefined> }; getElementById(id: string): { dispatchEvent(e: unknown): boolean } | null };
declare const DataTransfer: new () => { items: { add(file: unknown): void } };
declare const DragEvent: new (type: string, init: Record<string, unknown>) => unknown;

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface VerifyPage {
  page: Page;
  /** URLs of every request the page made. */
  requests: string[];
  /** Sets the file input to `bytes` and waits for the verdict. */
  verify: (bytes: Uint8Array, name?: string) => Promise<{ state: string; text: string; report: VerifyReport }>;
  /** Drops `bytes` onto the page as a file and waits for the verdict. */
  drop: (bytes: Uint8Array, name?: string) => Promise<{ state: string; text: string; report: VerifyReport }>;
  close: () => Promise<void>;
}

async function verdict(page: Page): Promise<{ state: string; text: string; report: VerifyReport }> {
  await page.waitForFunction(() => ['ok', 'invalid', 'tampered', 'error', 'unsupported'].includes(document.body.dataset.state ?? ''), undefined, { timeout: 60_000 });
  const state = (await page.evaluate(() => document.body.dataset.state)) as string;
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with the page's line breaks, is what a reader sees
  const text = await page.innerText('#result');
  const report = (await page.evaluate(() => (globalThis as unknown as { order75Report: unknown }).order75Report)) as VerifyReport;
  return { state, text, report };
}

/** Opens `htmlPath` from a file:// URL in a fresh Chromium profile; `initScript` runs before the page's own. */
export async function openVerifyPage(htmlPath: string, initScript?: string): Promise<VerifyPage> {
  const profile = await mkdtemp(join(tmpdir(), 'order75-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 900 } });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  if (initScript) await context.addInitScript(initScript);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pathToFileURL(htmlPath).href);
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  const reset = () => page.evaluate(() => { document.body.dataset.state = 'ready'; });
  return {
    page,
    requests,
    async verify(bytes, name = 'archive.o75.zip') {
      await reset();
      await page.setInputFiles('#file', { name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
      return verdict(page);
    },
    async drop(bytes, name = 'archive.o75.zip') {
      await reset();
      await page.evaluate(([data, fileName]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data as number[])], fileName as string, { type: 'application/zip' }));
        document.getElementById('drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, [Array.from(bytes), name] as const);
      return verdict(page);
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
