import type { CityId, Observation } from '../../api/schemas';
import { STATUSES, STATUS_LABELS } from '../../api/vocabulary';
import type { CityCountRow } from '../../charts/city-count-chart';

/** How many of each city's values are reported, from the seed article, or estimates. */
export function toStatusCounts(observations: readonly Observation[], cities: readonly CityId[]): CityCountRow[] {
  return STATUSES.map((status) => {
    const counts = {} as Record<CityId, number>;
    for (const city of cities) counts[city] = observations.filter((o) => o.entityId === city && o.status === status).length;
    return { key: status, label: STATUS_LABELS[status], counts };
  });
}

/** Groups rows that share a conflictId, preferred row first. */
export function groupConflicts(observations: readonly Observation[]): Observation[][] {
  const groups = new Map<string, Observation[]>();
  for (const row of observations) {
    if (!row.conflictId) continue;
    groups.set(row.conflictId, [...(groups.get(row.conflictId) ?? []), row]);
  }
  return [...groups.values()].map((rows) => [...rows].sort((a, b) => Number(b.preferred === true) - Number(a.preferred === true)));
}
