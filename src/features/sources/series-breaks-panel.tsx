import { panelState } from '../../api/combine-queries';
import { resolveSources, useEvents, useReferenceData } from '../../api/resources';
import { STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { DataTable, type DataTableColumn } from '../../ui/data-table';
import type { TableLookups } from '../../ui/observation-table';
import type { HubEvent } from '../../api/schemas';
import { StatusBadge } from '../../ui/status-badge';
import { entityLabel } from '../../domain/cities';
import { formatYearSpan } from '../../domain/format';
import { toSeriesBreaksCsv } from './to-sources-csv';

export const SERIES_BREAK_SORT = { key: 'date', direction: 'ascending' } as const;

/** The series breaks table's columns (also the PowerPoint table's). */
export function seriesBreakColumns(reference: TableLookups): DataTableColumn<HubEvent>[] {
  return [
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
  ];
}

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
          initialSort={SERIES_BREAK_SORT}
          columns={seriesBreakColumns(reference)}
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
