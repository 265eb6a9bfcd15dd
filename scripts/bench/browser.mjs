// Playwright measurements in Chromium: the JavaScript each section pulls on a first visit, and
// the cost of Overview's interactions (Event Timing INP, and input to the last chart settled).
import { chromium } from 'playwright-core';
import { median } from './report.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const VIEWPORT = { width: 1280, height: 720 };
/** A chart counts as settled when no figure has been redrawn for this long. */
const QUIET_MS = 400;
const SETTLE_TIMEOUT_MS = 20_000;

export async function launchBrowser(executablePath) {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * Installed before any page script runs: records when each figure's `data-rendered-for` changes
 * and when the frame after it was painted (requestAnimationFrame, then a task), every Event
 * Timing entry of an interaction, and every layout shift (for CLS).
 */
function installProbes() {
  const probe = { renders: [], events: [], shifts: [], lcp: null, inputAt: null, pending: 0 };
  window.__bench = probe;
  // True once every drawn chart names the page's current view and no card is still loading.
  probe.chartsAreCurrent = () => {
    if (document.querySelector('.skeleton')) return false;
    return [...document.querySelectorAll('figure.chart-figure')].every((figure) => {
      const card = figure.closest('[data-card-id]');
      return !card || figure.getAttribute('data-rendered-for') === `${card.getAttribute('data-card-id')}${location.search}`;
    });
  };
  const watch = () =>
    new MutationObserver((records) => {
      const at = performance.now();
      probe.pending += 1;
      requestAnimationFrame(() =>
        setTimeout(() => {
          probe.renders.push({ at, painted: performance.now(), count: records.length });
          probe.pending -= 1;
        }, 0),
      );
    }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-rendered-for'] });
  if (document.documentElement) watch();
  else document.addEventListener('readystatechange', watch, { once: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) probe.events.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.shifts.push({ startTime: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  // The last LCP candidate and what it was, to tell a heading from the data.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const element = e.element;
      const card = element?.closest?.('[data-card-id]')?.getAttribute('data-card-id');
      probe.lcp = { startTime: e.startTime, element: element ? `${element.nodeName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}${card ? ` in card ${card}` : ''}` : null };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  for (const type of ['pointerdown', 'keydown']) {
    addEventListener(type, (event) => {
      if (probe.inputAt === null) probe.inputAt = event.timeStamp;
    }, { capture: true });
  }
}

/** Waits until the charts are current and nothing has been redrawn for QUIET_MS since the input. */
async function waitForSettled(page, minFigures = 1) {
  await page.waitForFunction(
    ({ quiet, minFigures }) => {
      const probe = window.__bench;
      const figures = document.querySelectorAll('figure.chart-figure[data-rendered-for]').length;
      const lastActivity = Math.max(probe.renders.at(-1)?.painted ?? 0, probe.inputAt ?? 0);
      return figures >= minFigures && probe.pending === 0 && probe.chartsAreCurrent() && performance.now() - lastActivity > quiet;
    },
    { quiet: QUIET_MS, minFigures },
    { timeout: SETTLE_TIMEOUT_MS, polling: 50 },
  );
}

/**
 * One interaction: reset the probe, make the input, wait for the charts to settle. Returns
 * { inp, settled } in ms: the longest Event Timing entry of the input (entries under 16 ms are
 * not reported, so 16 stands for "16 or less"), and the time from the input's timestamp to the
 * paint after the last chart redrawn for the new view.
 */
async function measureInteraction(page, act) {
  await page.evaluate(() => {
    const probe = window.__bench;
    probe.renders.length = 0;
    probe.events.length = 0;
    probe.inputAt = null;
  });
  await act();
  await waitForSettled(page);
  return page.evaluate(() => {
    const { renders, events, inputAt } = window.__bench;
    const own = events.filter((e) => inputAt !== null && e.startTime >= inputAt - 1);
    const inp = own.length > 0 ? Math.max(...own.map((e) => e.duration)) : 16;
    const lastPaint = renders.length > 0 ? Math.max(...renders.map((r) => r.painted)) : null;
    // Nothing redrawn: the interaction settled with its own next paint.
    const settled = lastPaint === null || inputAt === null ? inp : Math.max(0, lastPaint - inputAt);
    return { inp, settled, redraws: renders.reduce((n, r) => n + r.count, 0) };
  });
}

/** The four Overview interactions of the issue; each run flips the setting one way or back. */
const INTERACTIONS = {
  cities: async (page) => {
    await page.getByRole('checkbox', { name: /Chengdu/ }).click();
  },
  normalisation: async (page, run) => {
    await page.getByRole('combobox', { name: /^Values/ }).focus();
    await page.keyboard.press(run % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
  },
  currency: async (page, run) => {
    await page.getByRole('combobox', { name: /^Currency/ }).focus();
    await page.keyboard.press(run % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
  },
  spotlight: async (page, run) => {
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await page.keyboard.press(['1', '2', '3', '0'][run % 4]);
  },
};
export const INTERACTION_NAMES = Object.keys(INTERACTIONS);

/**
 * Opens Overview at `url`, waits for the charts in view, then runs each interaction `runs` times.
 * Cards far below the window draw only when scrolled near; `drawAll` scrolls through the page
 * first, so every card is drawn and redraws on each input, as after a reader has scrolled it all.
 * Returns { loadMs, interactions: { name: { inp: [...], settled: [...], medianInp, medianSettled } }, cls }.
 */
export async function measureInteractions(browser, url, runs, { drawAll = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbes);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const started = Date.now();
    await page.goto(url);
    await waitForSettled(page, 1);
    const loadMs = Date.now() - started;
    if (drawAll) {
      const cards = page.locator('.chart-card');
      for (let index = 0; index < (await cards.count()); index += 1) await cards.nth(index).scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelectorAll('.chart-card__undrawn').length === 0, null, { timeout: SETTLE_TIMEOUT_MS });
      await page.evaluate(() => window.scrollTo(0, 0));
      await waitForSettled(page, 1);
    }
    const interactions = {};
    for (const [name, act] of Object.entries(INTERACTIONS)) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
        // Focus moves before the probe resets, so only the input itself is timed.
        samples.push(await measureInteraction(page, () => act(page, run)));
      }
      // An odd number of city toggles leaves Chengdu off: put it back for the next interaction.
      if (name === 'cities' && runs % 2 === 1) await measureInteraction(page, () => act(page, runs));
      interactions[name] = {
        inp: samples.map((s) => s.inp),
        settled: samples.map((s) => Math.round(s.settled)),
        redraws: samples.map((s) => s.redraws),
        medianInp: median(samples.map((s) => s.inp)),
        medianSettled: median(samples.map((s) => s.settled)),
      };
    }
    // CLS as the metric defines it (shifts without recent input), over the load and all inputs.
    const cls = await page.evaluate(() => window.__bench.shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0));
    if (errors.length > 0) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
    return { loadMs, interactions, cls };
  } finally {
    await context.close();
  }
}

/**
 * Loads `url` in a fresh context (empty cache, no service worker) and lists the JavaScript the
 * server sent until the charts settled (or, for a page without ChartCards, the first chart mark).
 * Returns { scripts, lcp, firstChart } (times observed at 1280 x 720, unthrottled).
 */
export async function firstLoadScripts(browser, server, url, { waitFor = 'charts' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbes);
    server.log.length = 0;
    await page.goto(url);
    if (waitFor === 'charts') await waitForSettled(page, 1);
    else await page.waitForFunction(() => performance.getEntriesByName('hubscope:first-chart').length > 0, null, { timeout: SETTLE_TIMEOUT_MS });
    await page.waitForLoadState('networkidle');
    const scripts = [...new Set(server.log.filter((entry) => entry.status === 200 && /\.m?js$/.test(entry.path)).map((entry) => entry.path))];
    const { lcp, firstChart } = await page.evaluate(() => ({
      lcp: window.__bench.lcp,
      firstChart: performance.getEntriesByName('hubscope:first-chart')[0]?.startTime ?? null,
    }));
    return { scripts, lcp, firstChart };
  } finally {
    await context.close();
  }
}
