import { panelState } from '../../api/combine-queries';
import { useChanges, useReferenceData } from '../../api/resources';
import type { DatasetChange } from '../../api/schemas';
import { CHANGE_KIND_LABELS, CHANGE_KINDS } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import type { DataTableColumn } from '../../ui/data-table';
import { WindowedDataTable } from '../../ui/windowed-data-table';
import type { TableLookups } from '../../ui/observation-table';
import { entityLabel } from '../../domain/cities';
import { changeCounts, changedValueText, toChangesCsv } from './to-changes';

/** The changes table's columns (also the PowerPoint table's). */
export function changeColumns(reference: TableLookups): DataTableColumn<DatasetChange>[] {
  return [
    { key: 'kind', header: 'Change', render: (c) => CHANGE_KIND_LABELS[c.kind], sortValue: (c) => CHANGE_KINDS.indexOf(c.kind), width: '9%' },
    { key: 'place', header: 'Place', render: (c) => entityLabel(c.entityId, reference.entityById), sortValue: (c) => c.entityId, width: '12%' },
    { key: 'metric', header: 'Metric', render: (c) => reference.metricById.get(c.metricId)?.label ?? c.metricId, sortValue: (c) => c.metricId, width: '17%' },
    { key: 'year', header: 'Year', render: (c) => `${c.year}${c.period ? ` (${c.period})` : ''}`, sortValue: (c) => c.year, align: 'end', width: '8%' },
    { key: 'before', header: 'Before', render: (c: DatasetChange) => changedValueText(c.before, reference, c.metricId), width: '27%' },
    { key: 'after', header: 'Now', render: (c: DatasetChange) => changedValueText(c.after, reference, c.metricId), width: '27%' },
  ];
}

/**
 * What changed since the previous dataset version, value by value: so a link or a deck made with
 * the old numbers can be checked against the new ones.
 */
export function ChangesPanel() {
  const reference = useReferenceData();
  const changes = useChanges();
  const meta = reference.meta.data;
  const rows = changes.data ?? [];
  const lookups = { entityById: reference.entityById, metricById: reference.metricById, sourceById: reference.sourceById };
  const versions = { from: meta?.previousVersion, to: meta?.datasetVersion };
  return (
    <ChartCard
      id="changes"
      title="What changed in this version"
      subtitle={`${versions.from ?? 'previous version'} → ${versions.to ?? 'this version'}: ${changeCounts(rows)}`}
      definition="Each place, metric and year whose shown value (the preferred one where sources disagree) was added, removed, or changed in value, status or source since the previous dataset version. A link or deck made with the previous version opens with a notice; this list says what moved."
      state={panelState([changes], [reference.metrics, reference.entities, reference.sources, reference.meta])}
      isEmpty={rows.length === 0}
      emptyMessage="Nothing changed since the previous version."
      description="Table of every value added, changed or removed since the previous dataset version, with its value, status and source before and after."
      table={() => (
        <WindowedDataTable
          caption="What changed in this version"
          rows={rows}
          rowKey={(c) => `${c.kind}|${c.entityId}|${c.metricId}|${c.year}|${c.period ?? ''}`}
          maxHeight={480}
          windowOnPaperOnly
          columns={changeColumns(lookups)}
        />
      )}
      csv={() => toChangesCsv(rows, lookups, versions)}
      footer={() => ({
        years: `${versions.from ?? '?'} → ${versions.to ?? '?'}`,
        asOf: meta?.asOf,
        statuses: [],
        notes: ['Sources that were dropped in this version are named by their old id.'],
      })}
    />
  );
}
