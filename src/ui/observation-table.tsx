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

/** The look-ups a table of observations names places, metrics and sources with. */
export type TableLookups = Pick<ObservationTableProps, 'entityById' | 'metricById' | 'sourceById'>;

type ObservationColumnsOptions = TableLookups & Pick<ObservationTableProps, 'showMetric'>;

/** The rows' first order: by year, as the figures were published. */
export const OBSERVATION_TABLE_SORT = { key: 'year', direction: 'ascending' } as const;

/**
 * The columns of an observation table: place, (metric,) year, value with unit and qualifier,
 * status, method, source. The widths apply where the table is windowed (WindowedDataTable).
 */
export function observationColumns({ entityById, metricById, sourceById, showMetric = false }: ObservationColumnsOptions): DataTableColumn<Observation>[] {
  const entityName = (id: string) => entityLabel(id, entityById);
  return [
    { key: 'entity', header: 'Place or organisation', render: (o) => entityName(o.entityId), sortValue: (o) => entityName(o.entityId), width: '14%' },
    ...(showMetric
      ? [
          {
            key: 'metric',
            header: 'Metric',
            render: (o: Observation) => metricById.get(o.metricId)?.label ?? o.metricId,
            sortValue: (o: Observation) => metricById.get(o.metricId)?.label ?? o.metricId,
            width: '15%',
          },
        ]
      : []),
    { key: 'year', header: 'Year', render: (o) => `${o.year}${o.period ? ` (${o.period})` : ''}`, sortValue: (o) => o.year, align: 'end', width: '7%' },
    {
      key: 'value',
      header: 'Value',
      render: (o) => {
        const metric = metricById.get(o.metricId);
        return metric ? formatValue(o, metric) : String(o.value);
      },
      sortValue: (o) => o.value,
      align: 'end',
      width: '13%',
    },
    { key: 'status', header: 'Status', render: (o) => <StatusBadge status={o.status} />, sortValue: (o) => o.status, width: '10%' },
    {
      key: 'method',
      header: 'Method or note',
      render: (o) =>
        [o.method ? `${ESTIMATE_METHOD_LABELS[o.method.kind]}: ${o.method.detail}` : '', o.geoLevel === 'zone' ? 'Zone-level figure, not a city total.' : '', o.note ?? '']
          .filter(Boolean)
          .join(' '),
      width: '25%',
    },
    {
      key: 'source',
      header: 'Source',
      render: (o) => sourceById.get(o.sourceId)?.shortTitle ?? o.sourceId,
      sortValue: (o) => sourceById.get(o.sourceId)?.shortTitle ?? o.sourceId,
      width: '16%',
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
  return (
    <DataTable
      caption={caption}
      columns={observationColumns({ entityById, metricById, sourceById, showMetric })}
      rows={observations}
      rowKey={(o) => o.id}
      initialSort={OBSERVATION_TABLE_SORT}
      maxHeight={maxHeight}
    />
  );
}
