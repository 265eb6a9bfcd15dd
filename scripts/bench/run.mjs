#!/usr/bin/env node
// `npm run bench`: builds Hubscope and the minimal app of the same stack (tests/bench/minimal),
// serves both compressed from this machine, measures them in Chromium in the same run, prints one
// table against the budgets and writes reports/bench.json. Figures are reported, never asserted.
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium); BENCH_RUNS (interaction runs, default 5);
// BENCH_LH_RUNS (Lighthouse runs per page and form factor, default 1; the median is reported);
// BENCH_ONLY (comma list of lighthouse, transfer, interactions, values, print; default all; print is
// the print view of 20- and 50-slide decks, print-big.mjs, also runnable alone);
// BENCH_SKIP_BUILD=1 (measure the builds already in dist-bench/); BENCH_PORT (first of two
// ports, default 4700).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { firstLoadScripts, launchBrowser, measureInteractions } from './browser.mjs';
import { launchChrome, runLighthouse } from './lighthouse.mjs';
import { formatPrintTable, measurePrintBig } from './print-big.mjs';
import { buildRows, formatTable, medianOfRuns, PAGES, SECTIONS } from './report.mjs';
import { serveStatic } from './server.mjs';
import { measureValuesTable } from './values-table.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const appDist = resolve(root, 'dist-bench/app');
const minimalDist = resolve(root, 'dist-bench/minimal');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const lighthouseRuns = Number(process.env.BENCH_LH_RUNS ?? 1);
const only = new Set((process.env.BENCH_ONLY ?? 'lighthouse,transfer,interactions,values,print').split(',').map((s) => s.trim()));
const firstPort = Number(process.env.BENCH_PORT ?? 4700);
/** The synthetic scale: 3 cities x 400 metrics x 30 years, behind the mock API's switch. */
const SYNTHETIC_QUERY = '?_scenario=all:synthetic&from=1995&to=2024';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const step = (message) => console.log(`[bench ${elapsed()}] ${message}`);

if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) {
  console.error('BENCH_RUNS and BENCH_LH_RUNS must be whole numbers of at least 1.');
  process.exit(1);
}

async function buildBoth() {
  // The mocked build is the one measured: a real-API base URL would drop the worker and its data.
  delete process.env.VITE_API_BASE_URL;
  // A build made for the benchmark serves `?_scenario=all:synthetic`; a plain `npm run build` never does.
  process.env.VITE_SYNTHETIC = 'on';
  step('building Hubscope into dist-bench/app');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: appDist, emptyOutDir: true, manifest: true } });
  step('building the minimal app into dist-bench/minimal');
  await build({ configFile: resolve(root, 'tests/bench/minimal/vite.config.ts'), logLevel: 'warn', build: { outDir: minimalDist, emptyOutDir: true, manifest: true } });
}

const readManifest = (dist) => JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8'));

/**
 * The JavaScript the shell paints from: index.html's module script and modulepreloads, less the
 * mock worker's chunk, which index.html preloads beside them but which no paint waits for.
 */
function shellScripts(dist, worker) {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(paths)].filter((path) => !worker.has(path));
}

/** The chunk of the mock worker's module (MSW and the data) and the service worker script. */
function workerScripts(dist, workerSource) {
  const entry = Object.values(readManifest(dist)).find((chunk) => chunk.src === workerSource);
  if (!entry) throw new Error(`${workerSource} is not in ${dist}'s manifest`);
  return new Set([`/${entry.file}`, '/mockServiceWorker.js']);
}

const gzipKB = (server, paths) =>
  paths.reduce((sum, path) => {
    const entry = server.site.get(path);
    if (!entry) throw new Error(`${path} was loaded but is not in the build`);
    return sum + (entry.gzip ?? entry.raw).length;
  }, 0) / 1024;

async function measureLighthouse(app, minimal) {
  const chrome = await launchChrome(chromePath);
  const samples = { minimal: { mobile: [], desktop: [] }, app: Object.fromEntries(Object.keys(PAGES).map((p) => [p, { mobile: [], desktop: [] }])) };
  try {
    for (let run = 1; run <= lighthouseRuns; run += 1) {
      for (const form of ['mobile', 'desktop']) {
        // The minimal app first in each round, then the pages, so machine noise falls on both.
        step(`Lighthouse ${form}, run ${run}/${lighthouseRuns}: minimal app`);
        samples.minimal[form].push(await runLighthouse(`${minimal.origin}/`, form, chrome.port));
        for (const [page, path] of Object.entries({ overview: '/', chips: '/chips' })) {
          step(`Lighthouse ${form}, run ${run}/${lighthouseRuns}: ${PAGES[page]}`);
          samples.app[page][form].push(await runLighthouse(`${app.origin}${path}`, form, chrome.port));
        }
      }
    }
  } finally {
    chrome.kill();
  }
  const summarise = (byForm) => Object.fromEntries(Object.entries(byForm).map(([form, list]) => [form, { ...medianOfRuns(list), samples: list }]));
  return {
    minimal: summarise(samples.minimal),
    app: Object.fromEntries(Object.entries(samples.app).map(([page, byForm]) => [page, summarise(byForm)])),
  };
}

async function measureTransfer(browser, app, minimal) {
  const appWorker = workerScripts(appDist, 'mocks/browser.ts');
  const minimalWorker = workerScripts(minimalDist, 'mocks.ts');
  const sections = {};
  for (const [section, path] of Object.entries(SECTIONS)) {
    step(`JavaScript of a first visit to ${path}`);
    const { scripts, lcp, firstChart } = await firstLoadScripts(browser, app, `${app.origin}${path}`);
    const own = scripts.filter((p) => !appWorker.has(p));
    sections[section] = { sectionKB: gzipKB(app, own), workerKB: gzipKB(app, scripts.filter((p) => appWorker.has(p))), scripts, lcp, firstChart };
  }
  step('JavaScript of a first visit to the minimal app');
  const minimalLoad = await firstLoadScripts(browser, minimal, `${minimal.origin}/`, { waitFor: 'mark' });
  const minimalScripts = minimalLoad.scripts;
  return {
    shellKB: gzipKB(app, shellScripts(appDist, appWorker)),
    shellScripts: shellScripts(appDist, appWorker),
    minimalShellKB: gzipKB(minimal, shellScripts(minimalDist, minimalWorker)),
    sections,
    minimal: {
      sectionKB: gzipKB(minimal, minimalScripts.filter((p) => !minimalWorker.has(p))),
      workerKB: gzipKB(minimal, minimalScripts.filter((p) => minimalWorker.has(p))),
      scripts: minimalScripts,
      lcp: minimalLoad.lcp,
      firstChart: minimalLoad.firstChart,
    },
  };
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') await buildBoth();
  else step('using the builds in dist-bench/ (BENCH_SKIP_BUILD=1)');
  step('compressing and serving both builds');
  const app = await serveStatic(appDist, firstPort);
  const minimal = await serveStatic(minimalDist, firstPort + 1);
  const results = {};
  let chromiumVersion = 'unknown';
  try {
    if (only.has('lighthouse')) results.lighthouse = await measureLighthouse(app, minimal);
    if (only.has('transfer') || only.has('interactions') || only.has('values') || only.has('print')) {
      const browser = await launchBrowser(chromePath);
      chromiumVersion = browser.version();
      try {
        if (only.has('transfer')) results.transfer = await measureTransfer(browser, app, minimal);
        if (only.has('interactions')) {
          results.interactions = {};
          step(`interactions on Overview, real data (${runs} runs each)`);
          results.interactions.real = await measureInteractions(browser, `${app.origin}/`, runs);
          step(`interactions on Overview, real data, every card drawn (${runs} runs each)`);
          results.interactions.realAllDrawn = await measureInteractions(browser, `${app.origin}/`, runs, { drawAll: true });
          step(`interactions on Overview, synthetic 3 x 400 x 30 (${runs} runs each)`);
          results.interactions.synthetic = await measureInteractions(browser, `${app.origin}/${SYNTHETIC_QUERY}`, runs);
        }
        if (only.has('values')) {
          step(`Every value on Sources & data, synthetic 36,000 values (${runs} runs each)`);
          results.valuesTable = await measureValuesTable(browser, app.origin, runs);
        }
        if (only.has('print')) {
          step('print view of 20- and 50-slide decks of whole sections');
          results.print = await measurePrintBig(browser, app.origin, [20, 50], { log: step });
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await app.close();
    await minimal.close();
  }

  const rows = buildRows(results, { runs });
  const report = {
    date: new Date().toISOString(),
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, chromium: `${chromePath} (${chromiumVersion})` },
    settings: { interactionRuns: runs, lighthouseRuns, only: [...only], syntheticQuery: SYNTHETIC_QUERY },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    rows,
    results,
  };
  mkdirSync(resolve(root, 'reports'), { recursive: true });
  writeFileSync(resolve(root, 'reports/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  const misses = rows.filter((r) => r.result === 'MISS').length;
  console.log(`\nHubscope benchmark, ${report.date.slice(0, 10)}, ${report.machine.cores} cores (${report.machine.cpu}), ${report.durationSeconds} s`);
  console.log(`Lighthouse 12.2.3 (simulated throttling, median of ${lighthouseRuns}); interactions: median of ${runs}; "observed" times are unthrottled.\n`);
  console.log(formatTable(rows));
  if (results.print) console.log(`\nPrint view of big decks (figures only; the aim: no task over 200 ms while preparing, under 400 MB)\n\n${formatPrintTable(results.print)}`);
  console.log(`\n${rows.filter((r) => r.result === 'pass').length} within budget, ${misses} missed. Written to reports/bench.json.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
