import type { DatasetChange, Observation, Status } from '../../src/api/schemas';
import { pickPreferred } from '../../src/domain/series';
import previous from './previous/2026.11.1.json';

/** An observation as the previous version's snapshot keeps it: enough to tell what changed. */
export type SnapshotObservation = Pick<Observation, 'id' | 'entityId' | 'metricId' | 'year' | 'period' | 'value' | 'currency' | 'status' | 'sourceId' | 'conflictId' | 'preferred'>;

export const previousDataset = previous as { datasetVersion: string; observations: SnapshotObservation[] };

const keyOf = (o: Pick<Observation, 'entityId' | 'metricId' | 'year' | 'period'>) => `${o.entityId}|${o.metricId}|${o.year}|${o.period ?? ''}`;

/** The value each version shows for a place, metric, year and period: the preferred one where sources disagree. */
function shownValues(rows: readonly SnapshotObservation[]): Map<string, SnapshotObservation> {
  return new Map(pickPreferred(rows as Observation[]).map((o) => [keyOf(o), o]));
}

const asValue = (o: SnapshotObservation) => ({ value: o.value, ...(o.currency ? { currency: o.currency } : {}), status: o.status as Status, sourceId: o.sourceId });

/**
 * What changed between two versions, value by value: added, removed, or changed in value, status
 * or source (with before and after), ordered by place, metric and year.
 */
export function datasetChanges(before: readonly SnapshotObservation[], after: readonly SnapshotObservation[]): DatasetChange[] {
  const old = shownValues(before);
  const now = shownValues(after);
  const changes: DatasetChange[] = [];
  for (const [key, o] of now) {
    const was = old.get(key);
    const where = { entityId: o.entityId, metricId: o.metricId, year: o.year, ...(o.period ? { period: o.period } : {}) };
    if (!was) changes.push({ kind: 'added', ...where, after: asValue(o) });
    else if (was.value !== o.value || was.currency !== o.currency || was.status !== o.status || was.sourceId !== o.sourceId) changes.push({ kind: 'changed', ...where, before: asValue(was), after: asValue(o) });
  }
  for (const [key, o] of old) {
    if (!now.has(key)) changes.push({ kind: 'removed', entityId: o.entityId, metricId: o.metricId, year: o.year, ...(o.period ? { period: o.period } : {}), before: asValue(o) });
  }
  return changes.sort((a, b) => a.entityId.localeCompare(b.entityId) || a.metricId.localeCompare(b.metricId) || a.year - b.year);
}
