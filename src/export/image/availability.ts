/*
 * Whether a card can be drawn as a picture. Small and free of imports: the Export menu loads with
 * every card, while the picture code (read-card, layout, svg-document) loads on the first export.
 */

/** The charts' own SVGs in a figure: Recharts' surfaces, not the small SVG icons of their legends. */
export function chartSurfaces(figure: Element | null): SVGSVGElement[] {
  if (!figure) return [];
  return [...figure.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].filter((svg) => !svg.closest('.recharts-legend-wrapper, .recharts-tooltip-wrapper'));
}

/** The chart's own SVG in a figure (the first, where there are several). */
export function chartSurface(figure: Element | null): SVGSVGElement | null {
  return chartSurfaces(figure)[0] ?? null;
}

/**
 * True when a card's figure draws several charts (small multiples, each with its own heading in
 * HTML): a slide shows one chart, so it would show one measure without saying which.
 */
export function drawsSeveralCharts(card: HTMLElement | null): boolean {
  return chartSurfaces(card?.querySelector('figure.chart-figure') ?? null).length > 1;
}

export type ImageAvailability = 'ready' | 'table' | 'none';

/**
 * Whether a card can be exported as a picture now: 'ready' when it shows a drawn chart; 'table'
 * when it shows the table view of a chart (switching to charts would allow it); 'none' when it has
 * no drawn chart at all (a table by nature, or a chart made of HTML cards).
 */
export function imageAvailability(card: HTMLElement | null, hasChart?: boolean): ImageAvailability {
  if (!card || hasChart === false) return 'none';
  const figure = card.querySelector('figure.chart-figure');
  if (figure) return chartSurface(figure) ? 'ready' : 'none';
  return card.classList.contains('chart-card--table') ? 'table' : 'none';
}
