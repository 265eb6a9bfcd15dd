import type { Observation } from '../../../src/api/schemas';

type Extra = Omit<Observation, 'id' | 'entityId' | 'metricId' | 'year' | 'sourceId' | 'value' | 'status'>;

/** A reported figure; the id is built as `${entity}-${metric}-${year}-${source}` (plus an optional suffix). */
export function rep(entityId: string, metricId: string, year: number, value: number, sourceId: string, extra: Extra = {}, suffix = ''): Observation {
  return { id: makeId(entityId, metricId, year, sourceId, suffix), entityId, metricId, year, value, status: 'reported', sourceId, ...extra };
}

/** A figure from the seed article (status 'seed', source the seed article). */
export function seed(
  entityId: string,
  metricId: string,
  year: number,
  value: number,
  seedId: string,
  valueText: string,
  extra: Omit<Extra, 'seedId' | 'valueText'> = {},
): Observation {
  return { id: makeId(entityId, metricId, year, 'apf_seed', ''), entityId, metricId, year, value, status: 'seed', sourceId: 'apf_seed', seedId, valueText, ...extra };
}

/** An estimate; `method` is required. */
export function est(
  entityId: string,
  metricId: string,
  year: number,
  value: number,
  sourceId: string,
  method: NonNullable<Observation['method']>,
  extra: Omit<Extra, 'method'> = {},
  suffix = '',
): Observation {
  return { id: makeId(entityId, metricId, year, sourceId, suffix), entityId, metricId, year, value, status: 'estimate', sourceId, method, ...extra };
}

function makeId(entityId: string, metricId: string, year: number, sourceId: string, suffix: string): string {
  return [entityId, metricId, String(year), sourceId, suffix].filter(Boolean).join('-');
}
