import type { CityId, Metric, Observation } from '../../api/schemas';
import type { YearRow } from '../../domain/series';

export type MetricSeriesInput =
  | { metricId: string; ok: true; metric: Metric; rows: readonly YearRow[]; notes: readonly string[] }
  | { metricId: string; ok: false; label: string; reason: string };

export type Verdict =
  | { kind: 'lead'; cities: [CityId]; yearsDiffer: boolean }
  | { kind: 'tie'; cities: CityId[]; yearsDiffer: boolean }
  | { kind: 'single'; cities: [CityId] }
  | { kind: 'notComparable'; years: [number, number] }
  | { kind: 'unranked' }
  | { kind: 'none' };

export type ComparisonRow =
  | { metricId: string; ok: true; metric: Metric; cells: Partial<Record<CityId, Observation>>; verdict: Verdict; notes: readonly string[] }
  | { metricId: string; ok: false; label: string; reason: string };

/** Each city's latest value in the rows (rows hold whole-city, whole-year values only). */
export function latestByCity(rows: readonly YearRow[], cities: readonly CityId[]): Partial<Record<CityId, Observation>> {
  const cells: Partial<Record<CityId, Observation>> = {};
  for (const row of [...rows].sort((a, b) => a.year - b.year)) {
    for (const city of cities) {
      const value = row.values[city];
      if (value) cells[city] = value;
    }
  }
  return cells;
}

/**
 * Who leads on one metric. Cities are ranked only when at least two have a value and their years
 * are at most one apart (then `yearsDiffer` flags it); otherwise "not comparable". Ranges and "at
 * least" figures count by their stated lower bound; equal best values are a tie; a metric with no
 * better direction is not ranked. Missing cities are left out, never counted as zero.
 */
export function verdictFor(cells: Partial<Record<CityId, Observation>>, cities: readonly CityId[], direction: Metric['betterDirection']): Verdict {
  const present = cities.filter((c) => cells[c] !== undefined);
  if (present.length === 0) return { kind: 'none' };
  if (direction === 'neutral') return { kind: 'unranked' };
  const [only] = present;
  if (present.length === 1 && only) return { kind: 'single', cities: [only] };
  const years = present.map((c) => cells[c]?.year ?? 0);
  const span: [number, number] = [Math.min(...years), Math.max(...years)];
  if (span[1] - span[0] > 1) return { kind: 'notComparable', years: span };
  const sign = direction === 'lower' ? -1 : 1;
  const best = Math.max(...present.map((c) => sign * (cells[c]?.value ?? 0)));
  const leaders = present.filter((c) => sign * (cells[c]?.value ?? 0) === best);
  const yearsDiffer = span[0] !== span[1];
  const [leader] = leaders;
  if (leaders.length === 1 && leader) return { kind: 'lead', cities: [leader], yearsDiffer };
  return { kind: 'tie', cities: leaders, yearsDiffer };
}

/** One comparison row per metric, in the order given: each city's latest value and the verdict. */
export function toLatestComparison(series: readonly MetricSeriesInput[], cities: readonly CityId[]): ComparisonRow[] {
  return series.map((s) => {
    if (!s.ok) return s;
    const cells = latestByCity(s.rows, cities);
    return { metricId: s.metricId, ok: true, metric: s.metric, cells, verdict: verdictFor(cells, cities, s.metric.betterDirection), notes: s.notes };
  });
}

/** The verdict as a sentence, with city names from `name`. */
export function verdictText(verdict: Verdict, name: (city: CityId) => string): string {
  switch (verdict.kind) {
    case 'lead':
      return `${name(verdict.cities[0])} leads${verdict.yearsDiffer ? ' (years differ by one)' : ''}`;
    case 'tie':
      return `Tie: ${verdict.cities.map(name).join(' and ')}${verdict.yearsDiffer ? ' (years differ by one)' : ''}`;
    case 'single':
      return `Only ${name(verdict.cities[0])} has a figure`;
    case 'notComparable':
      return `Not ranked: years differ (${verdict.years[0]}–${verdict.years[1]})`;
    case 'unranked':
      return 'Not ranked: no better direction';
    case 'none':
      return 'No figure for the selected cities';
  }
}
