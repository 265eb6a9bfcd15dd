#!/usr/bin/env node
// The print view of a big deck (issue 15, item 5): decks of 20 and 50 whole-section slides, each
// opened at `/print?deck=…` on the production build, measured until the toolbar says "Ready":
// time to ready, the longest task and total blocking time while preparing, the peak JS heap and
// the renderer process's peak memory (resident, and its private part); then `page.pdf()` (its time,
// page count and memory), and the floor: every page put back for print, a full garbage collection,
// the memory then and the peak of a second PDF made from there. Part of
// `npm run bench` (BENCH_ONLY=print) and runnable alone:
//
//   node scripts/bench/print-big.mjs [--dist DIR] [--slides 20,50] [--port 4190] [--no-pdf]
//
// Alone it builds into dist-bench/app unless --dist names a build already made (for example a
// build of an earlier commit, to compare). Figures are reported, never asserted. Measure with the
// machine otherwise quiet (the browser tests share its lock: `flock /tmp/e2e.lock node …`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import LZString from 'lz-string';
import { CHROMIUM_ARGS, launchBrowser } from './browser.mjs';
import { formatMs } from './report.mjs';
import { serveStatic } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const READY_TIMEOUT_MS = 400_000;
const MEMORY_POLL_MS = 250;

const SECTION_PATHS = ['/', '/industries', '/talent', '/chips', '/timeline', '/sources'];
const SECTION_NAMES = { '/': 'Overview', '/industries': 'Industries', '/talent': 'Talent', '/chips': 'Chips', '/timeline': 'Timeline', '/sources': 'Sources' };
/** Seven settings against six sections: every section meets every setting over a 42-slide cycle. */
const SETTINGS = [
  '',
  'cities=wuhan,xian',
  'cur=USD&norm=perCapita',
  'view=table',
  'cities=xian,chengdu&from=2018',
  'spot=chengdu&compare=latest',
  'norm=indexed&cur=CAD&kinds=fab,programme',
];

/** A deck of `count` whole-section slides (no `card=`), cycling through the sections and the settings, with titles and notes. */
export function bigDeck(count) {
  return {
    version: 1,
    title: `Big deck: ${count} whole sections`,
    slides: Array.from({ length: count }, (_, index) => {
      const path = SECTION_PATHS[index % SECTION_PATHS.length];
      const search = SETTINGS[index % SETTINGS.length];
      return {
        id: `s${index + 1}`,
        title: `${SECTION_NAMES[path]}, every card${search ? ` (${search.replaceAll('&', ', ')})` : ''}`,
        notes: `Slide ${index + 1}: walk through each card of ${SECTION_NAMES[path]} and name the year of every figure.`,
        path,
        search,
      };
    }),
  };
}

/** What `encodeDeckParam` writes (src/features/presentation/model/deck-link.ts); keys already in its order. */
export const encodeDeck = (deck) => LZString.compressToEncodedURIComponent(JSON.stringify(deck));

/** Installed before the page's scripts: long tasks (buffered) and the moment the toolbar first says "Ready". */
function installPrintProbe() {
  const probe = { tasks: [], readyAt: null, readyText: null };
  window.__printBench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.tasks.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watch = () =>
    new MutationObserver(() => {
      if (probe.readyAt !== null) return;
      const status = document.querySelector('.print-toolbar__status');
      const text = status?.textContent ?? '';
      if (/^Ready: \d+ pages?/.test(text)) {
        probe.readyAt = performance.now();
        probe.readyText = text;
      }
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  if (document.documentElement) watch();
  else document.addEventListener('readystatechange', watch, { once: true });
}

/**
 * A process's memory from /proc, in MB: resident now (VmRSS), its peak (VmHWM), and its private
 * part (RssAnon: what Chrome's task manager counts as a tab's memory footprint, without the pages
 * of the browser's own code that every process shares, some 130 MB here). Null where /proc is not there.
 */
function processMemoryMB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => {
      const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
      return match ? Number(match[1]) / 1024 : null;
    };
    return { rss: field('VmRSS'), peak: field('VmHWM'), private: field('RssAnon') };
  } catch {
    return null;
  }
}

/** Starts a process's peak resident memory again from what it holds now (Linux `clear_refs` 5); false where it cannot. */
function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** The highest of `pick` over the memory of `pids`, rounded; null when none can be read. */
function highest(pids, pick) {
  const values = pids.map((pid) => processMemoryMB(pid)).filter((memory) => memory !== null).map(pick).filter((mb) => mb !== null);
  return values.length > 0 ? Math.round(Math.max(...values)) : null;
}

/**
 * Samples the private memory of the processes `pidsNow()` names every `intervalMs` while `work`
 * runs (the kernel keeps no peak of it); resolves to [work's result, the highest seen, or null].
 */
async function withPrivatePeak(pidsNow, work, intervalMs = 100) {
  let peak = null;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try {
        const now = highest(await pidsNow(), (memory) => memory.private);
        if (now !== null) peak = Math.max(peak ?? 0, now);
      } catch {
        // the browser is closing
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  try {
    return [await work(), peak];
  } finally {
    sampling = false;
    await sampler;
  }
}

/** The ids of the browser's renderer processes. */
async function rendererPids(browserSession) {
  const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

/** Counts page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree nodes). */
const pdfPageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

/**
 * Opens the print view of a `count`-slide deck in a fresh context and measures it (see the top of
 * this file). Returns { slides, linkChars, readyMs, longestTaskMs, tbtMs, longTasks, peakHeapMB,
 * rendererPeakMB, rendererPrivatePeakMB, pages, pdfMs, pdfPages, rendererPeakWithPdfMB,
 * rendererPrivateWithPdfMB, and the floor: printedCollected { rss, private } and pdfFromCollected
 * { peak, private } }.
 */
export async function measurePrintDeck(browser, origin, count, { pdf = true } = {}) {
  const param = encodeDeck(bigDeck(count));
  const url = `${origin}/print?deck=${encodeURIComponent(param)}`;
  const browserSession = await browser.newBrowserCDPSession();
  const before = new Set(await rendererPids(browserSession));
  // The renderer of this context's page: the one that was not running before it opened.
  const pageRenderers = async () => (await rendererPids(browserSession)).filter((pid) => !before.has(pid));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(installPrintProbe);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let peakHeap = 0;
    let polling = true;
    const poll = (async () => {
      while (polling) {
        try {
          const { metrics } = await cdp.send('Performance.getMetrics');
          const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
          peakHeap = Math.max(peakHeap, used);
        } catch {
          // the page is navigating or closing
        }
        await new Promise((r) => setTimeout(r, MEMORY_POLL_MS));
      }
    })();
    const [, peakPrivate] = await withPrivatePeak(
      pageRenderers,
      async () => {
        await page.goto(url);
        await page.waitForFunction(() => window.__printBench.readyAt !== null || document.querySelector('.print-refused') !== null, null, { timeout: READY_TIMEOUT_MS, polling: 500 });
      },
      MEMORY_POLL_MS,
    );
    const refused = await page.locator('.print-refused').textContent().catch(() => null);
    if (refused) throw new Error(`the print view refused the ${count}-slide deck: ${refused}`);
    polling = false;
    await poll;
    const probe = await page.evaluate(() => window.__printBench);
    const pages = await page.locator('article.print-page').count();
    const renderers = await pageRenderers();
    const preparing = probe.tasks.filter((t) => t.startTime <= probe.readyAt);
    const result = {
      slides: count,
      linkChars: param.length,
      readyText: probe.readyText,
      readyMs: Math.round(probe.readyAt),
      longestTaskMs: Math.round(Math.max(0, ...preparing.map((t) => t.duration))),
      tbtMs: Math.round(preparing.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
      longTasks: preparing.length,
      peakHeapMB: Math.round(peakHeap / 2 ** 20),
      rendererPeakMB: highest(renderers, (memory) => memory.peak),
      rendererPrivatePeakMB: peakPrivate,
      renderers: renderers.length,
      pages,
      pdfMs: null,
      pdfPages: null,
      errors,
    };
    if (pdf) {
      const makePdf = () => page.pdf({ format: 'A4', landscape: true, printBackground: true });
      const started = Date.now();
      const [file, privateWithPdf] = await withPrivatePeak(() => renderers, makePdf);
      result.pdfMs = Date.now() - started;
      result.pdfPages = pdfPageCount(file);
      result.pdfMB = Math.round((file.length / 2 ** 20) * 10) / 10;
      // Printing lays every page out again: the renderer's peak may have risen.
      result.rendererPeakWithPdfMB = highest(renderers, (memory) => memory.peak);
      result.rendererPrivateWithPdfMB = privateWithPdf === null ? null : Math.max(privateWithPdf, result.rendererPrivatePeakMB ?? 0);
      // The floor: what printing the deck needs with nothing left to collect. Every page put back
      // (the print media query), a full collection (CDP), the peak started again from there, and
      // the PDF made again. What is above it at ready is garbage whose collection the browser
      // schedules (about 11-16 s after ready when idle), not what the deck holds.
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction(() => document.querySelector('[data-stowed]') === null, null, { timeout: 60_000, polling: 250 });
      await cdp.send('HeapProfiler.collectGarbage');
      await page.waitForTimeout(1500);
      result.printedCollected = { rss: highest(renderers, (memory) => memory.rss), private: highest(renderers, (memory) => memory.private) };
      if (renderers.every(resetPeak)) {
        const [, privateFromCollected] = await withPrivatePeak(() => renderers, makePdf);
        result.pdfFromCollected = { peak: highest(renderers, (memory) => memory.peak), private: privateFromCollected };
      }
      await page.emulateMedia({ media: null });
    }
    return result;
  } finally {
    await context.close();
    await browserSession.detach();
  }
}

/** Measures each deck size in turn (one browser, a fresh context each). */
export async function measurePrintBig(browser, origin, sizes = [20, 50], { pdf = true, log = console.log } = {}) {
  const results = [];
  for (const count of sizes) {
    log(`[print] ${count} whole-section slides: opening the print view`);
    results.push(await measurePrintDeck(browser, origin, count, { pdf }));
  }
  return results;
}

export function formatPrintTable(results) {
  const header = ['Slides', 'Link', 'Ready', 'Longest task', 'Total blocking', 'Long tasks', 'Peak JS heap', 'Renderer peak RSS / private', 'Pages', 'PDF time', 'PDF pages', 'With PDF', 'Printed, collected', 'PDF from there'];
  const pair = (rss, privateMB) => (rss == null ? '—' : `${rss} / ${privateMB ?? '?'} MB`);
  const cells = results.map((r) => [
    String(r.slides),
    `${(r.linkChars / 1024).toFixed(1)} KB`,
    formatMs(r.readyMs),
    formatMs(r.longestTaskMs),
    formatMs(r.tbtMs),
    String(r.longTasks),
    `${r.peakHeapMB} MB`,
    r.rendererPeakMB === null ? 'n/a' : pair(r.rendererPeakMB, r.rendererPrivatePeakMB),
    String(r.pages),
    r.pdfMs === null ? '—' : formatMs(r.pdfMs),
    r.pdfPages === null ? '—' : String(r.pdfPages),
    pair(r.rendererPeakWithPdfMB, r.rendererPrivateWithPdfMB),
    pair(r.printedCollected?.rss, r.printedCollected?.private),
    pair(r.pdfFromCollected?.peak, r.pdfFromCollected?.private),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values) => `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

function argument(name) {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

async function main() {
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const port = Number(argument('--port') ?? 4190);
  const sizes = (argument('--slides') ?? '20,50').split(',').map(Number);
  let dist = argument('--dist');
  if (!dist) {
    dist = resolve(root, 'dist-bench/app');
    const { build } = await import('vite');
    delete process.env.VITE_API_BASE_URL;
    console.log(`[print] building into ${dist}`);
    await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true, manifest: true } });
  }
  const server = await serveStatic(resolve(dist), port);
  const browser = await launchBrowser(chromePath);
  try {
    const results = await measurePrintBig(browser, server.origin, sizes, { pdf: !process.argv.includes('--no-pdf') });
    console.log(`\nPrint view of big decks (${dist}; Chromium ${browser.version()}, args ${CHROMIUM_ARGS.join(' ')})\n`);
    console.log(formatPrintTable(results));
    for (const r of results) if (r.errors.length > 0) console.log(`page errors with ${r.slides} slides: ${r.errors.join('; ')}`);
    if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
