import type { CityId, HubEvent } from '../../api/schemas';
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

/**
 * Points for the timeline: one lane per selected city, then a national lane for events about
 * China or other countries. Events of unselected cities are left out.
 */
export function toEventPoints(events: readonly HubEvent[], cities: readonly CityId[]): { points: EventPoint[]; lanes: EventLane[] } {
  const lanes: EventLane[] = [...CITY_IDS.filter((c) => cities.includes(c)), 'national'];
  const points: EventPoint[] = [];
  for (const event of events) {
    const isCity = (CITY_IDS as readonly string[]).includes(event.entityId);
    const lane: EventLane = isCity ? (event.entityId as CityId) : 'national';
    const laneIndex = lanes.indexOf(lane);
    if (laneIndex === -1) continue;
    points.push({ event, lane, laneIndex, x: dateToDecimalYear(event.date) });
  }
  points.sort((a, b) => a.x - b.x);
  return { points, lanes };
}
