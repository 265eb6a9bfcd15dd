import { useMemo } from 'react';
import { resolveSources } from '../api/resources';
import { STATUSES } from '../api/schemas';
import { ChartCard } from '../components/chart-card';
import { CityYearChart } from '../components/city-year-chart';
import { ObservationTable } from '../components/observation-table';
import { StatusLegend } from '../components/status-marks';
import { cityLabel } from '../domain/cities';
import { formatYearSpan, unitLabel } from '../domain/format';
import { NORMALISATION_LABELS } from '../domain/normalise';
import { distinct, observationsInRows } from '../domain/series';
import { useSelectedCities, useViewState } from '../view-state/use-view-state';
import { useMetricSeries } from './use-metric-series';

export type MetricTrendPanelProps = {
  metricId: string;
  /** Overrides the metric's label as the card title. */
  title?: string;
};

/** One metric over the years for the selected cities: line chart or table, in a ChartCard. */
export function MetricTrendPanel({ metricId, title }: MetricTrendPanelProps) {
  const [cities] = useSelectedCities();
  const [{ norm, cur, from, to }] = useViewState();
  const { state, reference, metric, series, rows } = useMetricSeries(metricId, cities);
  const displayMetric = series?.ok ? series.metric : metric;

  const shown = useMemo(() => observationsInRows(rows), [rows]);
  const statuses = STATUSES.filter((s) => shown.some((o) => o.status === s));
  const years = formatYearSpan(rows.map((r) => r.year));
  const cardTitle = title ?? metric?.label ?? metricId;
  const modeLabel = norm === 'absolute' ? '' : ` · ${NORMALISATION_LABELS[norm].toLowerCase()}`;

  let emptyMessage: string | undefined;
  if (!metric) emptyMessage = 'The metric catalogue did not load, so this chart cannot be labelled; see the message at the top.';
  else if (series && !series.ok) emptyMessage = series.reason;
  else emptyMessage = `No value for the selected cities between ${from} and ${to}.`;

  return (
    <ChartCard
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
      description={`Line chart of ${cardTitle} by year for ${cities.map(cityLabel).join(', ')}. Missing years are gaps. The table view lists every value with its status and source.`}
      chart={() =>
        displayMetric ? (
          <>
            <div style={{ height: 'calc(100% - 1.75rem)' }}>
              <CityYearChart
                rows={rows}
                cities={cities}
                metric={displayMetric}
                sourceTitle={(id) => reference.sourceById.get(id)?.shortTitle ?? id}
              />
            </div>
            <StatusLegend statuses={statuses} />
          </>
        ) : null
      }
      table={() => (
        <ObservationTable
          caption={`${cardTitle}: values by city and year`}
          observations={shown}
          entityById={reference.entityById}
          metricById={displayMetric ? new Map([[metricId, displayMetric]]) : reference.metricById}
          sourceById={reference.sourceById}
          maxHeight={420}
        />
      )}
      footer={() => ({
        sources: resolveSources(
          [...shown.map((o) => o.sourceId), ...(series?.ok ? (series.rate?.sourceIds ?? []) : [])],
          reference.sourceById,
        ),
        years,
        asOf: reference.meta.data?.asOf,
        statuses,
        notes: [
          ...(series?.ok ? series.notes : []),
          ...distinct(shown.flatMap((o) => (o.conflictId ? ['Sources disagree on some values; the preferred figure is shown (see Sources & data).'] : []))),
        ],
      })}
    />
  );
}
