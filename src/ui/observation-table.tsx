import type { Entity, Metric, Observation, Source } from '../api/schemas';
import { ESTIMATE_METHOD_LABELS } from '../api/vocabulary';
import { entityLabel } from '../domain/cities';
import { formatValue } from '../domain/format';
import { DataTable, type DataTableColumn } from './data-table';
import { StatusBadge } from './status-badge';

export type ObservationTableProps = {
  caption: string;
  observations: readonly Observation[];
  entityById: ReadonlyMap<string, Entity>;
  metricById: ReadonlyMap<string, Metric>;
  sourceById: ReadonlyMap<string, Source>;
  /** Show the metric column (off when the table is about one metric). */
  showMetric?: boolean;
  maxHeight?: number;
};

export type TableLookups = {
  entityById: ReadonlyMap<string, Entity>;
  metricById: ReadonlyMap<string, Metric>;
  sourceById: ReadonlyMap<string, Source>;
};

export const OBSERVATION_SORT = { key: 'year', direction: 'ascending' } as const;

/** The observation table's columns (also a PowerPoint table's). */
export function observationColumns({ entityById, metricById, sourceById }: TableLookups, showMetric: boolean): DataTableColumn<Observation>[] {
  const entityName = (id: string) => entityLabel(id, entityById);
  return [
    { key: 'entity', header: 'Place or organisation', render: (o) => entityName(o.entityId), sortValue: (o) => entityName(o.entityId) },
    ...(showMetric
      ? [
          {
            key: 'metric',
            header: 'Metric',
            render: (o: Observation) => metricById.get(o.metricId)?.label ?? o.metricId,
            sortValue: (o: Observation) => metricById.get(o.metricId)?.label ?? o.metricId,
          },
        ]
      : []),
    { key: 'year', header: 'Year', render: (o) => `${o.year}${o.period ? ` (${o.period})` : ''}`, sortValue: (o) => o.year, align: 'end' },
    {
      key: 'value',
      header: 'Value',
      render: (o) => {
        const metric = metricById.get(o.metricId);
        return metric ? formatValue(o, metric) : String(o.value);
      },
      sortValue: (o) => o.value,
      align: 'end',
    },
    { key: 'status', header: 'Status', render: (o) => <StatusBadge status={o.status} />, sortValue: (o) => o.status },
    {
      key: 'method',
      header: 'Method or note',
      render: (o) =>
        [o.method ? `${ESTIMATE_METHOD_LABELS[o.method.kind]}: ${o.method.detail}` : '', o.geoLevel === 'zone' ? 'Zone-level figure, not a city total.' : '', o.note ?? '']
          .filter(Boolean)
          .join(' '),
    },
    {
      key: 'source',
      header: 'Source',
      render: (o) => sourceById.get(o.sourceId)?.shortTitle ?? o.sourceId,
      sortValue: (o) => sourceById.get(o.sourceId)?.shortTitle ?? o.sourceId,
    },
  ];
}

/** Observations as a table: place, (metric,) year, value with unit and qualifier, status, method, source. */
export function ObservationTable({
  caption,
  observations,
  entityById,
  metricById,
  sourceById,
  showMetric = false,
  maxHeight,
}: ObservationTableProps) {
  const columns = observationColumns({ entityById, metricById, sourceById }, showMetric);
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={observations}
      rowKey={(o) => o.id}
      initialSort={OBSERVATION_SORT}
      maxHeight={maxHeight}
    />
  );
}
