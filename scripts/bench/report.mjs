// The benchmark's budgets and its one table: pure functions from the measured results to rows
// (measure, Hubscope, minimal app, ratio, budget, result) and to a Markdown table.

// Set by the issue "One clear structure and a fast first chart" (2026-12-03); later work keeps them.
export const BUDGETS = {
  performance: { mobile: 90, desktop: 100 },
  otherScores: 100,
  cls: 0.02,
  /** Hubscope's LCP and first data chart at most these multiples of the minimal app's, same run. */
  lcpRatio: 1.15,
  firstChartRatio: 1.5,
  shellKB: 110,
  /** Each section's first load (worker chunk aside) as measured before that issue: none may grow. */
  sectionKB: { overview: 266.8, industries: 263.0, talent: 263.5, chips: 254.9, timeline: 244.3, sources: 257.4 },
  settledMs: { real: 100, realAllDrawn: 100, synthetic: 150 },
  /** Issue 15 item 7: no long task above this while filtering or scrolling the Every value table at 36,000 values. */
  valuesLongTaskMs: 200,
};

/** A ratio budget: true when `value` is at most `factor` times `base`; null when either is missing. */
function withinRatio(value, base, factor) {
  return value == null || base == null ? null : value <= base * factor;
}

export const PAGES = { overview: 'Overview', chips: 'Chips' };
export const SECTIONS = { overview: '/', industries: '/industries', talent: '/talent', chips: '/chips', timeline: '/timeline', sources: '/sources' };
export const SECTION_LABELS = { overview: 'Overview', industries: 'Industries', talent: 'Talent', chips: 'Chips', timeline: 'Timeline', sources: 'Sources & data' };
export const INTERACTION_LABELS = { cities: 'cities', normalisation: 'normalisation', currency: 'currency', spotlight: 'spotlight' };
/** The Every value table's interactions (scripts/bench/values-table.mjs), in the order measured. */
export const VALUES_INTERACTION_LABELS = {
  search: 'typing "metric 17" in Search',
  clearSearch: 'clearing Search',
  status: 'Status: Reported',
  statusAll: 'Status: back to All statuses',
  sortValue: 'sorting by Value',
  sortValueDescending: 'sorting by Value again (descending)',
  scroll: 'scrolling the table from top to bottom',
};
export const SCALE_LABELS = { real: 'real data', realAllDrawn: 'real data, every card drawn', synthetic: 'synthetic 3 × 400 × 30' };

/** Median of the finite numbers in `values`; null when there are none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of each numeric field over several runs of the same measurement. */
export function medianOfRuns(runs) {
  const fields = new Set(runs.flatMap((run) => Object.keys(run)));
  const out = { runs: runs.length };
  for (const field of fields) {
    const values = runs.map((run) => run[field]);
    if (values.some((v) => typeof v === 'number')) out[field] = median(values);
    else out[field] = [...new Set(values.flat().filter((v) => v !== null && v !== undefined))];
  }
  return out;
}

export function formatMs(ms) {
  if (ms === null || ms === undefined) return 'n/a';
  return Math.round(ms) >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
export const formatKB = (kb) => (kb === null || kb === undefined ? 'n/a' : `${kb.toFixed(1)} KB`);
export const formatCls = (cls) => (cls === null || cls === undefined ? 'n/a' : cls.toFixed(3));
const formatScore = (score) => (score === null || score === undefined ? 'n/a' : String(score));

function ratio(hub, minimal) {
  if (typeof hub !== 'number' || typeof minimal !== 'number' || minimal === 0) return '';
  return `× ${(hub / minimal).toFixed(2)}`;
}

function judge(ok) {
  if (ok === null) return 'n/a';
  return ok ? 'pass' : 'MISS';
}

const atMost = (value, limit) => (typeof value === 'number' && typeof limit === 'number' ? value <= limit : null);
const atLeast = (value, limit) => (typeof value === 'number' ? value >= limit : null);

/**
 * The table rows from the results `run.mjs` collects:
 * { lighthouse: { app: { overview: { mobile, desktop }, chips: {...} }, minimal: { mobile, desktop } },
 *   transfer: { shellKB, minimalShellKB, sections: { id: { sectionKB, workerKB } }, minimal: { sectionKB, workerKB } },
 *   interactions: { real: { cls, interactions: { name: { medianInp, medianSettled } } }, synthetic: {...} },
 *   valuesTable: { rows, loadLongestTask, interactions: { name: { longestTask: [...], totalBlocking: [...], maxLongestTask, medianTotalBlocking } } } }
 * Any part may be missing (skipped); its rows are left out.
 */
export function buildRows(results, { runs = 5 } = {}) {
  const rows = [];
  const lighthouse = results.lighthouse;
  if (lighthouse) {
    for (const form of ['mobile', 'desktop']) {
      const minimal = lighthouse.minimal?.[form];
      for (const [page, label] of Object.entries(PAGES)) {
        const hub = lighthouse.app?.[page]?.[form];
        if (!hub) continue;
        const prefix = `Lighthouse ${form} · ${label}`;
        rows.push({
          group: 'load',
          measure: `${prefix}: performance score`,
          hubscope: formatScore(hub.performance),
          minimal: formatScore(minimal?.performance),
          ratio: '',
          budget: `≥ ${BUDGETS.performance[form]}`,
          result: judge(atLeast(hub.performance, BUDGETS.performance[form])),
        });
        const others = [hub.accessibility, hub.bestPractices, hub.seo];
        rows.push({
          group: 'load',
          measure: `${prefix}: accessibility / best practices / SEO`,
          hubscope: others.map(formatScore).join(' / '),
          minimal: minimal ? [minimal.accessibility, minimal.bestPractices, minimal.seo].map(formatScore).join(' / ') : 'n/a',
          ratio: '',
          budget: '100 / 100 / 100',
          result: judge(others.some((s) => s === null) ? null : others.every((s) => s >= BUDGETS.otherScores)),
        });
        rows.push({ group: 'load', measure: `${prefix}: FCP`, hubscope: formatMs(hub.fcp), minimal: formatMs(minimal?.fcp), ratio: ratio(hub.fcp, minimal?.fcp), budget: '—', result: '—' });
        rows.push({
          group: 'load',
          measure: `${prefix}: LCP`,
          hubscope: formatMs(hub.lcp),
          minimal: formatMs(minimal?.lcp),
          ratio: ratio(hub.lcp, minimal?.lcp),
          budget: `≤ ${BUDGETS.lcpRatio} × minimal`,
          result: judge(withinRatio(hub.lcp, minimal?.lcp, BUDGETS.lcpRatio)),
        });
        rows.push({
          group: 'load',
          measure: `${prefix}: LCP, observed`,
          hubscope: formatMs(hub.observedLcp),
          minimal: formatMs(minimal?.observedLcp),
          ratio: ratio(hub.observedLcp, minimal?.observedLcp),
          budget: '—',
          result: '—',
        });
        rows.push({
          group: 'load',
          measure: `${prefix}: first data chart painted, observed`,
          hubscope: formatMs(hub.firstChart),
          minimal: formatMs(minimal?.firstChart),
          ratio: ratio(hub.firstChart, minimal?.firstChart),
          budget: `≤ ${BUDGETS.firstChartRatio} × minimal`,
          result: judge(withinRatio(hub.firstChart, minimal?.firstChart, BUDGETS.firstChartRatio)),
        });
        rows.push({ group: 'load', measure: `${prefix}: TBT`, hubscope: formatMs(hub.tbt), minimal: formatMs(minimal?.tbt), ratio: ratio(hub.tbt, minimal?.tbt), budget: '—', result: '—' });
        rows.push({
          group: 'load',
          measure: `${prefix}: CLS`,
          hubscope: formatCls(hub.cls),
          minimal: formatCls(minimal?.cls),
          ratio: '',
          budget: `≤ ${BUDGETS.cls}`,
          result: judge(atMost(hub.cls, BUDGETS.cls)),
        });
      }
    }
  }

  const transfer = results.transfer;
  if (transfer) {
    rows.push({
      group: 'javascript',
      measure: 'JS, gzip: shell (index.html scripts and preloads)',
      hubscope: formatKB(transfer.shellKB),
      minimal: formatKB(transfer.minimalShellKB),
      ratio: ratio(transfer.shellKB, transfer.minimalShellKB),
      budget: `≤ ${BUDGETS.shellKB} KB`,
      result: judge(atMost(transfer.shellKB, BUDGETS.shellKB)),
    });
    for (const [section, figures] of Object.entries(transfer.sections ?? {})) {
      rows.push({
        group: 'javascript',
        measure: `JS, gzip: first load of ${SECTION_LABELS[section] ?? section}, worker chunk aside`,
        hubscope: formatKB(figures.sectionKB),
        minimal: formatKB(transfer.minimal?.sectionKB),
        ratio: ratio(figures.sectionKB, transfer.minimal?.sectionKB),
        budget: BUDGETS.sectionKB[section] === undefined ? '—' : `≤ ${BUDGETS.sectionKB[section]} KB`,
        result: BUDGETS.sectionKB[section] === undefined ? '—' : judge(atMost(figures.sectionKB, BUDGETS.sectionKB[section])),
      });
    }
    const workerKB = Object.values(transfer.sections ?? {})[0]?.workerKB;
    rows.push({
      group: 'javascript',
      measure: 'JS, gzip: mock API (worker chunk and mockServiceWorker.js)',
      hubscope: formatKB(workerKB),
      minimal: formatKB(transfer.minimal?.workerKB),
      ratio: ratio(workerKB, transfer.minimal?.workerKB),
      budget: '—',
      result: '—',
    });
  }

  for (const [scale, measured] of Object.entries(results.interactions ?? {})) {
    if (!measured) continue;
    const prefix = `Overview, ${SCALE_LABELS[scale] ?? scale}`;
    for (const [name, figures] of Object.entries(measured.interactions)) {
      rows.push({
        group: 'interaction',
        measure: `${prefix} · ${INTERACTION_LABELS[name] ?? name}: input to last chart settled (median of ${runs})`,
        hubscope: formatMs(figures.medianSettled),
        minimal: '',
        ratio: '',
        budget: `≤ ${BUDGETS.settledMs[scale]} ms`,
        result: judge(atMost(figures.medianSettled, BUDGETS.settledMs[scale])),
      });
      rows.push({
        group: 'interaction',
        measure: `${prefix} · ${INTERACTION_LABELS[name] ?? name}: INP, Event Timing (median of ${runs})`,
        hubscope: figures.medianInp === 16 ? '≤ 16 ms' : formatMs(figures.medianInp),
        minimal: '',
        ratio: '',
        budget: '—',
        result: '—',
      });
    }
    rows.push({
      group: 'interaction',
      measure: `${prefix}: CLS over the load and every input (1280 × 720)`,
      hubscope: formatCls(measured.cls),
      minimal: '',
      ratio: '',
      budget: `≤ ${BUDGETS.cls}`,
      result: judge(atMost(measured.cls, BUDGETS.cls)),
    });
  }

  const values = results.valuesTable;
  if (values) {
    // Chromium reports long tasks of 50 ms or more: 0 means there was none.
    const longest = (ms) => (ms === 0 ? '< 50 ms' : formatMs(ms));
    const prefix = `Sources & data, Every value at ${values.rows} rows`;
    rows.push({ group: 'values', measure: `${prefix}: longest task while the page opens`, hubscope: longest(values.loadLongestTask), minimal: '', ratio: '', budget: '—', result: '—' });
    for (const [name, figures] of Object.entries(values.interactions)) {
      const label = VALUES_INTERACTION_LABELS[name] ?? name;
      const samples = figures.longestTask.length;
      rows.push({
        group: 'values',
        measure: `${prefix} · ${label}: longest task (worst of ${samples})`,
        hubscope: longest(figures.maxLongestTask),
        minimal: '',
        ratio: '',
        budget: `≤ ${BUDGETS.valuesLongTaskMs} ms`,
        result: judge(atMost(figures.maxLongestTask, BUDGETS.valuesLongTaskMs)),
      });
      rows.push({
        group: 'values',
        measure: `${prefix} · ${label}: total blocking time (median of ${samples})`,
        hubscope: formatMs(figures.medianTotalBlocking),
        minimal: '',
        ratio: '',
        budget: '—',
        result: '—',
      });
    }
  }
  return rows;
}

/** One Markdown table (readable in a terminal, pasteable into the README). */
export function formatTable(rows) {
  const header = ['Measure', 'Hubscope', 'Minimal app', 'Ratio', 'Budget', 'Result'];
  const cells = rows.map((r) => [r.measure, r.hubscope, r.minimal, r.ratio, r.budget, r.result]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values) => `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
