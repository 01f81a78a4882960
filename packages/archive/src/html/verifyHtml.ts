/**
 * verify.html for the CLI and the workstation. Installed, it is the file built into `dist/verify.html` at
 * package build time; run from sources (the monorepo, tests), it is rebuilt once per process from the current
 * code and written to `dist/verify.html`, so it can never be staler than the sources.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const fromSources = fileURLToPath(import.meta.url).replace(/\\/g, '/').includes('/src/html/');
/** Next to `dist/index.js` when installed; `../../dist/` from `src/html/`. */
const FILE = fromSources ? new URL('../../dist/verify.html', import.meta.url) : new URL('./verify.html', import.meta.url);

let cached: Promise<string> | undefined;

async function load(): Promise<string> {
  if (!fromSources) return readFile(FILE, 'utf8');
  const { buildVerifyHtml } = await import('./buildVerifyHtml');
  const html = await buildVerifyHtml();
  await mkdir(new URL('.', FILE), { recursive: true });
  // Write then rename: test workers in parallel processes may be reading the file meanwhile.
  const temp = new URL(`./verify.html.${process.pid}.tmp`, FILE);
  await writeFile(temp, html);
  await rename(temp, FILE);
  return html;
}

/** The text of the self-contained verify.html. */
export function verifyHtml(): Promise<string> {
  cached ??= load();
  return cached;
}

/** The path of verify.html on disk (after building it, when running from sources). */
export async function verifyHtmlPath(): Promise<string> {
  await verifyHtml();
  return fileURLToPath(FILE);
}
