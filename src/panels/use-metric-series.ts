import { useMemo } from 'react';
import { panelState, type PanelState } from '../api/combine-queries';
import { useCityObservations, useEvents, useObservations, useRates, useReferenceData } from '../api/resources';
import type { CityId, Metric, Observation, Rate } from '../api/schemas';
import { annotationsWithinData, toChartAnnotations, type AnnotationsByDataYears, type ChartAnnotation } from '../domain/annotations';
import { GDP_METRIC_ID, POPULATION_METRIC_ID, normaliseSeries, type NormalisedSeries } from '../domain/normalise';
import { isWholeCityYear, toYearRows, valuesByYear, type YearRow } from '../domain/series';
import { NATIONAL_ENTITY_ID } from '../domain/yardstick';
import { useViewParam } from '../view-state/use-view-state';

export type MetricSeries = {
  state: PanelState;
  reference: ReturnType<typeof useReferenceData>;
  /** The metric as stored; undefined while the catalogue loads or when it failed. */
  metric: Metric | undefined;
  /** The series as displayed in the URL's years, normalisation and currency. */
  series: NormalisedSeries | undefined;
  rows: YearRow[];
  /** Events naming this metric, in the years with a value, for the selected cities and national ones. */
  annotations: ChartAnnotation[];
  /** The events in the shown years but outside the years with a value: named in the notes, not drawn. */
  annotationsByDataYears: AnnotationsByDataYears;
  /** The events could not be loaded: the chart is drawn without its annotations. */
  annotationsFailed: boolean;
  /** The metric's observations as stored (before conversion and normalisation), by id: for the CSV's derivation column. */
  storedById: ReadonlyMap<string, Observation>;
  rates: readonly Rate[];
  /** China's values for the metric by year, drawn as a yardstick line, when the metric has one and the values are shown as they are. */
  national: ReadonlyMap<number, Observation> | undefined;
};

/**
 * One metric for the selected cities, shaped by the URL's year range, normalisation and currency.
 * Fetches population and GDP only when a normalisation needs them. Events that name the metric
 * annotate it; they are context, so a failure to load them leaves the chart up, without them.
 */
export function useMetricSeries(metricId: string, cities: readonly CityId[]): MetricSeries {
  const from = useViewParam('from');
  const to = useViewParam('to');
  const norm = useViewParam('norm');
  const cur = useViewParam('cur');
  const reference = useReferenceData();
  const rates = useRates();
  const events = useEvents();
  const observations = useCityObservations(cities, { from, to, metrics: [metricId] });
  const denominatorId = norm === 'perCapita' ? POPULATION_METRIC_ID : GDP_METRIC_ID;
  const needsDenominator = norm === 'perCapita' || norm === 'perGdp';
  // The same query either way keeps the hook order stable; it is only used when needed.
  const denominators = useCityObservations(cities, { from, to, metrics: [needsDenominator ? denominatorId : metricId] });
  const metric = reference.metricById.get(metricId);
  // One request for every national figure in the years, shared with the Overview's yardstick card.
  const nationalQuery = useObservations({ entities: [NATIONAL_ENTITY_ID], from, to });

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
      sourceName: (id) => reference.sourceById.get(id)?.shortTitle,
    });
  }, [metric, observations.data, rates.data, denominators.data, needsDenominator, norm, cur, reference.metricById, reference.sourceById]);

  const rows = useMemo(() => (series?.ok ? toYearRows(series.rows, metricId, cities) : []), [series, metricId, cities]);
  const annotationsByDataYears = useMemo(
    () => annotationsWithinData(toChartAnnotations(events.data ?? [], { metricId, cities, from, to, entityById: reference.entityById }), rows),
    [events.data, metricId, cities, from, to, reference.entityById, rows],
  );
  const storedById = useMemo(() => new Map((observations.data ?? []).map((o) => [o.id, o])), [observations.data]);
  const national = useMemo(() => {
    if (metric?.yardstick !== 'level' || norm !== 'absolute' || !nationalQuery.data || !rates.data) return undefined;
    const own = nationalQuery.data.filter((o) => o.metricId === metricId && isWholeCityYear(o));
    const shaped = normaliseSeries({ observations: own, metric, mode: 'absolute', currency: cur, rates: rates.data });
    if (!shaped.ok || shaped.rows.length === 0) return undefined;
    return valuesByYear(shaped.rows, NATIONAL_ENTITY_ID, metricId);
  }, [metric, norm, nationalQuery.data, rates.data, metricId, cur]);
  const own = needsDenominator ? [observations, rates, denominators] : [observations, rates];
  return {
    // Events and entities (which city a zone's event belongs to) are waited for, so numbered
    // lines do not pop in after the chart; if they fail, the chart is drawn without them.
    state: panelState(own, [reference.metrics, reference.sources, reference.meta, reference.entities, events]),
    reference,
    metric,
    series,
    rows,
    annotations: annotationsByDataYears.drawn,
    annotationsByDataYears,
    annotationsFailed: events.isError && events.data === undefined,
    storedById,
    rates: rates.data ?? [],
    national,
  };
}
