import type { CityId, Entity, HubEvent } from '../../api/schemas';
import { CITY_IDS } from '../../api/schemas';

export type EventLane = CityId | 'national';
export type EventPoint = { event: HubEvent; lane: EventLane; laneIndex: number; x: number };

/** Decimal year of a partial date, mid-period when only the year or month is known. */
export function dateToDecimalYear(date: string): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return year + 0.5;
  if (day === undefined) return year + (month - 0.5) / 12;
  return year + (month - 1 + (day - 0.5) / 31) / 12;
}

/** The city an entity belongs to (itself, or through its parents), if any. */
export function cityOfEntity(entityId: string, entityById: ReadonlyMap<string, Entity>): CityId | undefined {
  const seen = new Set<string>();
  let current: string | null | undefined = entityId;
  while (current && !seen.has(current)) {
    if ((CITY_IDS as readonly string[]).includes(current)) return current as CityId;
    seen.add(current);
    current = entityById.get(current)?.parentId;
  }
  return undefined;
}

/**
 * Points for the timeline: one lane per selected city (events about a zone, company or university
 * go to the city it sits in), then a lane for national and provincial events. Events of
 * unselected cities are left out.
 */
export function toEventPoints(
  events: readonly HubEvent[],
  cities: readonly CityId[],
  entityById: ReadonlyMap<string, Entity>,
): { points: EventPoint[]; lanes: EventLane[] } {
  const lanes: EventLane[] = [...CITY_IDS.filter((c) => cities.includes(c)), 'national'];
  const points: EventPoint[] = [];
  for (const event of events) {
    const lane: EventLane = cityOfEntity(event.entityId, entityById) ?? 'national';
    const laneIndex = lanes.indexOf(lane);
    if (laneIndex === -1) continue;
    points.push({ event, lane, laneIndex, x: dateToDecimalYear(event.date) });
  }
  points.sort((a, b) => a.x - b.x);
  return { points, lanes };
}
