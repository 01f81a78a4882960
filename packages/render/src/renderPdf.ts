/**
 * `renderPdf(record, { executablePath })`: the record's A4 print view as a PDF, printed by a headless Chromium
 * the caller provides (Debian's `chromium`, a Chrome install); nothing is downloaded.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { recordHtml, type RecordHtmlOptions } from './recordHtml';

/** Options of {@link renderPdf} and {@link createRenderer}. */
export interface RenderPdfOptions extends RecordHtmlOptions {
  /** The Chromium or Chrome binary; default `$CHROMIUM_PATH`, else `/usr/bin/chromium`. */
  executablePath?: string;
  /** Page numbers in the footer (`第 1 页 / 共 2 页`); default true. */
  pageNumbers?: boolean;
}

/** Flags for a headless Chromium that talks to nothing but this process. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A Chromium kept open to print many records; `close()` when done. */
export interface Renderer {
  pdf(record: Record<string, unknown>, options?: RecordHtmlOptions & { pageNumbers?: boolean }): Promise<Uint8Array>;
  close(): Promise<void>;
}

function footer(locale: string | undefined): string {
  const text = locale === 'en' ? 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>' : '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页';
  return `<div style="width:100%;text-align:center;font-size:8px;color:#444;font-family:'Noto Sans CJK SC',sans-serif">${text}</div>`;
}

/** Starts a Chromium (fresh profile folder) for printing. */
export async function createRenderer(options: Pick<RenderPdfOptions, 'executablePath'> = {}): Promise<Renderer> {
  const executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const profile = await mkdtemp(join(tmpdir(), 'o75-render-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, offline: true });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new Error(`cannot start Chromium at ${executablePath} (无法启动 Chromium，请检查路径或安装 chromium): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return {
    async pdf(record, opts = {}) {
      const page = await context.newPage();
      try {
        await page.setContent(recordHtml(record, opts), { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready');
        const numbers = opts.pageNumbers ?? true;
        const bytes = await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: numbers,
          headerTemplate: '<span></span>',
          footerTemplate: numbers ? footer(opts.locale) : '<span></span>',
        });
        return new Uint8Array(bytes);
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One record to PDF bytes.
 *
 * @example await writeFile('out.pdf', await renderPdf(record, { executablePath: '/usr/bin/chromium' }));
 */
export async function renderPdf(record: Record<string, unknown>, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const renderer = await createRenderer(options);
  try {
    return await renderer.pdf(record, options);
  } finally {
    await renderer.close();
  }
}
