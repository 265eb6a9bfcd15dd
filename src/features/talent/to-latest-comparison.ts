import type { CityId, Metric, Observation } from '../../api/schemas';
import { cityLabel } from '../../domain/cities';
import { formatValue } from '../../domain/format';
import { compareMetric, type CompareMode, type Comparison } from '../../domain/comparison';
import { observationsInRows, type YearRow } from '../../domain/series';

export type MetricSeriesInput =
  | { metricId: string; ok: true; metric: Metric; rows: readonly YearRow[]; notes: readonly string[] }
  | { metricId: string; ok: false; label: string; reason: string };

export type Verdict =
  | { kind: 'lead'; cities: [CityId]; year: number; yearsDiffer: boolean; cityCount: number }
  | { kind: 'tie'; cities: CityId[]; year: number; yearsDiffer: boolean; cityCount: number }
  | { kind: 'single'; cities: [CityId]; year: number | undefined }
  | { kind: 'noCommonYear'; latest: { city: CityId; year: number | undefined }[] }
  | { kind: 'unranked'; year: number | undefined }
  | { kind: 'none' };

export type ComparisonRow =
  | {
      metricId: string;
      ok: true;
      metric: Metric;
      /** The values compared (at the common year, or each city's latest in latest mode); none without a common year. */
      cells: Partial<Record<CityId, Observation>>;
      /** Each city's latest value in the range, for the reader when there is no common year. */
      latest: Partial<Record<CityId, Observation>>;
      comparison: Comparison;
      verdict: Verdict;
      notes: readonly string[];
    }
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

/** The engine's row as the talent race words it. */
export function verdictOf(comparison: Comparison): Verdict {
  const withValues = comparison.cells.filter((c) => c.observation);
  switch (comparison.outcome) {
    case 'noData':
    case 'notCityLevel':
      return { kind: 'none' };
    case 'noCommonYear':
      return { kind: 'noCommonYear', latest: comparison.cells.map((c) => ({ city: c.city, year: c.latestYear })) };
    case 'single': {
      const [only] = withValues;
      return only ? { kind: 'single', cities: [only.city], year: only.observation?.year } : { kind: 'none' };
    }
    case 'sameYear':
    case 'latestEach': {
      const year = comparison.year ?? 0;
      if (!comparison.ranked) return { kind: 'unranked', year: comparison.year };
      const yearsDiffer = withValues.some((c) => c.offYear);
      const [leader] = comparison.leaders;
      if (comparison.leaders.length === 1 && leader) return { kind: 'lead', cities: [leader], year, yearsDiffer, cityCount: withValues.length };
      return { kind: 'tie', cities: comparison.leaders, year, yearsDiffer, cityCount: withValues.length };
    }
  }
}

/**
 * One comparison row per metric, in the order given, decided by the one comparison engine: by
 * default every city at the latest year all of them share; "latest for each city" on request.
 */
export function toLatestComparison(series: readonly MetricSeriesInput[], cities: readonly CityId[], mode: CompareMode = 'sameYear'): ComparisonRow[] {
  return series.map((s) => {
    if (!s.ok) return s;
    const comparison = compareMetric(s.metric, observationsInRows(s.rows), cities, mode);
    const cells: Partial<Record<CityId, Observation>> = {};
    for (const cell of comparison.cells) if (cell.observation) cells[cell.city] = cell.observation;
    return {
      metricId: s.metricId,
      ok: true,
      metric: s.metric,
      cells,
      latest: latestByCity(s.rows, cities),
      comparison,
      verdict: verdictOf(comparison),
      notes: s.notes,
    };
  });
}

const yearPhrase = (year: number, cityCount: number, yearsDiffer: boolean) =>
  yearsDiffer ? ` (latest for each; years differ by one, to ${year})` : cityCount >= 3 ? ` (${year} for all three)` : cityCount === 2 ? ` (${year} for both)` : ` (${year})`;

/**
 * The verdict as a sentence, with city names from `name`. `yearsListed`: each city's latest year
 * is listed right below (the talent race's small multiple), so "no common year" need not name them.
 */
export function verdictText(verdict: Verdict, name: (city: CityId) => string, options: { yearsListed?: boolean } = {}): string {
  switch (verdict.kind) {
    case 'lead':
      return `${name(verdict.cities[0])} leads${yearPhrase(verdict.year, verdict.cityCount, verdict.yearsDiffer)}`;
    case 'tie':
      return `Tie: ${verdict.cities.map(name).join(' and ')}${yearPhrase(verdict.year, verdict.cityCount, verdict.yearsDiffer)}`;
    case 'single':
      return `Only ${name(verdict.cities[0])} has a figure${verdict.year ? ` (${verdict.year})` : ''}`;
    case 'noCommonYear':
      return options.yearsListed ? 'No common year: not ranked' : `No common year (${verdict.latest.map((l) => `${name(l.city)} ${l.year ?? 'none'}`).join(', ')}): not ranked`;
    case 'unranked':
      return `Not ranked: no better direction${verdict.year ? ` (${verdict.year})` : ''}`;
    case 'none':
      return 'No figure for the selected cities';
  }
}

/** The one year of every value a verdict compares, when its sentence names it ("Xi'an leads (2018 for all three)"). */
export function verdictYear(verdict: Verdict): number | undefined {
  switch (verdict.kind) {
    case 'lead':
    case 'tie':
      return verdict.yearsDiffer ? undefined : verdict.year;
    case 'single':
      return verdict.year;
    default:
      return undefined;
  }
}

/** A bar of the talent race's small multiple: one city's compared value, or its "no figure" by its name. */
export type MultipleBar = { city: CityId; category: string; value: number | null; label: string; estimate: boolean };

/**
 * A compared row's bars, a bar per city: its value as the label, with its year only where the
 * verdict above does not name one year for all of them (the labels are the widest part of a small
 * multiple on a slide, and "(2024)" three times under "(2024 for all three)" only narrowed the bars).
 */
export function toMultipleBars(row: Extract<ComparisonRow, { ok: true }>, cities: readonly CityId[]): MultipleBar[] {
  const namedYear = verdictYear(row.verdict);
  return cities.map((city) => {
    const obs = row.cells[city];
    return {
      city,
      category: obs ? cityLabel(city) : `${cityLabel(city)}: no figure`,
      value: obs?.value ?? null,
      label: obs ? `${formatValue(obs, row.metric)}${obs.year === namedYear ? '' : ` (${obs.year})`}` : '',
      estimate: obs?.status === 'estimate',
    };
  });
}
