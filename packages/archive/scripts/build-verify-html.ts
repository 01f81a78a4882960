/** `pnpm --filter @order75/archive build` step: writes dist/verify.html. */
import { mkdir, writeFile } from 'node:fs/promises';
import { buildVerifyHtml } from '../src/html/buildVerifyHtml';

const html = await buildVerifyHtml();
const out = new URL('../dist/verify.html', import.meta.url);
await mkdir(new URL('.', out), { recursive: true });
await writeFile(out, html);
// biome-ignore lint/suspicious/noConsole: build step; its one line of output reports the size and path of the written file.
console.log(`verify.html: ${html.length} bytes → ${out.pathname}`);
