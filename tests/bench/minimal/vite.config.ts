import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The benchmark's minimal app (`npm run bench` builds it beside Hubscope): the same stack, one
 * chart, the usual MSW set-up. Built on its own: `npx vite build tests/bench/minimal`.
 */
const workerScript = fileURLToPath(new URL('../../../public/mockServiceWorker.js', import.meta.url));

/** Ships MSW's worker script at the site root, as `msw init` would put it in public/. */
function mockServiceWorker(): Plugin {
  return {
    name: 'minimal-msw-worker',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(workerScript, 'utf8') });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  plugins: [react(), mockServiceWorker()],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../../dist-bench/minimal', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
});
