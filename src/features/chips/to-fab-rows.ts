import type { CityId, Fab } from '../../api/schemas';
import { FAB_STATUSES, FAB_STATUS_LABELS } from '../../api/vocabulary';
import type { CityCountRow } from '../../charts/city-count-chart';

/**
 * Plants per status and city, naming the plants. A count of zero here is a real zero: the list of
 * known plants is complete for the dataset, so "no halted plant" is a finding, not a gap.
 * Statuses no selected city has are left out.
 */
export function toFabStatusRows(fabs: readonly Fab[], cities: readonly CityId[]): CityCountRow[] {
  return FAB_STATUSES.map((status) => {
    const counts = {} as Record<CityId, number>;
    const details: Partial<Record<CityId, string>> = {};
    for (const city of cities) {
      const matching = fabs.filter((f) => f.cityId === city && f.status === status);
      counts[city] = matching.length;
      if (matching.length > 0) details[city] = matching.map((f) => f.name).join('; ');
    }
    return { key: status, label: FAB_STATUS_LABELS[status], counts, details };
  }).filter((row) => cities.some((city) => row.counts[city] > 0));
}
