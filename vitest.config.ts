import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@order75/source'] },
  ssr: { resolve: { conditions: ['@order75/source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'adapters/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
