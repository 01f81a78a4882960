import { defineConfig, type Options } from 'tsup';

/** The one tsup configuration every package shares; a package passes only what differs. */
export function packageConfig(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    ...overrides,
  });
}
