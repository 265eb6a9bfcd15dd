import { useMemo } from 'react';
import { resolveSources } from '../api/resources';
import { STATUSES } from '../api/vocabulary';
import { ChartCard } from '../ui/chart-card';
import { AnnotationKey, annotationKeyHeight } from '../charts/annotation-key';
import { cityYearLayout } from '../charts/city-year-layout';
import { CityYearChart } from '../charts/lazy/city-year';
import { ObservationTable } from '../ui/observation-table';
import { StatusLegend } from '../charts/status-marks';
import { eventsNotDrawnNotes, type ChartAnnotation } from '../domain/annotations';
import { cityLabel, entityLabel } from '../domain/cities';
import { formatYearSpan, unitLabel } from '../domain/format';
import { NORMALISATION_PHRASES } from '../domain/normalisations';
import { distinct, observationsInRows } from '../domain/series';
import { useSelectedCities, useViewParam } from '../view-state/use-view-state';
import { toTrendCsv } from './to-trend-csv';
import { useMetricSeries } from './use-metric-series';
import type { TrendMetricId } from '../view-state/cards';

export type MetricTrendPanelProps = {
  metricId: TrendMetricId;
  /** Overrides the metric's label as the card title. */
  title?: string;
};

/** One metric over the years for the selected cities: line chart or table, in a ChartCard. */
export function MetricTrendPanel({ metricId, title }: MetricTrendPanelProps) {
  const [cities] = useSelectedCities();
  const norm = useViewParam('norm');
  const cur = useViewParam('cur');
  const from = useViewParam('from');
  const to = useViewParam('to');
  const { state, reference, metric, series, rows, annotations, annotationsByDataYears, annotationsFailed, storedById, rates, national } = useMetricSeries(metricId, cities);
  const displayMetric = series?.ok ? series.metric : metric;

  const shown = useMemo(() => observationsInRows(rows), [rows]);
  // China's yardstick values in the years the chart covers: drawn dashed, listed in the table, cited in the footer.
  const nationalShown = useMemo(() => {
    const shownYears = new Set(rows.map((r) => r.year));
    return national ? [...national.values()].filter((o) => shownYears.has(o.year)) : [];
  }, [national, rows]);
  const statuses = STATUSES.filter((s) => shown.some((o) => o.status === s) || nationalShown.some((o) => o.status === s));
  const years = formatYearSpan(rows.map((r) => r.year));
  const cardTitle = title ?? metric?.label ?? metricId;
  // A metric that does not take the normalisation asked for is shown as reported, and says so.
  const asReported = series?.ok ? series.asReported : undefined;
  const shownNorm = asReported ? 'absolute' : norm;
  const modeLabel = asReported ? ` · shown as reported: ${asReported}` : norm === 'absolute' ? '' : ` · ${NORMALISATION_PHRASES[norm]}`;

  const annotationPlace = (annotation: ChartAnnotation) => {
    if (annotation.city) return cityLabel(annotation.city);
    return entityLabel(annotation.event.entityId, reference.entityById);
  };
  const seriesBreaks = annotations.filter((a) => a.isSeriesBreak);
  // The plot keeps its height; the badge rows above it and the key below it add to the figure.
  const chartHeight = 300 + cityYearLayout(rows, annotations).topMargin;
  const legendHeight = 28;
  const keyHeight = annotationKeyHeight(annotations, annotationPlace);

  let emptyMessage: string | undefined;
  // Only a failed catalogue has a message at the top; one that loaded without this metric does not.
  if (!metric && reference.metrics.isError) emptyMessage = 'The metric catalogue did not load, so this chart cannot be labelled; see the message at the top.';
  else if (!metric) emptyMessage = `The metric catalogue has no entry for ${metricId}, so this chart cannot be labelled.`;
  else if (series && !series.ok) emptyMessage = series.reason;
  else emptyMessage = `No value for the selected cities between ${from} and ${to}.`;

  return (
    <ChartCard
      id={`trend-${metricId}`}
      title={cardTitle}
      subtitle={
        displayMetric
          ? `${unitLabel(displayMetric, displayMetric.valueKind === 'money' ? cur : undefined)}${modeLabel}${years ? `, ${years}` : ''} · ${cities.map(cityLabel).join(', ')}`
          : ''
      }
      definition={metric?.definition}
      state={state}
      isEmpty={rows.length === 0 || !metric || !series?.ok}
      emptyMessage={emptyMessage}
      height={chartHeight + legendHeight + keyHeight}
      description={`Line chart of ${cardTitle} by year for ${cities.map(cityLabel).join(', ')}. Missing years are gaps.${
        annotations.length > 0 ? ` Numbered vertical lines mark ${annotations.length} dated events; the key under the chart lists them.` : ''
      } The table view lists every value with its status and source.`}
      chart={() =>
        displayMetric ? (
          // The plot takes what the legend and the event key leave, so a key that wraps to more
          // lines (a narrow card, presentation type) shrinks the plot instead of spilling out.
          <div className="trend-figure" style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
            <div className="trend-figure__plot" style={{ flex: '1 1 0', minHeight: Math.min(chartHeight, 240) }}>
              <CityYearChart
                rows={rows}
                cities={cities}
                metric={displayMetric}
                sourceTitle={(id) => reference.sourceById.get(id)?.shortTitle ?? id}
                annotations={annotations}
                annotationPlace={annotationPlace}
                reference={nationalShown.length > 0 && national ? { label: 'China (national)', byYear: national } : undefined}
              />
            </div>
            <StatusLegend statuses={statuses} />
            <AnnotationKey annotations={annotations} place={annotationPlace} />
          </div>
        ) : null
      }
      table={() => (
        <>
          <ObservationTable
            caption={`${cardTitle}: values by city and year`}
            observations={[...shown, ...nationalShown]}
            entityById={reference.entityById}
            metricById={displayMetric ? new Map([[metricId, displayMetric]]) : reference.metricById}
            sourceById={reference.sourceById}
            maxHeight={420}
          />
          <AnnotationKey annotations={annotations} place={annotationPlace} heading="Events marked on the chart" />
        </>
      )}
      csv={() =>
        toTrendCsv({
          // The table's order: by year, then as the cities are listed.
          observations: [...shown, ...nationalShown].sort((a, b) => a.year - b.year),
          storedById,
          displayMetric,
          storedMetric: metric,
          norm: shownNorm,
          workingCurrency: shownNorm === 'perGdp' ? 'CNY' : cur,
          rates,
          entityById: reference.entityById,
          sourceById: reference.sourceById,
        })
      }
      footer={() => ({
        sources: resolveSources(
          [...shown.map((o) => o.sourceId), ...nationalShown.map((o) => o.sourceId), ...(series?.ok ? series.ratesUsed.flatMap((r) => r.sourceIds) : [])],
          reference.sourceById,
        ),
        years,
        asOf: reference.meta.data?.asOf,
        statuses,
        notes: [
          ...(nationalShown.length > 0 ? [`Dashed grey line: China's national figure for the same years (${formatYearSpan(nationalShown.map((o) => o.year))}), as a yardstick.`] : []),
          ...(series?.ok ? series.notes : []),
          ...seriesBreaks.map(
            (a) =>
              `Series break (dashed line ${a.number}): ${annotationPlace(a)}, ${a.event.date}: ${a.event.title}. ${a.event.description}`,
          ),
          ...eventsNotDrawnNotes(annotationsByDataYears, annotationPlace),
          ...(annotationsFailed ? ['The events could not be loaded, so none are marked on this chart.'] : []),
          ...distinct(shown.flatMap((o) => (o.conflictId ? ['Sources disagree on some values; the preferred figure is shown (see Sources & data).'] : []))),
        ],
      })}
    />
  );
}
