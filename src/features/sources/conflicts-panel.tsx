import { entityLabel } from '../../domain/cities';
import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { useObservations, useReferenceData } from '../../api/resources';
import type { Observation } from '../../api/schemas';
import { STATUS_LABELS } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { observationFooter } from '../../ui/observation-footer';
import { DataTable, type DataTableColumn } from '../../ui/data-table';
import type { TableLookups } from '../../ui/observation-table';
import { formatValue } from '../../domain/format';
import { toConflictsCsv } from './to-sources-csv';
import { groupConflicts } from './to-status-counts';

/** The disagreements table's columns, a row per group of observations (also the PowerPoint table's). */
export function conflictColumns(reference: TableLookups): DataTableColumn<Observation[]>[] {
  const figure = (o: Observation | undefined) => {
    if (!o) return '—';
    const metric = reference.metricById.get(o.metricId);
    const value = metric ? formatValue(o, metric) : String(o.value);
    const source = reference.sourceById.get(o.sourceId)?.shortTitle ?? o.sourceId;
    return `${value}${o.valueText ? ` (“${o.valueText}”)` : ''}, ${o.year} · ${STATUS_LABELS[o.status]} · ${source}`;
  };
  return [
    {
      key: 'what',
      header: 'What',
      render: (g) => {
        const first = g[0];
        if (!first) return '';
        return `${reference.metricById.get(first.metricId)?.label ?? first.metricId}, ${entityLabel(first.entityId, reference.entityById)}`;
      },
      sortValue: (g) => g[0]?.metricId,
    },
    { key: 'preferred', header: 'Preferred figure', render: (g) => figure(g.find((o) => o.preferred)) },
    {
      key: 'other',
      header: 'Other figure',
      render: (g) =>
        g
          .filter((o) => !o.preferred)
          .map(figure)
          .join(' | '),
    },
    { key: 'why', header: 'Why', render: (g) => g.find((o) => o.preferred)?.note ?? g.find((o) => o.note)?.note ?? '' },
  ];
}

/** Where sources disagree: the preferred figure and the other one side by side, and why. */
export function ConflictsPanel() {
  const reference = useReferenceData();
  const observations = useObservations();
  const groups = useMemo(() => groupConflicts(observations.data ?? []), [observations.data]);
  const rows = groups.flat();

  return (
    <ChartCard
      id="conflicts"
      title="Where sources disagree"
      subtitle={`${groups.length} disagreements; both figures are kept and the preferred one is used in charts`}
      state={panelState([observations], [reference.metrics, reference.entities, reference.sources])}
      isEmpty={groups.length === 0}
      emptyMessage="No recorded disagreements."
      description="Each disagreement between sources, with the preferred and the other figures side by side and the reason for the choice."
      table={() => (
        <DataTable
          caption="Disagreements between sources"
          rows={groups}
          rowKey={(group) => group[0]?.conflictId ?? ''}
          maxHeight={520}
          columns={conflictColumns(reference)}
        />
      )}
      csv={() => toConflictsCsv(groups, reference)}
      footer={() => observationFooter(rows, reference)}
    />
  );
}
