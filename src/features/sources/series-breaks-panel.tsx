import { panelState } from '../../api/combine-queries';
import { resolveSources, useEvents, useReferenceData } from '../../api/resources';
import { STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { DataTable } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';
import { entityLabel } from '../../domain/cities';
import { formatYearSpan } from '../../domain/format';
import { toSeriesBreaksCsv } from './to-sources-csv';

/** Boundary changes and other breaks that make a series incomparable across a year. */
export function SeriesBreaksPanel() {
  const reference = useReferenceData();
  const events = useEvents();
  const breaks = (events.data ?? []).filter((e) => e.kind === 'seriesBreak');

  return (
    <ChartCard
      id="series-breaks"
      title="Breaks in the series"
      subtitle="Changes that make a city’s figures before and after a date not comparable"
      state={panelState([events], [reference.metrics, reference.entities, reference.sources])}
      isEmpty={breaks.length === 0}
      emptyMessage="No recorded series breaks."
      description="Table of series breaks with the place, date, what changed and the metrics affected."
      table={() => (
        <DataTable
          caption="Series breaks"
          rows={breaks}
          rowKey={(e) => e.id}
          initialSort={{ key: 'date', direction: 'ascending' }}
          columns={[
            { key: 'date', header: 'From', render: (e) => e.date, sortValue: (e) => e.date },
            {
              key: 'place',
              header: 'Place',
              render: (e) => entityLabel(e.entityId, reference.entityById),
            },
            { key: 'title', header: 'Change', render: (e) => `${e.title}. ${e.description}` },
            {
              key: 'metrics',
              header: 'Metrics affected',
              render: (e) => e.metricIds.map((id) => reference.metricById.get(id)?.label ?? id).join(', '),
            },
            { key: 'status', header: 'Status', render: (e) => <StatusBadge status={e.status} /> },
          ]}
        />
      )}
      csv={() => toSeriesBreaksCsv(breaks, reference)}
      footer={() => ({
        sources: resolveSources(
          breaks.flatMap((e) => e.sourceIds),
          reference.sourceById,
        ),
        years: formatYearSpan(breaks.map((e) => Number(e.date.slice(0, 4)))),
        asOf: reference.meta.data?.asOf,
        statuses: STATUSES.filter((s) => breaks.some((e) => e.status === s)),
      })}
    />
  );
}
