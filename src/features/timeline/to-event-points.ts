import type { CityId, Entity, EventKind, HubEvent } from '../../api/schemas';
import { CITY_IDS, EVENT_KINDS } from '../../api/vocabulary';
import { cityOfEntity, dateToDecimalYear, labelTiers } from '../../domain/annotations';

export type EventLane = CityId | 'national';
export type EventPoint = {
  event: HubEvent;
  lane: EventLane;
  laneIndex: number;
  /** Decimal year. */
  x: number;
  /** Vertical position: the lane, nudged up or down when marks in the lane would overlap. */
  y: number;
};

export type EventPoints = {
  points: EventPoint[];
  lanes: EventLane[];
  /** Events of each category in the selected lanes, before the category filter. */
  counts: Record<EventKind, number>;
};

/** Offsets within a lane for marks that would touch: centre, then above, below, further above... */
const STACK_OFFSETS = [0, -0.22, 0.22, -0.44, 0.44];
/** Marks closer than this share of the time span are stacked (about 20 px on a 1,000 px axis). */
const STACK_GAP_SHARE = 1 / 50;

/**
 * Points for the timeline: one lane per selected city (events about a zone, company or university
 * go to the city it sits in), then a lane for national and provincial events. Events of
 * unselected cities are left out, and so are categories not in `kinds` (empty means all).
 * Marks in a lane that would overlap are stacked within the lane.
 */
export function toEventPoints(
  events: readonly HubEvent[],
  cities: readonly CityId[],
  entityById: ReadonlyMap<string, Entity>,
  kinds: readonly EventKind[] = [],
): EventPoints {
  const lanes: EventLane[] = [...CITY_IDS.filter((c) => cities.includes(c)), 'national'];
  const counts = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
  const points: EventPoint[] = [];
  for (const event of events) {
    const lane: EventLane = cityOfEntity(event.entityId, entityById) ?? 'national';
    const laneIndex = lanes.indexOf(lane);
    if (laneIndex === -1) continue;
    counts[event.kind] += 1;
    if (kinds.length > 0 && !kinds.includes(event.kind)) continue;
    points.push({ event, lane, laneIndex, x: dateToDecimalYear(event.date), y: laneIndex });
  }
  points.sort((a, b) => a.x - b.x || a.event.id.localeCompare(b.event.id));

  const xs = points.map((p) => p.x);
  const gap = (Math.max(...xs) - Math.min(...xs) || 1) * STACK_GAP_SHARE;
  for (const lane of lanes) {
    const inLane = points.filter((p) => p.lane === lane);
    const tiers = labelTiers(inLane.map((p) => p.x), gap);
    inLane.forEach((point, i) => {
      const tier = tiers[i] ?? 0;
      point.y = point.laneIndex + (STACK_OFFSETS[tier % STACK_OFFSETS.length] ?? 0);
    });
  }
  return { points, lanes, counts };
}

/** The year axis of the timeline: a year either side of the events, ticks on round years. */
export function timelineAxis(xs: readonly number[]): { domain: [number, number]; ticks: number[] } {
  if (xs.length === 0) return { domain: [0, 1], ticks: [] };
  const min = Math.floor(Math.min(...xs)) - 1;
  const max = Math.ceil(Math.max(...xs)) + 1;
  const span = max - min;
  const step = span > 30 ? 5 : span > 12 ? 2 : 1;
  const ticks: number[] = [];
  for (let year = Math.ceil(min / step) * step; year <= max; year += step) ticks.push(year);
  return { domain: [min, max], ticks };
}
