import type { CityId, Entity, HubEvent } from '../api/schemas';
import { CITY_IDS } from '../api/vocabulary';
import { isCityId } from './cities';
import type { YearRow } from './series';

/** Decimal year of a partial date (`2020`, `2020-07`, `2020-07-30`), mid-period when only the year or month is known. */
export function dateToDecimalYear(date: string): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return year + 0.5;
  if (day === undefined) return year + (month - 0.5) / 12;
  return year + (month - 1 + (day - 0.5) / 31) / 12;
}

/** The calendar year of a partial date. */
export function dateYear(date: string): number {
  return Number(date.slice(0, 4));
}

/** The city an entity belongs to (itself, or through its parents: a zone, company or university), if any. */
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

export type ChartAnnotation = {
  /** 1-based, in date order: the number on the chart and in its key. */
  number: number;
  event: HubEvent;
  /** The city the event is about; undefined for national and provincial events. */
  city: CityId | undefined;
  isSeriesBreak: boolean;
  /** Where the vertical line goes, in decimal years. */
  x: number;
};

export type ChartAnnotationQuery = {
  metricId: string;
  cities: readonly CityId[];
  /** First and last year shown, inclusive. */
  from: number;
  to: number;
  entityById: ReadonlyMap<string, Entity>;
};

/**
 * The events that annotate one metric's time-series chart: those naming the metric in
 * `metricIds`, about a selected city (or a zone, company or university in it) or national and
 * provincial ones, dated within the shown years. An event about a place the entity list does not
 * know is left out rather than passed off as national.
 *
 * Other events sit at their date. A series break ("totals from 2017 include ...") sits between
 * the last value on the old boundary and the first on the new one (x = year - 0.5), so it crosses
 * the very segment it breaks; it is kept only when a year before the break is shown too, since
 * otherwise every shown value is on the same boundary and nothing is broken.
 */
export function toChartAnnotations(events: readonly HubEvent[], query: ChartAnnotationQuery): ChartAnnotation[] {
  const { metricId, cities, from, to, entityById } = query;
  const kept: Omit<ChartAnnotation, 'number'>[] = [];
  for (const event of events) {
    if (!event.metricIds.includes(metricId)) continue;
    if (!isCityId(event.entityId) && !entityById.has(event.entityId)) continue;
    const city = cityOfEntity(event.entityId, entityById);
    if (city !== undefined && !cities.includes(city)) continue;
    const year = dateYear(event.date);
    const isSeriesBreak = event.kind === 'seriesBreak';
    if (isSeriesBreak ? !(year > from && year <= to) : !(year >= from && year <= to)) continue;
    kept.push({ event, city, isSeriesBreak, x: isSeriesBreak ? year - 0.5 : dateToDecimalYear(event.date) });
  }
  const cityOrder = (city: CityId | undefined) => (city === undefined ? CITY_IDS.length : CITY_IDS.indexOf(city));
  kept.sort((a, b) => a.x - b.x || cityOrder(a.city) - cityOrder(b.city) || a.event.id.localeCompare(b.event.id));
  return kept.map((annotation, index) => ({ ...annotation, number: index + 1 }));
}

export type AnnotationsByDataYears = {
  /** Drawn on the chart: dated within the first to the last year with a value, numbered afresh in date order. */
  drawn: ChartAnnotation[];
  /** Dated before the first year with a value, or after the last: named in the card's notes, not drawn. */
  before: ChartAnnotation[];
  after: ChartAnnotation[];
  /** The first and last year with a value; undefined without rows. */
  firstYear: number | undefined;
  lastYear: number | undefined;
};

/**
 * Splits a chart's annotations by the years its data covers. An event outside them would stretch
 * the axis into years without a value (a series with one year, 2018, drawn across 2018-2023 to
 * reach its events), so it is listed in the notes instead. A series break outside them is dropped:
 * every value shown is on one side of it, so nothing shown is broken.
 */
export function annotationsWithinData(annotations: readonly ChartAnnotation[], rows: readonly YearRow[]): AnnotationsByDataYears {
  const years = rows.filter((row) => Object.keys(row.values).length > 0).map((row) => row.year);
  if (years.length === 0) return { drawn: [], before: [], after: [], firstYear: undefined, lastYear: undefined };
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const drawn: ChartAnnotation[] = [];
  const before: ChartAnnotation[] = [];
  const after: ChartAnnotation[] = [];
  for (const annotation of annotations) {
    const year = dateYear(annotation.event.date);
    if (annotation.isSeriesBreak) {
      if (year > firstYear && year <= lastYear) drawn.push(annotation);
    } else if (year < firstYear) before.push(annotation);
    else if (year > lastYear) after.push(annotation);
    else drawn.push(annotation);
  }
  return { drawn: drawn.map((annotation, index) => ({ ...annotation, number: index + 1 })), before, after, firstYear, lastYear };
}

/**
 * The notes naming the events a chart does not draw: "2 events after 2018 not drawn, the last year
 * with a value: Wuhan 武汉, 2020-05: …; China 中国, 2021: …." `place` names an event's place.
 */
export function eventsNotDrawnNotes(split: AnnotationsByDataYears, place: (annotation: ChartAnnotation) => string): string[] {
  const list = (annotations: readonly ChartAnnotation[]) => annotations.map((a) => `${place(a)}, ${a.event.date}: ${a.event.title}`).join('; ');
  const count = (n: number) => `${n} event${n === 1 ? '' : 's'}`;
  return [
    ...(split.before.length > 0 ? [`${count(split.before.length)} before ${split.firstYear} not drawn, the first year with a value: ${list(split.before)}.`] : []),
    ...(split.after.length > 0 ? [`${count(split.after.length)} after ${split.lastYear} not drawn, the last year with a value: ${list(split.after)}.`] : []),
  ];
}

/**
 * A label row for each position so that labels closer than `minGap` (in x units) never share a
 * row: each takes the lowest row whose last label is far enough to its left. Positions need not
 * be sorted; the result follows the input order.
 */
export function labelTiers(xs: readonly number[], minGap: number): number[] {
  const order = xs.map((x, index) => ({ x, index })).sort((a, b) => a.x - b.x);
  const lastInTier: number[] = [];
  const tiers = new Array<number>(xs.length).fill(0);
  for (const { x, index } of order) {
    let tier = lastInTier.findIndex((last) => x - last >= minGap);
    if (tier === -1) tier = lastInTier.length;
    lastInTier[tier] = x;
    tiers[index] = tier;
  }
  return tiers;
}

export type BreakMark = { number: number; city: CityId; x: number; y: number };

/**
 * Where each city series break crosses its city's line: on the segment between the rows either
 * side of the break, when the city has a value in both (otherwise the line already has a gap
 * there and only the vertical line marks the break).
 */
export function breakMarks(annotations: readonly ChartAnnotation[], rows: readonly YearRow[]): BreakMark[] {
  const marks: BreakMark[] = [];
  for (const annotation of annotations) {
    const { city, x } = annotation;
    if (!annotation.isSeriesBreak || city === undefined) continue;
    const after = rows.findIndex((row) => row.year > x);
    const before = after > 0 ? rows[after - 1] : undefined;
    const next = after >= 0 ? rows[after] : undefined;
    const y0 = before?.values[city]?.value;
    const y1 = next?.values[city]?.value;
    if (!before || !next || y0 === undefined || y1 === undefined) continue;
    const t = (x - before.year) / (next.year - before.year);
    marks.push({ number: annotation.number, city, x, y: y0 + (y1 - y0) * t });
  }
  return marks;
}
