import { useMemo } from 'react';
import { panelState } from '../api/combine-queries';
import { resolveSources, useObservations, useReferenceData } from '../api/resources';
import { ChartCard } from '../components/chart-card';
import { CityYearChart } from '../components/city-year-chart';
import { ObservationTable } from '../components/observation-table';
import { StatusLegend } from '../components/status-marks';
import { cityLabel } from '../domain/cities';
import { formatYearSpan, unitLabel } from '../domain/format';
import { distinct, observationsInRows, toYearRows } from '../domain/series';
import { STATUSES } from '../api/schemas';
import { useSelectedCities } from '../view-state/use-view-state';

export type MetricTrendPanelProps = {
  metricId: string;
  /** Overrides the metric's label as the card title. */
  title?: string;
};

/** One metric over the years for the selected cities: line chart or table, in a ChartCard. */
export function MetricTrendPanel({ metricId, title }: MetricTrendPanelProps) {
  const [cities] = useSelectedCities();
  const reference = useReferenceData();
  const observations = useObservations({ metrics: [metricId], entities: cities });
  const metric = reference.metricById.get(metricId);

  const rows = useMemo(() => toYearRows(observations.data ?? [], metricId, cities), [observations.data, metricId, cities]);
  const shown = useMemo(() => observationsInRows(rows), [rows]);
  const statuses = STATUSES.filter((s) => shown.some((o) => o.status === s));
  const currency = shown.find((o) => o.currency)?.currency;
  const years = formatYearSpan(rows.map((r) => r.year));
  const cardTitle = title ?? metric?.label ?? metricId;

  return (
    <ChartCard
      title={cardTitle}
      subtitle={metric ? `${unitLabel(metric, currency)}${years ? `, ${years}` : ''} · ${cities.map(cityLabel).join(', ')}` : ''}
      definition={metric?.definition}
      state={panelState([observations], [reference.metrics, reference.sources, reference.meta])}
      isEmpty={rows.length === 0 || !metric}
      emptyMessage={metric ? undefined : 'The metric catalogue did not load, so this chart cannot be labelled; see the message at the top.'}
      description={`Line chart of ${cardTitle} by year for ${cities.map(cityLabel).join(', ')}. Missing years are gaps. The table view lists every value with its status and source.`}
      chart={() =>
        metric ? (
          <>
            <div style={{ height: 'calc(100% - 1.75rem)' }}>
              <CityYearChart
                rows={rows}
                cities={cities}
                metric={metric}
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
          metricById={reference.metricById}
          sourceById={reference.sourceById}
          maxHeight={420}
        />
      )}
      footer={() => ({
        sources: resolveSources(
          shown.map((o) => o.sourceId),
          reference.sourceById,
        ),
        years,
        asOf: reference.meta.data?.asOf,
        statuses,
        notes: distinct(shown.flatMap((o) => (o.conflictId ? [`Sources disagree on some values; the preferred figure is shown (see Sources & data).`] : []))),
      })}
    />
  );
}
