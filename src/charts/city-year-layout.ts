import type { CityId } from '../api/schemas';
import { labelTiers, type ChartAnnotation } from '../domain/annotations';
import { CITY_COLOURS, NEUTRAL_SERIES_COLOUR } from '../domain/palette';
import type { YearRow } from '../domain/series';

/*
 * The pure layout of the city-by-year line chart (x range, badge rows, value-label places), apart
 * from its Recharts component so cards and tests can use it without loading Recharts.
 */

/** The colour of an annotation: its city's, or neutral for national and provincial events. */
export const annotationColour = (annotation: ChartAnnotation) =>
  annotation.city ? CITY_COLOURS[annotation.city] : NEUTRAL_SERIES_COLOUR;

export const BADGE_RADIUS = 12;
export const TIER_HEIGHT = 2 * BADGE_RADIUS + 4;
export const BASE_TOP_MARGIN = 8;

/**
 * The x range, year ticks and badge rows of a chart: the axis covers the data's years and every
 * annotation; badges closer than about a fourteenth of the range get their own row, so numbers
 * never overlap, and the top margin grows by a row for each.
 */
export function cityYearLayout(rows: readonly YearRow[], annotations: readonly ChartAnnotation[] = []) {
  const xs = annotations.map((a) => a.x);
  const years = rows.map((r) => r.year);
  const min = Math.floor(Math.min(...years, ...xs));
  const max = Math.max(...years, ...xs);
  const span = Math.max(1, max - min);
  const step = span > 24 ? 5 : span > 12 ? 2 : 1;
  const ticks: number[] = [];
  for (let year = Math.ceil(min / step) * step; year <= max; year += step) ticks.push(year);
  // A year or two of data would sit on the plot's edges: give it half a year either side.
  const pad = span < 3 ? 0.5 : 0;
  const tiers = labelTiers(xs, (span + 2 * pad) / 14);
  const tierCount = annotations.length > 0 ? Math.max(...tiers) + 1 : 0;
  return {
    domain: [min - pad, max + pad] as [number, number],
    ticks,
    tiers,
    topMargin: BASE_TOP_MARGIN + tierCount * TIER_HEIGHT,
  };
}

/** A value label's place: above its point, or below it when a label above would run into another. */
export type LabelPlacement = 'above' | 'below';

/** Series with at most this many points label every point in presentation mode. */
export const MAX_FULLY_LABELLED_POINTS = 12;

/** A value label's height and its distance from its point, in px; points are kept clear by their radius. */
export const LABEL_HEIGHT = 21;
/** A value label's box: about 1.1 times its font size, never less than LABEL_HEIGHT (19 px text). */
export const labelBoxHeight = (fontSize: number) => Math.max(LABEL_HEIGHT, Math.ceil(fontSize * 1.1));
export const LABEL_GAP = 9;
export const MARK_RADIUS = 7;

/** The years whose value a series labels: all of a short series; of a long one its last point, highest and lowest. */
function labelledYears(rows: readonly YearRow[], city: CityId): Set<number> {
  const points = rows.flatMap((row) => {
    const value = row.values[city]?.value;
    return value === undefined ? [] : [{ year: row.year, value }];
  });
  if (points.length <= MAX_FULLY_LABELLED_POINTS) return new Set(points.map((p) => p.year));
  const byValue = [...points].sort((a, b) => a.value - b.value);
  return new Set([points.at(-1)?.year, byValue[0]?.year, byValue.at(-1)?.year].filter((y): y is number => y !== undefined));
}

/**
 * Which points carry their value in presentation mode (viewers cannot hover), and where the label
 * goes, keyed `city|year`. `toY` maps a value to its pixel height on the plot (down is larger). At
 * each year the labels are placed from the top point down: above the point where that box is
 * clear of the other labels and points, else below it, else left out, so cities with close values
 * never print over each other.
 */
export function valueLabelPlacements(
  rows: readonly YearRow[],
  cities: readonly CityId[],
  toY: (value: number) => number,
  labelHeight = LABEL_HEIGHT,
): Map<string, LabelPlacement> {
  const wanted = new Map(cities.map((city) => [city, labelledYears(rows, city)]));
  const placements = new Map<string, LabelPlacement>();
  for (const row of rows) {
    const points = cities.flatMap((city) => {
      const value = row.values[city]?.value;
      return value === undefined ? [] : [{ city, y: toY(value) }];
    });
    // Every point of the year is taken, labelled or not, so no label covers a mark.
    const taken: [number, number][] = points.map(({ y }) => [y - MARK_RADIUS, y + MARK_RADIUS]);
    const free = ([top, bottom]: [number, number]) => taken.every(([t, b]) => bottom <= t || top >= b);
    for (const { city, y } of [...points].sort((a, b) => a.y - b.y)) {
      if (!wanted.get(city)?.has(row.year)) continue;
      const above: [number, number] = [y - LABEL_GAP - labelHeight, y - LABEL_GAP];
      const below: [number, number] = [y + LABEL_GAP, y + LABEL_GAP + labelHeight];
      if (free(above)) {
        taken.push(above);
        placements.set(`${city}|${row.year}`, 'above');
      } else if (free(below)) {
        taken.push(below);
        placements.set(`${city}|${row.year}`, 'below');
      }
    }
  }
  return placements;
}
