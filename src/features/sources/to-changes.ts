import type { DatasetChange, Entity, Metric, Source } from '../../api/schemas';
import { CHANGE_KIND_LABELS, CHANGE_KINDS, STATUS_LABELS } from '../../api/vocabulary';
import type { CsvTable } from '../../export/csv/csv';
import { entityLabel } from '../../domain/cities';
import { formatEnGb, unitLabel } from '../../domain/format';

export type ChangeLookups = {
  entityById: ReadonlyMap<string, Entity>;
  metricById: ReadonlyMap<string, Metric>;
  sourceById: ReadonlyMap<string, Source>;
};

/** "12 added, 30 changed, 41 removed". */
export function changeCounts(changes: readonly DatasetChange[]): string {
  return CHANGE_KINDS.map((kind) => `${changes.filter((c) => c.kind === kind).length} ${CHANGE_KIND_LABELS[kind].toLowerCase()}`).join(', ');
}

/** "1,090.6 (estimate, Research notes)": a value as a version showed it, with its status and source. */
export function changedValueText(value: DatasetChange['before'], lookups: ChangeLookups, metricId: string): string {
  if (!value) return '';
  const metric = lookups.metricById.get(metricId);
  const source = lookups.sourceById.get(value.sourceId)?.shortTitle ?? `${value.sourceId} (no longer a source)`;
  const number = formatEnGb(value.value, { maximumFractionDigits: Math.max(metric?.decimals ?? 2, 2) });
  const unit = metric ? unitLabel(metric, value.currency) : '';
  return `${number}${unit ? ` ${unit}` : ''} (${STATUS_LABELS[value.status].toLowerCase()}, ${source})`;
}

/** The "what changed" list as a CSV: one row per change, with both versions' value, status and source. */
export function toChangesCsv(changes: readonly DatasetChange[], lookups: ChangeLookups, versions: { from?: string; to?: string }): CsvTable {
  return {
    header: ['change', 'place', 'metric', 'year', 'period', 'unit', 'value_before', 'currency_before', 'status_before', 'source_before', 'value_after', 'currency_after', 'status_after', 'source_after', 'version_before', 'version_after', 'place_id', 'metric_id'],
    rows: changes.map((c) => [
      CHANGE_KIND_LABELS[c.kind],
      entityLabel(c.entityId, lookups.entityById),
      lookups.metricById.get(c.metricId)?.label ?? c.metricId,
      c.year,
      c.period,
      lookups.metricById.get(c.metricId)?.unit,
      c.before?.value,
      c.before?.currency,
      c.before ? STATUS_LABELS[c.before.status] : undefined,
      c.before ? (lookups.sourceById.get(c.before.sourceId)?.title ?? c.before.sourceId) : undefined,
      c.after?.value,
      c.after?.currency,
      c.after ? STATUS_LABELS[c.after.status] : undefined,
      c.after ? (lookups.sourceById.get(c.after.sourceId)?.title ?? c.after.sourceId) : undefined,
      versions.from,
      versions.to,
      c.entityId,
      c.metricId,
    ]),
  };
}
