#!/usr/bin/env node
// The "Every value" table of Sources & data at the synthetic scale (36,000 generated observations
// beside the dataset): for each interaction a reader makes with it, the longest task Chromium
// reports (PerformanceObserver 'longtask', tasks of 50 ms or more) and the total blocking time
// (the sum of each long task's time over 50 ms), from the input until nothing has happened for
// QUIET_MS. Figures are reported, never asserted.
//
// Part of `npm run bench` (BENCH_ONLY=values; its rows' budget is in report.mjs). On its own, against any build made with
// VITE_SYNTHETIC=on (say an older commit's, for a before/after):
//   node scripts/bench/values-table.mjs [dist directory, default dist-bench/app] [port, default 4720]
// Env: CHROMIUM_PATH (default /usr/bin/chromium); BENCH_RUNS (runs of each interaction, default 3).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { formatMs, median, VALUES_INTERACTION_LABELS } from './report.mjs';
import { serveStatic } from './server.mjs';

const VIEWPORT = { width: 1280, height: 720 };
/** An interaction is over when no long task has ended and the table has not changed for this long. */
const QUIET_MS = 600;
const TIMEOUT_MS = 120_000;
/** The values card at the synthetic scale (3 cities x 400 metrics x 30 years, plus the dataset). */
export const VALUES_QUERY = '/sources?_scenario=all:synthetic';
/** Frames the scroll from the table's top to its bottom takes (about four seconds at 60 Hz). */
const SCROLL_FRAMES = 240;


/** Installed before the page's scripts: every long task, and when the table last changed. */
function installProbe() {
  const probe = { tasks: [], changedAt: 0 };
  window.__valuesBench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.tasks.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watch = () =>
    new MutationObserver(() => {
      probe.changedAt = performance.now();
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  if (document.documentElement) watch();
  else document.addEventListener('readystatechange', watch, { once: true });
}

async function waitForQuiet(page, startedAt) {
  await page.waitForFunction(
    ({ quiet, startedAt }) => {
      const probe = window.__valuesBench;
      const lastTaskEnd = Math.max(0, ...probe.tasks.map((t) => t.startTime + t.duration));
      const last = Math.max(startedAt, probe.changedAt, lastTaskEnd);
      return performance.now() - last > quiet;
    },
    { quiet: QUIET_MS, startedAt },
    { timeout: TIMEOUT_MS, polling: 100 },
  );
}

/** Runs `act`, waits for `done` and for quiet; returns the long tasks that started after the input. */
async function measure(page, act, done) {
  const startedAt = await page.evaluate(() => performance.now());
  await act();
  await done();
  await waitForQuiet(page, startedAt);
  return page.evaluate((startedAt) => {
    const tasks = window.__valuesBench.tasks.filter((t) => t.startTime + t.duration >= startedAt);
    return {
      longestTask: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
      totalBlocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      longTasks: tasks.length,
    };
  }, startedAt);
}

/**
 * Opens Sources & data at the synthetic scale and times each interaction `runs` times.
 * Returns { rows, loadLongestTask, interactions: { name: { longestTask: [...], totalBlocking: [...], maxLongestTask, medianTotalBlocking } } }.
 */
export async function measureValuesTable(browser, origin, runs) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    // Before the table was windowed, one input could block the page for tens of seconds.
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.addInitScript(installProbe);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}${VALUES_QUERY}`);
    const card = page.getByRole('region', { name: 'Every value', exact: true });
    const subtitle = card.locator('.chart-card__subtitle');
    await subtitle.filter({ hasText: /^\d{5,} of \d{5,} values/ }).waitFor({ timeout: TIMEOUT_MS });
    await card.scrollIntoViewIfNeeded();
    const box = card.getByRole('region', { name: 'Every value, table', exact: true });
    await box.waitFor({ timeout: TIMEOUT_MS });
    await waitForQuiet(page, 0);
    const loadLongestTask = await page.evaluate(() => window.__valuesBench.tasks.reduce((max, t) => Math.max(max, t.duration), 0));
    const total = Number((await subtitle.textContent())?.match(/of (\d+) values/)?.[1]);
    const shows = (count) => () => subtitle.filter({ hasText: new RegExp(`^${count} of ${total} values`) }).waitFor({ timeout: TIMEOUT_MS });
    const search = card.getByRole('searchbox', { name: 'Search' });
    const status = card.getByRole('combobox', { name: 'Status' });
    const sortButton = box.getByRole('button', { name: /^Value/ });
    const someRows = () => box.locator('tbody tr td').first().waitFor({ timeout: TIMEOUT_MS });

    const interactions = Object.fromEntries(Object.keys(VALUES_INTERACTION_LABELS).map((name) => [name, []]));
    for (let run = 0; run < runs; run += 1) {
      await box.evaluate((element) => {
        element.scrollTop = 0;
      });
      await search.click();
      interactions.search.push(await measure(page, () => search.pressSequentially('metric 17', { delay: 80 }), () => subtitle.filter({ hasText: new RegExp(`^\\d+ of ${total} values`) }).waitFor()));
      interactions.clearSearch.push(
        await measure(
          page,
          async () => {
            await search.press('ControlOrMeta+a');
            await search.press('Backspace');
          },
          shows(total),
        ),
      );
      interactions.status.push(await measure(page, () => status.selectOption('reported'), () => subtitle.filter({ hasNotText: new RegExp(`^${total} of`) }).waitFor({ timeout: TIMEOUT_MS })));
      interactions.statusAll.push(await measure(page, () => status.selectOption('all'), shows(total)));
      interactions.sortValue.push(await measure(page, () => sortButton.click(), async () => {
        await box.locator('th[aria-sort="ascending"]', { hasText: 'Value' }).waitFor({ timeout: TIMEOUT_MS });
        await someRows();
      }));
      interactions.sortValueDescending.push(await measure(page, () => sortButton.click(), async () => {
        await box.locator('th[aria-sort="descending"]', { hasText: 'Value' }).waitFor({ timeout: TIMEOUT_MS });
        await someRows();
      }));
      // Back to the page's own order (by year) for the next run.
      await box.getByRole('button', { name: /^Year/ }).click();
      await waitForQuiet(page, await page.evaluate(() => performance.now()));
      interactions.scroll.push(
        await measure(
          page,
          () =>
            box.evaluate(
              (element, frames) =>
                new Promise((done) => {
                  let frame = 0;
                  const step = () => {
                    frame += 1;
                    element.scrollTop = ((element.scrollHeight - element.clientHeight) * frame) / frames;
                    if (frame < frames) requestAnimationFrame(step);
                    else done();
                  };
                  requestAnimationFrame(step);
                }),
              SCROLL_FRAMES,
            ),
          someRows,
        ),
      );
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      rows: total,
      loadLongestTask,
      interactions: Object.fromEntries(
        Object.entries(interactions).map(([name, samples]) => [
          name,
          {
            longestTask: samples.map((s) => Math.round(s.longestTask)),
            totalBlocking: samples.map((s) => Math.round(s.totalBlocking)),
            maxLongestTask: Math.max(...samples.map((s) => s.longestTask)),
            medianTotalBlocking: median(samples.map((s) => s.totalBlocking)),
          },
        ]),
      ),
    };
  } finally {
    await context.close();
  }
}

/** The figures as lines of text. */
export function formatValuesTable(result) {
  const lines = [`Every value, ${result.rows} rows: longest task while opening the page ${formatMs(result.loadLongestTask)}`];
  for (const [name, figures] of Object.entries(result.interactions)) {
    lines.push(
      `  ${VALUES_INTERACTION_LABELS[name] ?? name}: longest task ${formatMs(figures.maxLongestTask)} (runs: ${figures.longestTask.join(', ')} ms), total blocking ${formatMs(figures.medianTotalBlocking)} median (runs: ${figures.totalBlocking.join(', ')} ms)`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const dist = resolve(root, process.argv[2] ?? 'dist-bench/app');
  const port = Number(process.argv[3] ?? 4720);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const server = await serveStatic(dist, port);
  const browser = await launchBrowser(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  try {
    console.log(`${dist}, Chromium ${browser.version()}, ${runs} runs`);
    console.log(formatValuesTable(await measureValuesTable(browser, server.origin, runs)));
  } finally {
    await browser.close();
    await server.close();
  }
}
