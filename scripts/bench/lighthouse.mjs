// Lighthouse (Node API) against one Chromium started by chrome-launcher: mobile (the default
// config, simulated slow 4G and a 4x CPU slowdown) or desktop. Each run starts from empty storage,
// so the mock worker registers as on a first visit.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import Trace from 'lighthouse/core/gather/gatherers/trace.js';

// Lighthouse traces style and layout invalidations with a JavaScript stack each, for its CLS
// root-cause hints (no score uses them). On a page that builds a few thousand nodes that is a
// 50 MB trace which Chromium takes minutes to hand over on 2 busy cores, and the stacks slow the
// page being measured. Every metric and score is computed without them.
const INVALIDATION_TRACKING = 'disabled-by-default-devtools.timeline.invalidationTracking';
const defaultTraceCategories = Trace.getDefaultTraceCategories.bind(Trace);
Trace.getDefaultTraceCategories = () => defaultTraceCategories().filter((category) => category !== INVALIDATION_TRACKING);

export const FIRST_CHART_MARK = 'hubscope:first-chart';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function launchChrome(chromePath) {
  return chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
}

/** The figures the benchmark reads from one Lighthouse result (times in ms, scores 0-100). */
export function summariseLhr(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
  const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
  const mark = lhr.audits['user-timings']?.details?.items?.find((item) => item.name === FIRST_CHART_MARK);
  // Scored audits that did not pass, outside performance: what to fix when a score is under 100.
  const failing = Object.values(lhr.categories)
    .filter((category) => category.id !== 'performance')
    .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0))
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1)
    .map((audit) => audit.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    observedFcp: observed.observedFirstContentfulPaint ?? null,
    observedLcp: observed.observedLargestContentfulPaint ?? null,
    // User timings are observed, never simulated: compare them with the observed LCP.
    firstChart: mark ? mark.startTime : null,
    failingAudits: [...new Set(failing)],
    runWarnings: lhr.runWarnings ?? [],
  };
}

/** One Lighthouse run of `url` in the Chrome listening on `port`. */
export async function runLighthouse(url, formFactor, port) {
  const flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    // Unweighted and slow to gather on a long page: no score changes without them.
    disableFullPageScreenshot: true,
    skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'bf-cache', 'valid-source-maps'],
  };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
  return summariseLhr(result.lhr);
}
