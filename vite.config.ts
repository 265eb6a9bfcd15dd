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
  const origin = apiBaseUrl === undefined ? undefined : apiOriginOf(apiBaseUrl);
  const apiOrigin = origin ? ` ${origin}` : '';
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

/**
 * The API's origin when it is another site (for the CSP's connect-src), or undefined for a path
 * on this site (`/api/v1`, covered by 'self'). Anything else stops the build with what to write.
 */
export function apiOriginOf(apiBaseUrl: string): string | undefined {
  if (apiBaseUrl.startsWith('/') && !apiBaseUrl.startsWith('//')) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(apiBaseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(
      `VITE_API_BASE_URL must be an http(s) address (https://api.example.org/v1) or a path on this site starting with "/" (/api/v1); it is "${apiBaseUrl}".`,
    );
  }
  return url.origin;
}

function hubscopeBuild(apiBaseUrl: string | undefined): Plugin {
  let outDir = 'dist';
  return {
    name: 'hubscope-build',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      // The mock API chunk is not preloaded: it is fetched and evaluated once the first content is on
      // screen (src/main.tsx), which `npm run bench` measured better for Lighthouse's LCP and score.
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(apiBaseUrl) },
          injectTo: 'head-prepend',
        },
      ],
    },
    closeBundle() {
      // A real-API build ships no mock worker at all.
      if (apiBaseUrl) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * MSW's cookie store (tough-cookie) imports tldts for one function, and tldts brings the whole
 * public-suffix list (about 300 KB) into the mock API's chunk; mocks/registrable-domain.ts stands
 * in for it there. Only for tough-cookie's import, so tests can compare the two.
 */
function registrableDomainWithoutSuffixList(): Plugin {
  const standIn = resolve(import.meta.dirname, 'mocks/registrable-domain.ts');
  return {
    name: 'registrable-domain-without-suffix-list',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'tldts' && importer && /[\\/]tough-cookie[\\/]/.test(importer)) return standIn;
      return null;
    },
  };
}

/**
 * TanStack Query's core imports its mutation cache and infinite-query behaviour from QueryClient
 * and Query whether or not an app uses them; Hubscope uses neither, so the core's own imports of
 * those two modules resolve to src/api/query-core-unused.ts (3.5 KB gzip out of the shell).
 */
function queryCoreWithoutUnusedParts(): Plugin {
  const standIn = resolve(import.meta.dirname, 'src/api/query-core-unused.ts');
  return {
    name: 'query-core-without-unused-parts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /[\\/]@tanstack[\\/]query-core[\\/]/.test(importer) && /^\.\/(mutationCache|infiniteQueryBehavior)\.js$/.test(source)) return standIn;
      return null;
    },
  };
}

/**
 * The shell in one file. Rolldown treats each dynamic import as an entry of its own, so every module
 * the shell shares with a lazy chunk (React, Query, the API's small helpers) became a chunk of its
 * own: eleven files before the first paint, where six were before. Lighthouse's simulated mobile
 * network loads them a few connections at a time, and the extra round trips put the first card's
 * paint about 150 ms later. This plugin collects what `src/main.tsx` imports statically, the shell,
 * so one code-splitting group keeps it in one chunk that the lazy chunks import from.
 */
function shellInOneChunk(): { plugin: Plugin; isShellModule: (id: string) => boolean } {
  const shellModules = new Set<string>();
  const plugin: Plugin = {
    name: 'shell-in-one-chunk',
    apply: 'build',
    buildEnd() {
      shellModules.clear();
      const entry = [...this.getModuleIds()].find((id) => /[\\/]src[\\/]main\.tsx$/.test(id));
      if (!entry) this.error('shell-in-one-chunk: src/main.tsx is not in the build; name the entry here');
      const pending = [entry];
      while (pending.length > 0) {
        const id = pending.pop() as string;
        if (shellModules.has(id)) continue;
        shellModules.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, isShellModule: (id) => shellModules.has(id) };
}

/**
 * JSZip (which pptxgenjs brings, in the PowerPoint chunk) ships a browserify bundle that falls back to
 * a global `require` for modules it does not carry. Rolldown answers that with a `require` shim in its
 * runtime chunk, which the shell loads: 0.2 KB gzip on every first paint for a branch a browser never
 * takes (the one module asked for, Node's `stream`, is caught as absent either way). So the fallback
 * reads as absent, as it is in a browser.
 */
function jszipWithoutRequire(): Plugin {
  const FALLBACK = '"function"==typeof require&&require';
  return {
    name: 'jszip-without-require',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]jszip[\\/]dist[\\/]jszip\.min\.js$/.test(id)) return null;
      if (!code.includes(FALLBACK)) this.error(`jszip's require fallback is no longer written "${FALLBACK}": update jszipWithoutRequire`);
      return { code: code.replaceAll(FALLBACK, '!1'), map: null };
    },
  };
}

/**
 * pptxgenjs writes a chart's embedded worksheet with `value || ''`, so a real zero became an empty
 * cell: the bar was on the slide but gone once a user chose Edit Data in PowerPoint. Written as its
 * chart XML already does (`v || v === 0 ? v : ''`): a zero stays 0, a gap (NaN) stays empty.
 * Also applied in tests (test.server.deps.inline), so the read-back tests check the patched file.
 */
function pptxgenjsKeepsZeros(): Plugin {
  const BLANKED = "${data[idy].values[idx] || ''}";
  const KEPT = "${data[idy].values[idx] || data[idy].values[idx] === 0 ? data[idy].values[idx] : ''}";
  return {
    name: 'pptxgenjs-keeps-zeros',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]pptxgenjs[\\/]dist[\\/]pptxgen\.es\.js$/.test(id)) return null;
      if (!code.includes(BLANKED)) this.error(`pptxgenjs no longer writes a worksheet value as "${BLANKED}": check zeros in its embedded sheets, then update pptxgenjsKeepsZeros`);
      return { code: code.replaceAll(BLANKED, KEPT), map: null };
    },
  };
}

/** Recharts and the packages only it brings (d3, redux toolkit and the rest), by their node_modules folder. */
const RECHARTS_AND_DEPENDENCIES =
  /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|@reduxjs[\\/]toolkit|react-redux|redux|redux-thunk|reselect|immer|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|clsx|react-is|use-sync-external-store)[\\/]/;

/** Recharts modules of one chart type: left to automatic splitting, so a section without line charts does not load them. */
const CHART_TYPE_MODULES =
  /[\\/]recharts[\\/]es6[\\/](cartesian[\\/](Line|Bar|BarStack|Scatter|ReferenceDot|ReferenceLine|LineDrawShape)|chart[\\/](Line|Bar|Scatter)Chart|util[\\/](Bar|Scatter)Utils|state[\\/]selectors[\\/](line|bar|scatter)Selectors|state[\\/]selectors[\\/]combiners[\\/]combine(AllBarPositions|BarSizeList|BarPosition|StackedData))\.js$/;

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiBaseUrl = env.VITE_API_BASE_URL || undefined;
  const shell = shellInOneChunk();
  return {
    plugins: [react(), hubscopeBuild(apiBaseUrl), registrableDomainWithoutSuffixList(), queryCoreWithoutUnusedParts(), jszipWithoutRequire(), pptxgenjsKeepsZeros(), shell.plugin],
    build: {
      target: 'es2022',
      sourcemap: false,
      // The mock API chunk (MSW + the dataset) is loaded apart from the shell and is expected to be large.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Grouped modules only, not what they import: React stays with the shell.
            includeDependenciesRecursively: false,
            // Recharts' core and its dependencies in one chunk that every section's charts share,
            // rather than the dozen small chunks automatic splitting cut from them (measured: about
            // 6 KB more gzip per section's first load, each chunk compressing on its own).
            groups: [
              { name: 'shell', test: shell.isShellModule, priority: 1 },
              { name: 'recharts', test: (id: string) => RECHARTS_AND_DEPENDENCIES.test(id) && !CHART_TYPE_MODULES.test(id) },
              // The deck model, its store and the toolbar's deck tools (with the app's wrapper that hands
              // them the PowerPoint download): loaded together when first asked for, not as six chunks
              // of a few hundred bytes each.
              {
                name: 'deck',
                test: /[\\/]src[\\/](features[\\/]presentation[\\/](model[\\/](?!deck-link)|deck-tools\.|deck-panel\.|use-presentation\.|presentation-keys\.)|app[\\/]deck-tools-entry\.)/,
              },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      restoreMocks: true,
      // Transformed like the app's build, so pptxgenjsKeepsZeros applies in the tests too.
      server: { deps: { inline: ['pptxgenjs'] } },
      // Whole sections render in jsdom; on a busy 2-core machine one can take several seconds.
      testTimeout: 20_000,
      reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
    },
  };
});
