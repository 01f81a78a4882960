import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The gallery builds from the workspace sources (`@order75/source` condition), so no package build is needed.
 * The plugin gives fast refresh in `dev`; production builds are plain esbuild JSX.
 */
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@order75/source', 'module', 'browser', 'import', 'default'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, sourcemap: false },
  server: { host: '127.0.0.1', port: 5175 },
  preview: { host: '127.0.0.1', port: 4175 },
});
