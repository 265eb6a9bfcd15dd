import type { CityId, Observation, Status } from '../api/schemas';

const STATUS_RANK: Record<Status, number> = { reported: 0, seed: 1, estimate: 2 };

/**
 * One value per entity, metric and year: the row marked preferred where sources disagree,
 * otherwise the strongest status (reported, then seed, then estimate), then the first listed.
 */
export function pickPreferred(observations: readonly Observation[]): Observation[] {
  const best = new Map<string, Observation>();
  for (const row of observations) {
    const key = `${row.entityId}|${row.metricId}|${row.year}`;
    const current = best.get(key);
    if (!current || outranks(row, current)) best.set(key, row);
  }
  return [...best.values()];
}

function outranks(candidate: Observation, current: Observation): boolean {
  if (candidate.preferred !== current.preferred) return candidate.preferred === true;
  return STATUS_RANK[candidate.status] < STATUS_RANK[current.status];
}

export type YearRow = { year: number; values: Partial<Record<CityId, Observation>> };

/**
 * Rows for a time-series chart of one metric: one row per year that has a value for any of the
 * cities, each city's observation or nothing (a gap, never a zero).
 */
export function toYearRows(observations: readonly Observation[], metricId: string, cities: readonly CityId[]): YearRow[] {
  const citySet = new Set<string>(cities);
  const byYear = new Map<number, YearRow>();
  for (const row of pickPreferred(observations)) {
    if (row.metricId !== metricId || !citySet.has(row.entityId)) continue;
    const yearRow = byYear.get(row.year) ?? { year: row.year, values: {} };
    yearRow.values[row.entityId as CityId] = row;
    byYear.set(row.year, yearRow);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Every observation in the rows, for tables, source lines and status legends. */
export function observationsInRows(rows: readonly YearRow[]): Observation[] {
  return rows.flatMap((row) => Object.values(row.values));
}

export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
