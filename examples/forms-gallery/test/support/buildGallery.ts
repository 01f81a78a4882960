/** A production build of the gallery into a temporary folder (vite's JS API, the gallery's own config). */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const GALLERY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function buildGallery(outDir?: string): Promise<string> {
  const out = outDir ?? (await mkdtemp(join(tmpdir(), 'o75-gallery-')));
  await build({ root: GALLERY_ROOT, configFile: join(GALLERY_ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
  return out;
}
