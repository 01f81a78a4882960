/**
 * Builds verify.html: bundles `web/main.ts` (the browser-safe verify code, fflate, @noble/ed25519, pure-JS SM3,
 * the precompiled validators) with esbuild into one inline script, inlines the stylesheet, and fills the page
 * template. The result needs no network: the page's Content-Security-Policy forbids every fetch.
 * Node only, build time only; esbuild is imported lazily so that nothing else pays for it.
 */
import { readFile } from 'node:fs/promises';

const web = new URL('../../web/', import.meta.url);

/**
 * Syntax level of the inline script: ES2020 runs on Chromium 80+ (the 360 and QQ browser cores still on
 * government desktops), Firefox 74+ and Safari 14+. Per-browser targets trip esbuild over @noble/ed25519's
 * destructuring, so the language level is named instead. Runtime APIs newer than that are avoided by hand.
 */
export const VERIFY_HTML_TARGETS = ['es2020'];

/** The HTML text of verify.html. */
export async function buildVerifyHtml(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [new URL('main.ts', web).pathname],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: VERIFY_HTML_TARGETS,
    conditions: ['@order75/source'],
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const js = (result.outputFiles[0]?.text ?? '').replace(/<\/(script)/gi, '<\\/$1');
  const [page, css, pkg] = await Promise.all([
    readFile(new URL('page.html', web), 'utf8'),
    readFile(new URL('page.css', web), 'utf8'),
    readFile(new URL('../../package.json', import.meta.url), 'utf8'),
  ]);
  // split/join, not replace: the script is full of `$` sequences that replace() would interpret.
  return page
    .split('__VERSION__').join(String((JSON.parse(pkg) as { version: string }).version))
    .split('__CSS__').join(css)
    .split('__JS__').join(js);
}
