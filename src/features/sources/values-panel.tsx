import { useDeferredValue, useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { useObservations, useReferenceData } from '../../api/resources';
import type { Observation, Status } from '../../api/schemas';
import { STATUSES, STATUS_LABELS } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { observationFooter } from '../../ui/observation-footer';
import { DownloadButton } from '../../export/download-button';
import { OBSERVATION_TABLE_SORT, observationColumns, type TableLookups } from '../../ui/observation-table';
import { WindowedDataTable } from '../../ui/windowed-data-table';
import { useSetView, useViewParam } from '../../view-state/use-view-state';
import { toValuesCsv, toValuesTable } from './to-values-csv';

const observationId = (o: Observation) => o.id;

/** An observation's searchable text: place, metric, quoted value, note, seed id, year, source; lower-cased. */
export function valueHaystack(o: Observation, reference: TableLookups): string {
  const entity = reference.entityById.get(o.entityId);
  return [
    entity?.nameEn,
    entity?.nameZh,
    reference.metricById.get(o.metricId)?.label,
    o.valueText,
    o.note,
    o.seedId,
    String(o.year),
    reference.sourceById.get(o.sourceId)?.shortTitle,
  ]
    .join(' ')
    .toLowerCase();
}

/**
 * The values the search (`q`) and the status filter leave (also the PowerPoint table's rows).
 * `haystacks` (each value's `valueHaystack`, in order) can be computed once per dataset.
 */
export function filterValues(
  all: readonly Observation[],
  q: string,
  status: Status | null,
  reference: TableLookups,
  haystacks: readonly string[] = all.map((o) => valueHaystack(o, reference)),
): readonly Observation[] {
  const needle = q.trim().toLowerCase();
  if (!status && !needle) return all;
  return all.filter((o, index) => (!status || o.status === status) && (!needle || (haystacks[index] ?? '').includes(needle)));
}

/** Every observation: searchable, filterable by status, sortable, downloadable as CSV. */
export function ValuesPanel() {
  const reference = useReferenceData();
  // Every observation, not only the cities': national and provincial figures belong here too.
  const observations = useObservations();
  const q = useViewParam('q');
  const status = useViewParam('status');
  const setView = useSetView();
  const all = useMemo(() => observations.data ?? [], [observations.data]);
  const { entityById, metricById, sourceById } = reference;
  // Each observation's searchable text, lower-cased once per dataset rather than once per keystroke.
  const haystacks = useMemo(() => all.map((o) => valueHaystack(o, { entityById, metricById, sourceById })), [all, entityById, metricById, sourceById]);
  // The box shows each key at once; the rows follow when React has time (a keystroke meanwhile
  // starts them over), so typing stays responsive however many rows there are.
  const deferredQ = useDeferredValue(q);

  const filtered = useMemo(
    () => filterValues(all, deferredQ, status, { entityById, metricById, sourceById }, haystacks),
    [all, deferredQ, status, entityById, metricById, sourceById, haystacks],
  );
  const columns = useMemo(() => observationColumns({ entityById, metricById, sourceById, showMetric: true }), [entityById, metricById, sourceById]);

  return (
    <ChartCard
      id="values"
      title="Every value"
      subtitle={`${filtered.length} of ${all.length} values, all places and metrics`}
      state={panelState([observations], [reference.metrics, reference.entities, reference.sources])}
      isEmpty={filtered.length === 0}
      emptyMessage="No values match these filters."
      controls={
        <div className="filters">
          <label>
            Search
            <input type="search" value={q} onChange={(e) => setView({ q: e.target.value }, { replace: true })} placeholder="Place, metric, year, S26…" />
          </label>
          <label>
            Status
            <select value={status ?? 'all'} onChange={(e) => setView({ status: e.target.value === 'all' ? null : (e.target.value as Status) })}>
              <option value="all">All statuses</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <DownloadButton
            label={`Download CSV (${filtered.length} rows)`}
            filename={`hubscope-values-${reference.meta.data?.datasetVersion ?? 'dataset'}.csv`}
            mimeType="text/csv;charset=utf-8"
            disabled={filtered.length === 0}
            content={() => toValuesCsv(filtered, reference, reference.meta.data)}
          />
        </div>
      }
      description="Table of every observation with place, metric, year, value, status, method and source."
      table={() => (
        <WindowedDataTable caption="Every value" columns={columns} rows={filtered} rowKey={observationId} initialSort={OBSERVATION_TABLE_SORT} maxHeight={520} />
      )}
      csv={() => toValuesTable(filtered, reference, reference.meta.data)}
      footer={() => observationFooter(filtered, reference)}
    />
  );
}
