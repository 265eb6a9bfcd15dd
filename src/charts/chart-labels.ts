import { createContext, useContext } from 'react';

/**
 * ARIA attributes naming and describing a chart's drawing. Recharts passes `aria-*` props of a
 * chart (LineChart, BarChart, ...) on to its root `<svg role="application" tabindex="0">`, which a
 * keyboard user tabs onto; without them a screen reader announces it only as "application".
 */
export type ChartLabels = { 'aria-labelledby'?: string; 'aria-describedby'?: string };

/** Given by ChartCard around its chart: the ids of the card's heading and of its description. */
export const ChartLabelsContext = createContext<ChartLabels>({});

/** The card's labels, to spread onto the Recharts chart element: `<BarChart {...useChartLabels()}>`. */
export function useChartLabels(): ChartLabels {
  return useContext(ChartLabelsContext);
}

const joinIds = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/**
 * The card's labels extended by one part's own title and notes, for small multiples: several
 * drawings in one card would otherwise all be announced by the same name.
 */
export function partLabels(card: ChartLabels, part: { labelId: string; descriptionIds?: readonly (string | undefined)[] }): ChartLabels {
  return {
    'aria-labelledby': joinIds(card['aria-labelledby'], part.labelId),
    'aria-describedby': joinIds(card['aria-describedby'], ...(part.descriptionIds ?? [])),
  };
}
