import { describe, expect, it } from 'vitest';
import { buildRows, formatMs, formatTable, median, medianOfRuns, type BenchResults, type LighthouseFigures } from '../../scripts/bench/report.mjs';

const figures = (overrides: Partial<LighthouseFigures> = {}): LighthouseFigures => ({
  performance: 96,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcp: 1200,
  lcp: 2000,
  tbt: 150,
  cls: 0.01,
  observedLcp: 600,
  firstChart: 700,
  ...overrides,
});

const row = (rows: ReturnType<typeof buildRows>, measure: string) => {
  const found = rows.find((r) => r.measure === measure);
  if (!found) throw new Error(`no row "${measure}" in ${rows.map((r) => r.measure).join('; ')}`);
  return found;
};

describe('the benchmark table', () => {
  it('takes medians over runs, ignoring missing values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, undefined])).toBe(5);
    expect(median([])).toBeNull();
    expect(medianOfRuns([{ lcp: 1, audits: ['a'] }, { lcp: 3, audits: ['b'] }, { lcp: 2, audits: ['a'] }])).toEqual({ runs: 3, lcp: 2, audits: ['a', 'b'] });
  });

  it('judges Lighthouse figures against the budgets and against the minimal app of the same run', () => {
    const results: BenchResults = {
      lighthouse: {
        app: { overview: { mobile: figures({ performance: 89, lcp: 2700, firstChart: 1040, cls: 0.03 }) } },
        minimal: { mobile: figures({ performance: 92, lcp: 2300, firstChart: 700 }) },
      },
    };
    const rows = buildRows(results);
    expect(row(rows, 'Lighthouse mobile · Overview: performance score')).toMatchObject({ hubscope: '89', minimal: '92', budget: '≥ 90', result: 'MISS' });
    expect(row(rows, 'Lighthouse mobile · Overview: LCP')).toMatchObject({ hubscope: '2.70 s', minimal: '2.30 s', ratio: '× 1.17', budget: '≤ 1.15 × minimal', result: 'MISS' });
    expect(row(rows, 'Lighthouse mobile · Overview: first data chart painted, observed')).toMatchObject({ hubscope: '1.04 s', budget: '≤ 1.5 × minimal', result: 'pass' });
    expect(row(rows, 'Lighthouse mobile · Overview: CLS')).toMatchObject({ hubscope: '0.030', result: 'MISS' });
    expect(row(rows, 'Lighthouse mobile · Overview: accessibility / best practices / SEO')).toMatchObject({ hubscope: '100 / 100 / 100', result: 'pass' });
    // Chips was not measured: no rows for it rather than rows of n/a.
    expect(rows.some((r) => r.measure.includes('Chips'))).toBe(false);
  });

  it('says n/a when a figure is missing instead of passing it', () => {
    const rows = buildRows({ lighthouse: { app: { chips: { desktop: figures({ firstChart: null }) } }, minimal: {} } });
    expect(row(rows, 'Lighthouse desktop · Chips: first data chart painted, observed')).toMatchObject({ hubscope: 'n/a', result: 'n/a' });
    expect(row(rows, 'Lighthouse desktop · Chips: performance score')).toMatchObject({ budget: '≥ 100', result: 'MISS' });
  });

  it('judges the JavaScript budgets and interaction budgets per data scale', () => {
    const rows = buildRows(
      {
        transfer: {
          shellKB: 110.04,
          minimalShellKB: 181.4,
          sections: { overview: { sectionKB: 281, workerKB: 191 } },
          minimal: { sectionKB: 181.4, workerKB: 163 },
        },
        interactions: {
          real: { cls: 0, interactions: { currency: { medianInp: 16, medianSettled: 90 } } },
          synthetic: { cls: 0.05, interactions: { currency: { medianInp: 48, medianSettled: 250 } } },
        },
      },
      { runs: 5 },
    );
    expect(row(rows, 'JS, gzip: shell (index.html scripts and preloads)')).toMatchObject({ hubscope: '110.0 KB', budget: '≤ 110 KB', result: 'MISS' });
    expect(row(rows, 'JS, gzip: first load of Overview, worker chunk aside')).toMatchObject({ budget: '≤ 266.8 KB', result: 'MISS' });
    expect(row(rows, 'Overview, real data · currency: input to last chart settled (median of 5)')).toMatchObject({ hubscope: '90 ms', result: 'pass' });
    expect(row(rows, 'Overview, real data · currency: INP, Event Timing (median of 5)')).toMatchObject({ hubscope: '≤ 16 ms' });
    expect(row(rows, 'Overview, synthetic 3 × 400 × 30 · currency: input to last chart settled (median of 5)')).toMatchObject({ budget: '≤ 150 ms', result: 'MISS' });
    expect(row(rows, 'Overview, synthetic 3 × 400 × 30: CLS over the load and every input (1280 × 720)')).toMatchObject({ result: 'MISS' });
  });

  it('judges the Every value table by its longest task in any run, against 200 ms per interaction', () => {
    const rows = buildRows({
      valuesTable: {
        rows: 36_448,
        loadLongestTask: 1_480,
        interactions: {
          search: { longestTask: [120, 192, 150], totalBlocking: [300, 410, 350], maxLongestTask: 192, medianTotalBlocking: 350 },
          sortValue: { longestTask: [180, 240, 190], totalBlocking: [130, 190, 140], maxLongestTask: 240, medianTotalBlocking: 140 },
          scroll: { longestTask: [0, 0, 0], totalBlocking: [0, 0, 0], maxLongestTask: 0, medianTotalBlocking: 0 },
        },
      },
    });
    const prefix = 'Sources & data, Every value at 36448 rows';
    expect(row(rows, `${prefix}: longest task while the page opens`)).toMatchObject({ hubscope: '1.48 s', budget: '—', result: '—' });
    expect(row(rows, `${prefix} · typing "metric 17" in Search: longest task (worst of 3)`)).toMatchObject({ hubscope: '192 ms', budget: '≤ 200 ms', result: 'pass' });
    expect(row(rows, `${prefix} · typing "metric 17" in Search: total blocking time (median of 3)`)).toMatchObject({ hubscope: '350 ms', result: '—' });
    // One slow run is enough to miss: the goal is no long task above 200 ms.
    expect(row(rows, `${prefix} · sorting by Value: longest task (worst of 3)`)).toMatchObject({ hubscope: '240 ms', result: 'MISS' });
    expect(row(rows, `${prefix} · scrolling the table from top to bottom: longest task (worst of 3)`)).toMatchObject({ hubscope: '< 50 ms', result: 'pass' });
  });

  it('prints one aligned Markdown table', () => {
    const table = formatTable(buildRows({ interactions: { real: { cls: 0, interactions: { spotlight: { medianInp: 24, medianSettled: 1500 } } } } }));
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\| Measure +\| Hubscope +\| Minimal app \| Ratio \| Budget +\| Result \|$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(table).toContain('1.50 s');
    expect(formatMs(999.6)).toBe('1.00 s');
    expect(formatMs(999.4)).toBe('999 ms');
  });
});
