import type { CityId, Fab, FabStatus } from '../../api/schemas';
import { FAB_STATUSES } from '../../api/schemas';

export type FabStatusRow = { status: FabStatus; counts: Record<CityId, number>; names: Record<CityId, string[]> };

/**
 * Plants per status and city. A count of zero here is a real zero: the list of known plants
 * is complete for the dataset, so "no halted plant" is a finding, not a gap.
 */
export function toFabStatusRows(fabs: readonly Fab[], cities: readonly CityId[]): FabStatusRow[] {
  return FAB_STATUSES.map((status) => {
    const counts = {} as Record<CityId, number>;
    const names = {} as Record<CityId, string[]>;
    for (const city of cities) {
      const matching = fabs.filter((f) => f.cityId === city && f.status === status);
      counts[city] = matching.length;
      names[city] = matching.map((f) => f.name);
    }
    return { status, counts, names };
  }).filter((row) => cities.some((city) => row.counts[city] > 0));
}
