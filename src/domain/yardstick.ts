import type { CityId, Metric, Observation } from '../api/schemas';
import { compareMetric, type CompareMode, type Comparison } from './comparison';
import { POPULATION_METRIC_ID } from './normalise';
import { valuesByYear } from './series';
import { weakestStatus } from './status';

export const NATIONAL_ENTITY_ID = 'china';

export type YardstickRow = {
  /** The metric as compared: per million residents for count metrics. */
  metric: Metric;
  comparison: Comparison;
  /** China's value for the year the cities are compared at, if the national statistics give one. */
  china: Observation | undefined;
  /** Why China's value is missing, when it is. */
  chinaMissing: string | undefined;
};

/**
 * A count per million residents of the same year, on the same basis: a value is never divided by
 * a population of another boundary or definition (a count with a basis needs a population with
 * that basis). Takes the weaker status of the two; none where the population is missing.
 */
export function perMillionResidents(value: Observation, population: Observation | undefined): Observation | undefined {
  if (!population || population.value <= 0) return undefined;
  if (value.basis !== undefined && value.basis !== population.basis) return undefined;
  const status = weakestStatus(value.status, population.status);
  return {
    id: `${value.id}-per-million`,
    entityId: value.entityId,
    metricId: value.metricId,
    year: value.year,
    value: value.value / population.value,
    status,
    sourceId: value.sourceId,
    ...(value.qualifier && value.qualifier !== 'range' ? { qualifier: value.qualifier } : {}),
    ...(status === 'estimate'
      ? { method: { kind: 'derived' as const, detail: `${value.value} divided by a population of ${population.value} million (${population.year}).` } }
      : {}),
    ...(population.basis ? { basis: population.basis } : {}),
  };
}

/** Every whole-year value of `entityId` for the metric, per million residents of the same year. */
function perMillionSeries(observations: readonly Observation[], entityId: string, metricId: string): Observation[] {
  const population = valuesByYear(observations, entityId, POPULATION_METRIC_ID);
  return [...valuesByYear(observations, entityId, metricId).values()].flatMap((o) => {
    const derived = perMillionResidents(o, population.get(o.year));
    return derived ? [derived] : [];
  });
}

/**
 * China as the yardstick: each metric that has a national counterpart, compared across the cities
 * by the one comparison engine, with China's value for the same year beside it. Count metrics are
 * compared per million residents, so a city and the country read on one scale. The observations
 * must hold the cities' and China's values (and their populations), already in one currency.
 */
export function toYardstickRows(
  metrics: readonly Metric[],
  observations: readonly Observation[],
  cities: readonly CityId[],
  mode: CompareMode = 'sameYear',
): YardstickRow[] {
  return metrics.flatMap((metric): YardstickRow[] => {
    if (!metric.yardstick) return [];
    const perMillion = metric.yardstick === 'perMillion';
    const shown: Metric = perMillion ? { ...metric, label: `${metric.label} per million residents`, unit: `${metric.unit} per million residents`, valueKind: 'quantity', decimals: 1 } : metric;
    const cityValues = perMillion
      ? cities.flatMap((city) => perMillionSeries(observations, city, metric.id))
      : observations.filter((o) => o.metricId === metric.id && (cities as readonly string[]).includes(o.entityId));
    const comparison = compareMetric(shown, cityValues, cities, mode);
    const national = perMillion ? new Map(perMillionSeries(observations, NATIONAL_ENTITY_ID, metric.id).map((o) => [o.year, o])) : valuesByYear(observations, NATIONAL_ENTITY_ID, metric.id);
    const year = comparison.comparable ? comparison.year : undefined;
    const china = year === undefined ? undefined : national.get(year);
    const chinaMissing =
      year === undefined ? 'not compared' : china ? undefined : `no national figure for ${year}${perMillion ? ' (or no national population)' : ''}`;
    return [{ metric: shown, comparison, china, chinaMissing }];
  });
}
