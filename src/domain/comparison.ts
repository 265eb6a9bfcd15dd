import type { CityId, Metric, Observation } from '../api/schemas';
import { CITY_NAMES } from './cities';
import { valuesByYear } from './series';

/**
 * How cities are put side by side. `sameYear` (the default) compares every selected city at the
 * latest year in which all of them have a value; `latest` takes each city's latest value and
 * flags it when the years differ.
 */
export { COMPARE_MODES, COMPARE_MODE_LABELS, type CompareMode } from './compare-modes';
import type { CompareMode } from './compare-modes';

export type ComparisonCell = {
  city: CityId;
  /** The value compared: at the common year (sameYear) or the city's latest (latest); none when not compared. */
  observation: Observation | undefined;
  /** The city's latest year with a value in the range, shown when there is no common year. */
  latestYear: number | undefined;
  /** True when the value's year is not the row's year (only in `latest` mode). */
  offYear: boolean;
  /** 1 is best; tied values share a rank. Undefined for neutral metrics, missing values and unranked rows. */
  rank: number | undefined;
  /** Value minus the leader's, in the metric's unit; 0 for the leader. */
  gapToLeader: number | undefined;
  /** Value relative to the leader's, as a fraction (-0.25 = a quarter below). */
  relativeGap: number | undefined;
};

/**
 * Why a row is or is not compared:
 * - sameYear: every selected city at one year;
 * - latestEach: each city's latest, years at most one apart (flagged);
 * - noCommonYear: no year in which every selected city has a value (latest mode: years too far apart);
 * - single: one city selected or only one with a value, shown but not ranked;
 * - notCityLevel: zone, province, national or company figures are never compared with city totals;
 * - noData: no selected city has a value in the range.
 */
export type ComparisonOutcome = 'sameYear' | 'latestEach' | 'noCommonYear' | 'single' | 'notCityLevel' | 'noData';

export type Comparison = {
  metric: Metric;
  mode: CompareMode;
  outcome: ComparisonOutcome;
  /** True when the cells hold values shown side by side (sameYear, latestEach or single). */
  comparable: boolean;
  /** True when cities are ranked (comparable, at least two values and a better direction). */
  ranked: boolean;
  /** Why the row is not compared or not ranked, in words. */
  reason: string | undefined;
  /** The year compared: the common year, or in latest mode the latest of the years shown. */
  year: number | undefined;
  cells: ComparisonCell[];
  /** The best city or cities (several on a tie); empty when not ranked. */
  leaders: CityId[];
};

const cityName = (city: CityId) => CITY_NAMES[city].en;

/** The note a CSV row carries when it gives a city's latest value that was not compared. */
export const NOT_COMPARED_NOTE = 'Latest value, not compared: no year in which every selected city has a value.';

/** "2023 for all three", "2023 for both", "2023" (one city), or the years each city has. */
export function comparisonYearText(row: Comparison): string {
  const withValues = row.cells.filter((c) => c.observation);
  switch (row.outcome) {
    case 'sameYear':
      return withValues.length >= 3 ? `${row.year} for all ${withValues.length === 3 ? 'three' : withValues.length}` : withValues.length === 2 ? `${row.year} for both` : String(row.year);
    case 'single':
      return String(row.year ?? '—');
    case 'latestEach': {
      const years = new Set(withValues.map((c) => c.observation?.year));
      return years.size === 1 ? `${row.year}, latest for each` : `latest for each: ${withValues.map((c) => `${cityName(c.city)} ${c.observation?.year}`).join(', ')} (years differ)`;
    }
    case 'noCommonYear':
      return `no common year (${row.cells
        .map((c) => `${cityName(c.city)} ${c.latestYear ?? 'none'}`)
        .join(', ')})`;
    case 'notCityLevel':
    case 'noData':
      return '—';
  }
}

function cellsFor(cities: readonly CityId[], byCity: Map<CityId, Map<number, Observation>>, pick: (city: CityId) => Observation | undefined, rowYear: number | undefined): ComparisonCell[] {
  return cities.map((city) => {
    const years = [...(byCity.get(city)?.keys() ?? [])];
    const observation = pick(city);
    return {
      city,
      observation,
      latestYear: years.length ? Math.max(...years) : undefined,
      offYear: observation !== undefined && rowYear !== undefined && observation.year !== rowYear,
      rank: undefined,
      gapToLeader: undefined,
      relativeGap: undefined,
    };
  });
}

/** The value a rank is computed on: the stated value (the lower bound of a range or an "at least" figure). */
const rankValue = (o: Observation) => o.value;

/** Competition ranking ("1, 1, 3") and gaps to the leader, direction-aware. */
function rank(cells: ComparisonCell[], direction: 'higher' | 'lower'): { cells: ComparisonCell[]; leaders: CityId[] } {
  const higherIsBetter = direction === 'higher';
  const values = cells.flatMap((c) => (c.observation ? [rankValue(c.observation)] : []));
  const leaderValue = higherIsBetter ? Math.max(...values) : Math.min(...values);
  const isBetter = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const ranked = cells.map((cell) => {
    if (!cell.observation) return cell;
    const value = rankValue(cell.observation);
    return {
      ...cell,
      rank: values.filter((other) => isBetter(other, value)).length + 1,
      gapToLeader: value - leaderValue,
      relativeGap: leaderValue === 0 ? undefined : value / leaderValue - 1,
    };
  });
  return { cells: ranked, leaders: ranked.filter((c) => c.rank === 1).map((c) => c.city) };
}

/**
 * Who leads on one metric, the one rule every view uses (scorecard, headline figures, talent race,
 * insights and the composite index). Only whole-city, whole-year figures count, the preferred one
 * where sources disagree. In `sameYear` mode the cities are compared at the latest year in which
 * every selected city has a value; when there is none the row says so and keeps each city's latest
 * year for display, unranked. In `latest` mode each city's latest value is taken and ranked when the
 * years are at most one apart (flagged). Missing values are never zero; a neutral metric is shown
 * without a rank. The observations should already be limited to the selected years.
 */
export function compareMetric(metric: Metric, observations: readonly Observation[], cities: readonly CityId[], mode: CompareMode = 'sameYear'): Comparison {
  const base = { metric, mode, leaders: [] as CityId[] };
  const byCity = new Map(cities.map((city) => [city, valuesByYear(observations, city, metric.id)]));
  const empty = (outcome: ComparisonOutcome, reason: string): Comparison => ({
    ...base,
    outcome,
    comparable: false,
    ranked: false,
    reason,
    year: undefined,
    cells: cellsFor(cities, byCity, () => undefined, undefined),
  });
  if (metric.geoLevel !== 'city') return empty('notCityLevel', `Not compared: a ${metric.geoLevel}-level metric, not a city figure.`);
  const withValues = cities.filter((city) => (byCity.get(city)?.size ?? 0) > 0);
  if (withValues.length === 0) return empty('noData', 'No selected city has a value in these years.');

  let outcome: ComparisonOutcome;
  let year: number | undefined;
  let cells: ComparisonCell[];
  const latestOf = (city: CityId) => {
    const years = [...(byCity.get(city)?.keys() ?? [])];
    return years.length ? byCity.get(city)?.get(Math.max(...years)) : undefined;
  };

  if (cities.length === 1 || withValues.length === 1) {
    const [only] = withValues as [CityId];
    year = latestOf(only)?.year;
    cells = cellsFor(cities, byCity, (city) => (city === only ? latestOf(city) : undefined), year);
    return { ...base, outcome: 'single', comparable: true, ranked: false, reason: cities.length === 1 ? 'Select at least two cities to rank.' : `Only ${cityName(only)} has a value.`, year, cells };
  }

  if (mode === 'sameYear') {
    const common = [...(byCity.get(cities[0] as CityId)?.keys() ?? [])].filter((y) => cities.every((city) => byCity.get(city)?.has(y)));
    if (common.length === 0) return empty('noCommonYear', 'No year in which every selected city has a value; each city’s latest year is shown.');
    year = Math.max(...common);
    const at = year;
    cells = cellsFor(cities, byCity, (city) => byCity.get(city)?.get(at), year);
    outcome = 'sameYear';
  } else {
    const latest = withValues.map((city) => latestOf(city)?.year ?? 0);
    const span: [number, number] = [Math.min(...latest), Math.max(...latest)];
    if (span[1] - span[0] > 1) return empty('noCommonYear', `Not ranked: the latest years differ by more than one (${span[0]}–${span[1]}).`);
    year = span[1];
    cells = cellsFor(cities, byCity, latestOf, year);
    outcome = 'latestEach';
  }

  if (metric.betterDirection === 'neutral') {
    return { ...base, outcome, comparable: true, ranked: false, reason: 'Neither higher nor lower is better, so no ranking.', year, cells };
  }
  const ranked = rank(cells, metric.betterDirection);
  return { ...base, outcome, comparable: true, ranked: true, reason: undefined, year, cells: ranked.cells, leaders: ranked.leaders };
}

/** Every metric compared once, observations grouped by metric first (a scan per metric cost 1.2 s at scale). */
export function compareMetrics(metrics: readonly Metric[], observations: readonly Observation[], cities: readonly CityId[], mode: CompareMode = 'sameYear'): Comparison[] {
  const byMetric = new Map<string, Observation[]>();
  for (const o of observations) {
    const group = byMetric.get(o.metricId);
    if (group) group.push(o);
    else byMetric.set(o.metricId, [o]);
  }
  return metrics.map((metric) => compareMetric(metric, byMetric.get(metric.id) ?? [], cities, mode));
}
