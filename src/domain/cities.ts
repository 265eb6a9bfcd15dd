import type { CityId } from '../api/schemas';
import { CITY_IDS } from '../api/vocabulary';

/**
 * The three hubs' names, so the shell can paint its city picker before any data arrives.
 * A test checks they agree with the entities the API serves.
 */
export const CITY_NAMES: Record<CityId, { en: string; zh: string }> = {
  wuhan: { en: 'Wuhan', zh: '武汉' },
  xian: { en: "Xi'an", zh: '西安' },
  chengdu: { en: 'Chengdu', zh: '成都' },
};

export function cityLabel(id: CityId): string {
  return `${CITY_NAMES[id].en} ${CITY_NAMES[id].zh}`;
}

export function isCityId(id: string): id is CityId {
  return (CITY_IDS as readonly string[]).includes(id);
}

/** "Wuhan University 武汉大学": an entity's English and Chinese names, or its id when it is unknown. */
export function entityLabel(entityId: string, entityById: ReadonlyMap<string, { nameEn: string; nameZh: string }>): string {
  const entity = entityById.get(entityId);
  return entity ? `${entity.nameEn} ${entity.nameZh}` : entityId;
}
