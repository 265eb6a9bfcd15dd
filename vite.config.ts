/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy: scripts only from its own origin, no inline scripts,
 * no eval; the API origin is allowed only when a real API is configured. Dev keeps Vite's
 * inline HMR runtime, so the policy is added to production builds only.
 */
export function contentSecurityPolicy(apiBaseUrl: string | undefined): string {
  const apiOrigin = apiBaseUrl ? ` ${new URL(apiBaseUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function hubscopeBuild(apiBaseUrl: string | undefined): Plugin {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'hubscope-build',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        // Every first load of the mocked build needs the mock API chunk before any data: fetch it
        // beside the shell instead of after the shell has run (`npm run bench` measured LCP and the
        // performance score better with it, mobile and desktop). It does not block the first paint.
        const mockChunk = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/mocks/browser.ts'));
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(apiBaseUrl) },
            injectTo: 'head-prepend',
          },
          ...(mockChunk ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${mockChunk.fileName}` }, injectTo: 'head' as const }] : []),
        ];
      },
    },
    closeBundle() {
      // A real-API build ships no mock worker at all.
      if (apiBaseUrl) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiBaseUrl = env.VITE_API_BASE_URL || undefined;
  return {
    plugins: [react(), hubscopeBuild(apiBaseUrl)],
    build: {
      target: 'es2022',
      sourcemap: false,
      // The mock API chunk (MSW + the dataset) is loaded apart from the shell and is expected to be large.
      chunkSizeWarningLimit: 600,
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      restoreMocks: true,
      // Whole sections render in jsdom; on a busy 2-core machine one can take several seconds.
      testTimeout: 20_000,
      reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
    },
  };
});
