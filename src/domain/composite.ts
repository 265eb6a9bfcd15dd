import type { CityId, MetricCategory } from '../api/schemas';
import { METRIC_CATEGORIES } from '../api/vocabulary';
import type { Comparison } from './comparison';

/** A city is scored in a category only when it has values for at least this share of the category's metrics. */
export const MIN_CATEGORY_COVERAGE = 2 / 3;
/** An index resting on more than this share of estimates says so in words. */
export const MAX_ESTIMATE_SHARE = 1 / 3;

export type CityIndex = {
  /** 0 to 100: the mean of the city's values relative to the leader's; undefined when not enough data. */
  score: number | undefined;
  /** Metrics the city has a compared value for, of the category's metrics in the index. */
  covered: number;
  of: number;
  /** Of the values counted, how many are estimates. */
  estimates: number;
  /** True when the category has metrics but the city has values for fewer than two thirds of them. */
  notEnoughData: boolean;
};

export type CategoryIndex = { category: MetricCategory; byCity: Record<CityId, CityIndex>; metricIds: string[] };

export type OverallIndex = CityIndex & {
  weightUsed: number;
  /** Categories with weight that could not be scored for the city (not enough data). */
  categoriesLeftOut: MetricCategory[];
};

export type CompositeIndex = {
  categories: CategoryIndex[];
  overall: Record<CityId, OverallIndex>;
  /** Metrics left out and why (cumulative counts, money lost, no common year, no direction, negative values). */
  excluded: { metricId: string; reason: string }[];
};

/** A city's value relative to the leader, direction-aware: the leader scores 100 (a tie at zero too). */
function relativeScore(value: number, leader: number, higherIsBetter: boolean): number {
  if (value === leader) return 100;
  return higherIsBetter ? (value / leader) * 100 : (leader / value) * 100;
}

/** Why a compared metric stays out of the index, or undefined when it counts. */
function exclusionReason(row: Comparison): string | undefined {
  const { metric } = row;
  if (metric.measure === 'cumulative') return 'a cumulative count, not a level or a flow';
  if (metric.outOfIndex) return metric.outOfIndex;
  if (metric.betterDirection === 'neutral') return 'neither higher nor lower is better';
  if (row.outcome === 'noCommonYear') return 'no year in which every selected city has a value';
  if (row.cells.some((c) => c.observation && c.observation.value < 0)) return 'a negative value, for which a ratio to the leader means nothing';
  if (metric.betterDirection === 'lower' && row.cells.some((c) => c.observation && c.observation.value === 0))
    return 'a value of zero on a lower-is-better metric, for which a ratio to the leader means nothing';
  return undefined;
}

/**
 * The composite index, from the comparison engine's rows. A category's metrics are the city-level
 * ones the engine ranks (every city at one year by default) that are not a cumulative count, money
 * lost, or neutral; metrics with no common year are left out and listed. Per category, a city
 * scores the mean of its values relative to the leader, but only with values for at least two
 * thirds of the category's metrics ("not enough data" otherwise; this bites when cities are
 * compared each at its latest year). Overall is the weighted mean of the categories
 * the city is scored in. Missing values are never zero; each index counts the estimates it rests on.
 */
export function compositeIndex(rows: readonly Comparison[], cities: readonly CityId[], weights: Record<MetricCategory, number>): CompositeIndex {
  const excluded: CompositeIndex['excluded'] = [];
  const candidates = rows.filter((row) => row.metric.geoLevel === 'city' && row.cells.filter((c) => c.observation || c.latestYear !== undefined).length >= 2);
  const counted: Comparison[] = [];
  for (const row of candidates) {
    const reason = exclusionReason(row);
    if (reason === undefined && row.ranked) counted.push(row);
    else if (reason !== undefined) excluded.push({ metricId: row.metric.id, reason });
  }
  const categories = METRIC_CATEGORIES.map((category): CategoryIndex => {
    // The category's metrics: those the index compares (ranked at one year, or in "latest for
    // each city" at years at most one apart). A city without a value on some of them is scored
    // only if it has values for two thirds.
    const inCategory = counted.filter((row) => row.metric.category === category);
    const of = inCategory.length;
    const byCity = {} as Record<CityId, CityIndex>;
    for (const city of cities) {
      let estimates = 0;
      const scores = inCategory.flatMap((row) => {
        const observation = row.cells.find((c) => c.city === city)?.observation;
        const leader = row.cells.find((c) => c.city === row.leaders[0])?.observation;
        if (!observation || !leader) return [];
        if (observation.status === 'estimate') estimates += 1;
        return [relativeScore(observation.value, leader.value, row.metric.betterDirection === 'higher')];
      });
      const enough = of > 0 && scores.length >= Math.ceil(of * MIN_CATEGORY_COVERAGE);
      byCity[city] = {
        score: enough ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined,
        covered: scores.length,
        of,
        estimates,
        notEnoughData: of > 0 && !enough,
      };
    }
    return { category, byCity, metricIds: inCategory.map((row) => row.metric.id) };
  });

  const overall = {} as CompositeIndex['overall'];
  for (const city of cities) {
    let weighted = 0;
    let weightUsed = 0;
    let covered = 0;
    let of = 0;
    let estimates = 0;
    const categoriesLeftOut: MetricCategory[] = [];
    for (const category of categories) {
      const weight = weights[category.category];
      if (weight === 0) continue;
      const index = category.byCity[city];
      if (index.score === undefined) {
        if (index.of > 0) categoriesLeftOut.push(category.category);
        continue;
      }
      of += index.of;
      covered += index.covered;
      estimates += index.estimates;
      weighted += weight * index.score;
      weightUsed += weight;
    }
    overall[city] = {
      score: weightUsed > 0 ? weighted / weightUsed : undefined,
      covered,
      of,
      estimates,
      notEnoughData: weightUsed === 0 && categoriesLeftOut.length > 0,
      weightUsed,
      categoriesLeftOut,
    };
  }
  return { categories, overall, excluded };
}

/** The share of an index's inputs that are estimates (0 when it has none). */
export function estimateShare(index: CityIndex): number {
  return index.covered === 0 ? 0 : index.estimates / index.covered;
}
