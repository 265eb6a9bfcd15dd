import type { CityId, Metric, Observation } from '../api/schemas';
import { isWholeCityYear, pickPreferred } from './series';

export type ScoreCell = {
  city: CityId;
  /** The value compared, if the city has one at the scorecard's year (or within one year). */
  observation: Observation | undefined;
  /** True when the value is from the year before or after the scorecard's year. */
  offYear: boolean;
  /** 1 is best; tied values share a rank. Undefined for neutral metrics and missing values. */
  rank: number | undefined;
  /** Value minus the leader's, in the metric's unit; 0 for the leader. */
  gapToLeader: number | undefined;
  /** Value relative to the leader's, as a fraction (-0.25 = a quarter below). */
  relativeGap: number | undefined;
};

export type ScoreRow = {
  metric: Metric;
  comparable: boolean;
  /** Why the cities are not compared, when they are not. */
  reason: string | undefined;
  year: number | undefined;
  cells: ScoreCell[];
  /** The best city or cities (several on a tie); empty for neutral or non-comparable metrics. */
  leaders: CityId[];
};

/** A city's own whole-year figures for a metric: no zone, company or part-year figure poses as the city's. */
function cityValues(observations: readonly Observation[], metric: Metric, city: CityId): Map<number, Observation> {
  const rows = pickPreferred(observations.filter((o) => o.metricId === metric.id && o.entityId === city && isWholeCityYear(o)));
  return new Map(rows.map((o) => [o.year, o]));
}

function emptyCells(cities: readonly CityId[]): ScoreCell[] {
  return cities.map((city) => ({ city, observation: undefined, offYear: false, rank: undefined, gapToLeader: undefined, relativeGap: undefined }));
}

/**
 * One scorecard row: the cities compared at one year, where at least two of them have a value in
 * that year or within one year of it (flagged). The year chosen covers the most cities, then the
 * most exact matches, then is the latest. Otherwise the row says why it is not comparable.
 */
export function scoreMetric(metric: Metric, observations: readonly Observation[], cities: readonly CityId[]): ScoreRow {
  const notComparable = (reason: string): ScoreRow => ({ metric, comparable: false, reason, year: undefined, cells: emptyCells(cities), leaders: [] });
  if (metric.geoLevel !== 'city') return notComparable(`Not comparable: a ${metric.geoLevel}-level metric, not a city figure.`);
  if (cities.length < 2) return notComparable('Not comparable: select at least two cities.');

  const values = new Map(cities.map((city) => [city, cityValues(observations, metric, city)]));
  const years = [...new Set([...values.values()].flatMap((byYear) => [...byYear.keys()]))].sort((a, b) => b - a);
  let best: { year: number; cells: ScoreCell[]; covered: number; exact: number } | undefined;
  for (const year of years) {
    const cells = cities.map((city): ScoreCell => {
      const byYear = values.get(city);
      const exact = byYear?.get(year);
      const near = exact ?? byYear?.get(year - 1) ?? byYear?.get(year + 1);
      return { city, observation: near, offYear: near !== undefined && !exact, rank: undefined, gapToLeader: undefined, relativeGap: undefined };
    });
    const covered = cells.filter((c) => c.observation).length;
    const exact = cells.filter((c) => c.observation && !c.offYear).length;
    if (covered < 2 || exact === 0) continue;
    if (!best || covered > best.covered || (covered === best.covered && exact > best.exact)) best = { year, cells, covered, exact };
  }
  if (!best) return notComparable('Not comparable: fewer than two cities have a value within one year of each other.');

  const { year, cells } = best;
  if (metric.betterDirection === 'neutral') {
    return { metric, comparable: true, reason: 'Neither higher nor lower is better, so no ranking.', year, cells, leaders: [] };
  }
  const higherIsBetter = metric.betterDirection === 'higher';
  const isBetter = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const presentValues = cells.flatMap((c) => (c.observation ? [c.observation.value] : []));
  const leaderValue = higherIsBetter ? Math.max(...presentValues) : Math.min(...presentValues);
  const ranked = cells.map((cell) => {
    const value = cell.observation?.value;
    if (value === undefined) return cell;
    return {
      ...cell,
      // Competition ranking: ties share a rank and the next rank is skipped.
      rank: presentValues.filter((other) => isBetter(other, value)).length + 1,
      gapToLeader: value - leaderValue,
      relativeGap: leaderValue === 0 ? undefined : value / leaderValue - 1,
    };
  });
  return { metric, comparable: true, reason: undefined, year, cells: ranked, leaders: ranked.filter((c) => c.rank === 1).map((c) => c.city) };
}

export function buildScorecard(metrics: readonly Metric[], observations: readonly Observation[], cities: readonly CityId[]): ScoreRow[] {
  // Grouped once: scanning every observation for each metric cost 1.2 s at 400 metrics x 36,000 values.
  const byMetric = new Map<string, Observation[]>();
  for (const o of observations) {
    const group = byMetric.get(o.metricId);
    if (group) group.push(o);
    else byMetric.set(o.metricId, [o]);
  }
  return metrics.map((metric) => scoreMetric(metric, byMetric.get(metric.id) ?? [], cities));
}
