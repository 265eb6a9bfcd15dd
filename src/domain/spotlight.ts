import type { CityId } from '../api/schemas';

/**
 * The class every chart puts on a city's series (line, bar or mark). Spotlighting is then pure
 * CSS on `html[data-spotlight=...]`: the other cities dim and the spotlighted one thickens,
 * without re-rendering a single chart.
 */
export function seriesClass(city: CityId | string): string {
  return `series-city series-city--${city}`;
}
