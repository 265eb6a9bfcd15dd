import { useMemo } from 'react';
import { panelState, type PanelState } from '../api/combine-queries';
import { useObservations, useRates, useReferenceData } from '../api/resources';
import type { CityId, Metric } from '../api/schemas';
import { GDP_METRIC_ID, POPULATION_METRIC_ID, normaliseSeries, type NormalisedSeries } from '../domain/normalise';
import { toYearRows, type YearRow } from '../domain/series';
import { useViewState } from '../view-state/use-view-state';

export type MetricSeries = {
  state: PanelState;
  reference: ReturnType<typeof useReferenceData>;
  /** The metric as stored; undefined while the catalogue loads or when it failed. */
  metric: Metric | undefined;
  /** The series as displayed in the URL's years, normalisation and currency. */
  series: NormalisedSeries | undefined;
  rows: YearRow[];
};

/**
 * One metric for the selected cities, shaped by the URL's year range, normalisation and currency.
 * Fetches population and GDP only when a normalisation needs them.
 */
export function useMetricSeries(metricId: string, cities: readonly CityId[]): MetricSeries {
  const [{ from, to, norm, cur }] = useViewState();
  const reference = useReferenceData();
  const rates = useRates();
  const range = { entities: cities, from, to };
  const observations = useObservations({ ...range, metrics: [metricId] });
  const denominatorId = norm === 'perCapita' ? POPULATION_METRIC_ID : GDP_METRIC_ID;
  const needsDenominator = norm === 'perCapita' || norm === 'perGdp';
  // The same query either way keeps the hook order stable; it is only used when needed.
  const denominators = useObservations({ ...range, metrics: [needsDenominator ? denominatorId : metricId] });
  const metric = reference.metricById.get(metricId);

  const series = useMemo(() => {
    if (!metric || !observations.data || !rates.data || (needsDenominator && !denominators.data)) return undefined;
    return normaliseSeries({
      observations: observations.data,
      metric,
      mode: norm,
      currency: cur,
      rates: rates.data,
      population: norm === 'perCapita' ? denominators.data : undefined,
      gdp: norm === 'perGdp' ? denominators.data : undefined,
      populationMetric: reference.metricById.get(POPULATION_METRIC_ID),
      gdpMetric: reference.metricById.get(GDP_METRIC_ID),
    });
  }, [metric, observations.data, rates.data, denominators.data, needsDenominator, norm, cur, reference.metricById]);

  const rows = useMemo(() => (series?.ok ? toYearRows(series.rows, metricId, cities) : []), [series, metricId, cities]);
  const own = needsDenominator ? [observations, rates, denominators] : [observations, rates];
  return {
    state: panelState(own, [reference.metrics, reference.sources, reference.meta]),
    reference,
    metric,
    series,
    rows,
  };
}
