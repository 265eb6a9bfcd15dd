import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { useCityObservations, useRates, useReferenceData } from '../../api/resources';
import type { Observation } from '../../api/schemas';
import { compositeIndex } from '../../domain/composite';
import { convertObservation } from '../../domain/currency';
import { buildInsights } from '../../domain/insights';
import { buildScorecard } from '../../domain/scorecard';
import { conversionOf, seriesDerivation } from '../../panels/to-trend-csv';
import { useSelectedCities, useViewState } from '../../view-state/use-view-state';
import type { OverviewCsvLookups } from './to-overview-csv';

/**
 * Everything the Overview compares, for the selected cities and years, with money in the URL's
 * currency (each currency pair at its one stated rate): the scorecard rows, the composite index
 * with the URL's weights, and the insight sentences.
 */
export function useOverviewData() {
  const [cities] = useSelectedCities();
  const [{ from, to, cur, w }] = useViewState();
  const reference = useReferenceData();
  const rates = useRates();
  const observations = useCityObservations(cities, { from, to });

  const converted = useMemo(() => {
    if (!observations.data || !rates.data) return undefined;
    const rateNotes = new Set<string>();
    const rows: Observation[] = [];
    for (const row of observations.data) {
      const result = convertObservation(row, cur, rates.data);
      // A value no rate can convert is left out rather than compared in the wrong currency.
      if (!result.ok) continue;
      if (result.rate) rateNotes.add(`Converted at ${result.rate.description}.`);
      rows.push(result.observation);
    }
    return { rows, rateNotes: [...rateNotes] };
  }, [observations.data, rates.data, cur]);

  // How a value was converted, for the CSV column only: worked out when a CSV is asked for.
  const derivation = useMemo(() => {
    let storedById: Map<string, Observation> | undefined;
    return (converted: Observation) => {
      if (!observations.data || !rates.data) return undefined;
      storedById ??= new Map(observations.data.map((row) => [row.id, row]));
      return seriesDerivation('absolute', undefined, conversionOf(storedById.get(converted.id), cur, rates.data)) || undefined;
    };
  }, [observations.data, rates.data, cur]);

  const metrics = reference.metrics.data;
  const scorecard = useMemo(
    () => (metrics && converted ? buildScorecard(metrics, converted.rows, cities) : []),
    [metrics, converted, cities],
  );
  const composite = useMemo(() => (scorecard.length > 0 ? compositeIndex(scorecard, cities, w) : undefined), [scorecard, cities, w]);
  const insights = useMemo(
    () => (converted ? buildInsights({ rows: scorecard, composite, observations: converted.rows, cities }) : []),
    [scorecard, composite, converted, cities],
  );

  // Every value the scorecard compares: the provenance of the index and the insights built on it.
  const compared = useMemo(
    () => scorecard.filter((r) => r.comparable).flatMap((r) => r.cells.flatMap((c) => (c.observation ? [c.observation] : []))),
    [scorecard],
  );

  // What a CSV of these cards needs to name each value's unit and conversion.
  const csvLookups: OverviewCsvLookups = {
    entityById: reference.entityById,
    metricById: reference.metricById,
    sourceById: reference.sourceById,
    currency: cur,
    derivation,
  };

  return {
    cities,
    compared,
    csvLookups,
    reference,
    state: panelState([observations, rates], [reference.metrics, reference.sources, reference.meta]),
    /** False when the metric catalogue failed to load (the page banner says so). */
    hasCatalogue: metrics !== undefined,
    observations: converted?.rows ?? [],
    rateNotes: converted?.rateNotes ?? [],
    scorecard,
    composite,
    insights,
    weights: w,
    years: { from, to },
  };
}

export type OverviewData = ReturnType<typeof useOverviewData>;
