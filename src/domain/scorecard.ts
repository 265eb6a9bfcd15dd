import type { CityId, Metric, Observation } from '../api/schemas';
import { compareMetric, compareMetrics, type CompareMode, type Comparison, type ComparisonCell } from './comparison';

/** A scorecard row is the comparison engine's row: one rule decides who leads, and at which year. */
export type ScoreRow = Comparison;
export type ScoreCell = ComparisonCell;

export function scoreMetric(metric: Metric, observations: readonly Observation[], cities: readonly CityId[], mode: CompareMode = 'sameYear'): ScoreRow {
  return compareMetric(metric, observations, cities, mode);
}

export function buildScorecard(metrics: readonly Metric[], observations: readonly Observation[], cities: readonly CityId[], mode: CompareMode = 'sameYear'): ScoreRow[] {
  return compareMetrics(metrics, observations, cities, mode);
}
