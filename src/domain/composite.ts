import { METRIC_CATEGORIES, type CityId, type MetricCategory } from '../api/schemas';
import type { ScoreRow } from './scorecard';

export type CityIndex = {
  /** 0 to 100: the mean of the city's values relative to the leader's; undefined when it has none. */
  score: number | undefined;
  /** Metrics the city has a value for, of those that count in this category. */
  covered: number;
  of: number;
};

export type CategoryIndex = { category: MetricCategory; byCity: Record<CityId, CityIndex>; metricIds: string[] };

export type CompositeIndex = {
  categories: CategoryIndex[];
  overall: Record<CityId, CityIndex & { weightUsed: number }>;
  /** Metrics left out and why (no direction, values at or below zero). */
  excluded: { metricId: string; reason: string }[];
};

/** A city's value relative to the leader, direction-aware: the leader scores 100. */
function relativeScore(value: number, leader: number, higherIsBetter: boolean): number {
  return higherIsBetter ? (value / leader) * 100 : (leader / value) * 100;
}

/**
 * The composite index: per category, each city's mean score relative to the leader over the
 * comparable metrics with a better direction; overall, the weighted mean of the category indices.
 * Missing values are left out (coverage says how many counted), never scored as zero. Metrics with
 * a zero or negative value are left out: a ratio to the leader means nothing there.
 */
export function compositeIndex(rows: readonly ScoreRow[], cities: readonly CityId[], weights: Record<MetricCategory, number>): CompositeIndex {
  const excluded: CompositeIndex['excluded'] = [];
  const scoring = rows.filter((row) => {
    if (!row.comparable) return false;
    if (row.metric.betterDirection === 'neutral') {
      excluded.push({ metricId: row.metric.id, reason: 'no better direction' });
      return false;
    }
    if (row.cells.some((c) => c.observation && c.observation.value <= 0)) {
      excluded.push({ metricId: row.metric.id, reason: 'a value at or below zero' });
      return false;
    }
    return true;
  });

  const categories = METRIC_CATEGORIES.map((category): CategoryIndex => {
    const inCategory = scoring.filter((row) => row.metric.category === category);
    const byCity = {} as Record<CityId, CityIndex>;
    for (const city of cities) {
      const scores = inCategory.flatMap((row) => {
        const value = row.cells.find((c) => c.city === city)?.observation?.value;
        const leader = row.leaders[0] ? row.cells.find((c) => c.city === row.leaders[0])?.observation?.value : undefined;
        return value === undefined || leader === undefined ? [] : [relativeScore(value, leader, row.metric.betterDirection === 'higher')];
      });
      byCity[city] = {
        score: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined,
        covered: scores.length,
        of: inCategory.length,
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
    for (const category of categories) {
      const weight = weights[category.category];
      if (weight === 0) continue;
      const index = category.byCity[city];
      of += index.of;
      covered += index.covered;
      if (index.score === undefined) continue;
      weighted += weight * index.score;
      weightUsed += weight;
    }
    overall[city] = { score: weightUsed > 0 ? weighted / weightUsed : undefined, covered, of, weightUsed };
  }
  return { categories, overall, excluded };
}
