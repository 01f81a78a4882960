/**
 * verify.html for the CLI and the workstation: the file built into `dist/verify.html` at package build time;
 * in a source checkout without a build, it is built once on first use.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where the built file lives: next to `dist/index.js` when installed, `../../dist/` from `src/html/`. */
const CANDIDATES = [new URL('./verify.html', import.meta.url), new URL('../../dist/verify.html', import.meta.url)];

let cached: Promise<string> | undefined;

async function load(): Promise<string> {
  for (const url of CANDIDATES) {
    try {
      return await readFile(url, 'utf8');
    } catch {
      // try the next place
    }
  }
  const { buildVerifyHtml } = await import('./buildVerifyHtml');
  const html = await buildVerifyHtml();
  const target = CANDIDATES[1] as URL;
  await mkdir(new URL('.', target), { recursive: true });
  await writeFile(target, html);
  return html;
}

/** The text of the self-contained verify.html. */
export function verifyHtml(): Promise<string> {
  cached ??= load();
  return cached;
}

/** The path of the built verify.html (building it first in a source checkout). */
export async function verifyHtmlPath(): Promise<string> {
  await verifyHtml();
  for (const url of CANDIDATES) {
    try {
      await readFile(url, { flag: 'r' });
      return fileURLToPath(url);
    } catch {
      // try the next place
    }
  }
  throw new Error('verify.html could not be located (找不到 verify.html)');
}
