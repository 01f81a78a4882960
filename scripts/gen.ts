/**
 * `pnpm gen` regenerates everything derived from `schemas/`: bundled single-file schemas, TypeScript types,
 * the catalogue module and the precompiled validators. `pnpm gen:check` regenerates in memory and fails,
 * naming each file, when the committed copies differ.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll } from './gen/all';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const files = await generateAll(root);

const stale: string[] = [];
for (const [path, content] of files) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === content) continue;
  stale.push(relative(root, path));
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}
// Generated folders hold nothing but generated files: anything else there is left over from a removed schema.
for (const dir of ['schemas/bundled', 'packages/schemas/src/generated/types']) {
  for (const f of existsSync(join(root, dir)) ? readdirSync(join(root, dir)) : []) {
    const path = join(root, dir, f);
    if (files.has(path)) continue;
    stale.push(relative(root, path));
    if (!check) rmSync(path);
  }
}
if (check && stale.length) {
  console.error(`Generated files are out of date; run \`pnpm gen\`:\n${stale.map((s) => `  ${s}`).join('\n')}`);
  process.exit(1);
}
console.log(check ? 'Generated files are up to date.' : `Wrote ${stale.length} file(s).`);
