import type { CityId, Entity, Observation } from '../../api/schemas';
import { isCityId } from '../../domain/cities';
import { pickPreferred } from '../../domain/series';
import { compareText } from '../../domain/format';

export type UniversityBar = { entityId: string; name: string; cityId: CityId; observation: Observation };

/** The city an entity sits in, walking up its parents; undefined for national or unknown ones. */
export function cityOf(entityId: string, entityById: ReadonlyMap<string, Entity>, depth = 0): CityId | undefined {
  if (isCityId(entityId)) return entityId;
  const parent = entityById.get(entityId)?.parentId;
  return parent && depth < 5 ? cityOf(parent, entityById, depth + 1) : undefined;
}

/**
 * One bar per university of the selected cities: its latest preferred value of `metricId`,
 * largest first. These are university-level figures; the city only says where the university is.
 */
export function toUniversityBars(
  observations: readonly Observation[],
  metricId: string,
  entityById: ReadonlyMap<string, Entity>,
  cities: readonly CityId[],
): UniversityBar[] {
  const latest = new Map<string, Observation>();
  for (const row of pickPreferred(observations)) {
    if (row.metricId !== metricId || row.period !== undefined) continue;
    if (entityById.get(row.entityId)?.kind !== 'university') continue;
    const current = latest.get(row.entityId);
    if (!current || row.year > current.year) latest.set(row.entityId, row);
  }
  const bars: UniversityBar[] = [];
  for (const [entityId, observation] of latest) {
    const cityId = cityOf(entityId, entityById);
    const entity = entityById.get(entityId);
    if (!cityId || !entity || !cities.includes(cityId)) continue;
    bars.push({ entityId, name: `${entity.nameEn} ${entity.nameZh}`, cityId, observation });
  }
  return bars.sort((a, b) => b.observation.value - a.observation.value || compareText(a.name, b.name));
}
