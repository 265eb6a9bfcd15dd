import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { useObservations, useRates, useReferenceData } from '../../api/resources';
import type { CityId } from '../../api/schemas';
import { GDP_METRIC_ID, POPULATION_METRIC_ID, normaliseSeries } from '../../domain/normalise';
import { toYearRows } from '../../domain/series';
import { useViewState } from '../../view-state/use-view-state';
import { toLatestComparison, type MetricSeriesInput } from './to-latest-comparison';

/**
 * Several metrics for the selected cities in one request, each shaped like the trend charts (the
 * URL's years, normalisation and currency), then reduced to each city's latest value and a verdict.
 */
export function useLatestComparison(metricIds: readonly string[], cities: readonly CityId[]) {
  const [{ from, to, norm, cur, compare }] = useViewState();
  const reference = useReferenceData();
  const rates = useRates();
  const range = { entities: cities, from, to };
  const observations = useObservations({ ...range, metrics: metricIds });
  const needsDenominator = norm === 'perCapita' || norm === 'perGdp';
  // Same key as above when no denominator is needed, so no extra request.
  const denominators = useObservations({ ...range, metrics: needsDenominator ? [norm === 'perCapita' ? POPULATION_METRIC_ID : GDP_METRIC_ID] : metricIds });

  const rows = useMemo(() => {
    if (!observations.data || !rates.data || (needsDenominator && !denominators.data)) return [];
    const inputs = metricIds.map((metricId): MetricSeriesInput => {
      const metric = reference.metricById.get(metricId);
      if (!metric) return { metricId, ok: false, label: metricId, reason: 'The metric catalogue did not load.' };
      const series = normaliseSeries({
        observations: (observations.data ?? []).filter((o) => o.metricId === metricId),
        metric,
        mode: norm,
        currency: cur,
        rates: rates.data ?? [],
        population: norm === 'perCapita' ? denominators.data : undefined,
        gdp: norm === 'perGdp' ? denominators.data : undefined,
        populationMetric: reference.metricById.get(POPULATION_METRIC_ID),
        gdpMetric: reference.metricById.get(GDP_METRIC_ID),
        sourceName: (id) => reference.sourceById.get(id)?.shortTitle,
      });
      if (!series.ok) return { metricId, ok: false, label: metric.label, reason: series.reason };
      return { metricId, ok: true, metric: series.metric, rows: toYearRows(series.rows, metricId, cities), notes: series.notes };
    });
    return toLatestComparison(inputs, cities, compare);
  }, [observations.data, rates.data, denominators.data, needsDenominator, metricIds, reference.metricById, reference.sourceById, norm, cur, cities, compare]);

  const own = needsDenominator ? [observations, rates, denominators] : [observations, rates];
  return { state: panelState(own, [reference.metrics, reference.sources, reference.meta]), reference, rows };
}
