import type { Fab, Figure } from '../../api/schemas';
import { formatYearSpan } from '../../domain/format';

/** The figures a plant carries (capacity, investment), for status badges and sources. */
export const figuresOf = (fab: Fab): Figure[] => [fab.capacityWpm, fab.investment].filter((f): f is Figure => f !== undefined);

/** The span of years the plants' dates and figures cover: "2006–2024". */
export function fabYears(fabs: readonly Fab[]): string {
  const years = fabs.flatMap((f) => [
    ...[f.announced, f.started, f.ended].filter((d): d is string => d !== undefined).map((d) => Number(d.slice(0, 4))),
    ...figuresOf(f).map((fig) => fig.year),
  ]);
  return formatYearSpan(years);
}
