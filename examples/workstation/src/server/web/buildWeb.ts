/**
 * Builds the SPA with Vite when its build is missing or older than its sources (the SPA's own files and the
 * workspace packages it bundles from source), so `pnpm start` on a fresh clone needs no separate build step.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const WORKSTATION_DIR = join(here, '..', '..', '..');
export const WEB_ROOT = join(WORKSTATION_DIR, 'dist', 'web');
const PACKAGES = join(WORKSTATION_DIR, '..', '..', 'packages');

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return max;
}

/** Whether `dist/web` is missing or older than any source it is built from. */
export function webBuildStale(): boolean {
  const index = join(WEB_ROOT, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = [join(WORKSTATION_DIR, 'src', 'web'), join(WORKSTATION_DIR, 'vite.config.ts'), ...['react', 'core', 'schemas'].map((p) => join(PACKAGES, p, 'src'))];
  return sources.some((s) => (existsSync(s) && statSync(s).isFile() ? statSync(s).mtimeMs : newest(s)) > built);
}

/** Runs `vite build` with the workstation's config when the build is stale; returns whether it built. */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!webBuildStale()) return false;
  log('building the web app (vite build)… / 正在构建网页应用…');
  const { build } = await import('vite');
  await build({ configFile: join(WORKSTATION_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
