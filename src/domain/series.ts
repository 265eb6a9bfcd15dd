import type { CityId, Observation, Status } from '../api/schemas';

const STATUS_RANK: Record<Status, number> = { reported: 0, seed: 1, estimate: 2 };

/**
 * One value per entity, metric, year and period. A row that lost a disagreement between sources
 * (`preferred: false`) is never drawn, even when it is alone in its year; among the rest the
 * preferred row wins, then the strongest status (reported, seed, estimate), then the first listed.
 */
export function pickPreferred(observations: readonly Observation[]): Observation[] {
  const best = new Map<string, Observation>();
  for (const row of observations) {
    if (row.conflictId !== undefined && row.preferred === false) continue;
    const key = `${row.entityId}|${row.metricId}|${row.year}|${row.period ?? ''}`;
    const current = best.get(key);
    if (!current || outranks(row, current)) best.set(key, row);
  }
  return [...best.values()];
}

function outranks(candidate: Observation, current: Observation): boolean {
  const candidatePreferred = candidate.preferred === true;
  const currentPreferred = current.preferred === true;
  if (candidatePreferred !== currentPreferred) return candidatePreferred;
  return STATUS_RANK[candidate.status] < STATUS_RANK[current.status];
}

export type YearRow = { year: number; values: Partial<Record<CityId, Observation>> };

/** Whether a row is a whole-year figure for the whole city, the only kind a city series draws. */
export function isWholeCityYear(row: Observation): boolean {
  return row.period === undefined && (row.geoLevel === undefined || row.geoLevel === 'city');
}

/**
 * Rows for a time-series chart of one metric: one row per year that has a value for any of the
 * cities, each city's observation or nothing (a gap, never a zero). Part-year figures and figures
 * about a zone or company inside the city are left to the tables: on a city line they would pose
 * as city totals.
 */
export function toYearRows(observations: readonly Observation[], metricId: string, cities: readonly CityId[]): YearRow[] {
  const citySet = new Set<string>(cities);
  const byYear = new Map<number, YearRow>();
  for (const row of pickPreferred(observations)) {
    if (row.metricId !== metricId || !citySet.has(row.entityId) || !isWholeCityYear(row)) continue;
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

/** An entity's whole-city, whole-year figures for a metric by year, the preferred one where sources disagree. */
export function valuesByYear(observations: readonly Observation[], entityId: string, metricId: string): Map<number, Observation> {
  return new Map(pickPreferred(observations.filter((o) => o.metricId === metricId && o.entityId === entityId && isWholeCityYear(o))).map((o) => [o.year, o]));
}

/** An entity's latest whole-year figure for a metric (the preferred one where sources disagree). */
export function latestValue(observations: readonly Observation[], metricId: string, entityId: string): Observation | undefined {
  return pickPreferred(observations.filter((o) => o.metricId === metricId && o.entityId === entityId && isWholeCityYear(o))).sort(
    (a, b) => b.year - a.year,
  )[0];
}
