import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { useCityObservations, useEvents, useObservations, useRates, useReferenceData } from '../../api/resources';
import type { Observation } from '../../api/schemas';
import { compositeIndex } from '../../domain/composite';
import { convertRows, describeRates } from '../../domain/currency';
import { buildInsights } from '../../domain/insights';
import { compareMetrics } from '../../domain/comparison';
import { NATIONAL_ENTITY_ID, toYardstickRows } from '../../domain/yardstick';
import { conversionOf, seriesDerivation } from '../../panels/to-trend-csv';
import { useSelectedCities, useViewParam } from '../../view-state/use-view-state';
import type { OverviewCsvLookups } from './to-overview-csv';

/**
 * Everything the Overview compares, for the selected cities and years, with money in the URL's
 * currency (each value at its own year's rate): the scorecard rows, the composite index
 * with the URL's weights, and the insight sentences.
 */
export function useOverviewData() {
  const [cities] = useSelectedCities();
  const from = useViewParam('from');
  const to = useViewParam('to');
  const cur = useViewParam('cur');
  const w = useViewParam('w');
  const compare = useViewParam('compare');
  const reference = useReferenceData();
  const rates = useRates();
  // Optional: series breaks only add a caution to the insights, so a failed events request breaks nothing here.
  const events = useEvents();
  const observations = useCityObservations(cities, { from, to });
  // China's own figures: the yardstick card's alone, so a failure here breaks only that card.
  const national = useObservations({ entities: [NATIONAL_ENTITY_ID], from, to });

  // A value with no rate for its year is left out rather than compared in the wrong currency.
  const converted = useMemo(
    () => (observations.data && rates.data ? convertRows(observations.data, cur, rates.data) : undefined),
    [observations.data, rates.data, cur],
  );

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
    () => (metrics && converted ? compareMetrics(metrics, converted.rows, cities, compare) : []),
    [metrics, converted, cities, compare],
  );
  const composite = useMemo(() => (scorecard.length > 0 ? compositeIndex(scorecard, cities, w) : undefined), [scorecard, cities, w]);
  const insights = useMemo(
    () =>
      converted
        ? buildInsights({ rows: scorecard, composite, observations: converted.rows, cities, breaks: (events.data ?? []).filter((e) => e.kind === 'seriesBreak') })
        : [],
    [scorecard, composite, converted, cities, events.data],
  );

  // Every value the scorecard compares: the provenance of the index and the insights built on it.
  const compared = useMemo(
    () => scorecard.filter((r) => r.comparable).flatMap((r) => r.cells.flatMap((c) => (c.observation ? [c.observation] : []))),
    [scorecard],
  );

  const nationalConverted = useMemo(
    () => (national.data && rates.data ? convertRows(national.data, cur, rates.data) : undefined),
    [national.data, rates.data, cur],
  );
  const yardstick = useMemo(
    () => (metrics && converted && nationalConverted ? toYardstickRows(metrics, [...converted.rows, ...nationalConverted.rows], cities, compare) : []),
    [metrics, converted, nationalConverted, cities, compare],
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
    yardstickState: panelState([observations, rates, national], [reference.metrics, reference.sources, reference.meta]),
    yardstick,
    /** False when the metric catalogue failed to load (the page banner says so). */
    hasCatalogue: metrics !== undefined,
    observations: converted?.rows ?? [],
    /** The rates behind the values a card shows, one line per currency pair; nothing when none was converted. */
    rateNotesFor: (shown: readonly Observation[]) => {
      if (!converted) return [];
      const notes = describeRates(shown.flatMap((o) => converted.rateById.get(o.id) ?? nationalConverted?.rateById.get(o.id) ?? []));
      // Only the card's own metrics: a value left out of another card is not this card's concern.
      const metricIds = new Set(shown.map((o) => o.metricId));
      const lost = converted.unconverted.filter((o) => metricIds.has(o.metricId));
      if (lost.length > 0)
        notes.push(`Left out, for want of that year's exchange rate to ${cur}: ${lost.length} value${lost.length === 1 ? '' : 's'} (${[...new Set(lost.map((o) => o.year))].sort().join(', ')}).`);
      return notes;
    },
    scorecard,
    composite,
    insights,
    weights: w,
    compare,
    currency: cur,
    years: { from, to },
  };
}

export type OverviewData = ReturnType<typeof useOverviewData>;
