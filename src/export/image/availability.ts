/*
 * Whether a card can be drawn as a picture. Small and free of imports: the Export menu loads with
 * every card, while the picture code (read-card, layout, svg-document) loads on the first export.
 */

/** The chart's own SVG in a figure: Recharts' surface, not the small SVG icons of its legend. */
export function chartSurface(figure: Element | null): SVGSVGElement | null {
  if (!figure) return null;
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg.recharts-surface')) {
    if (!svg.closest('.recharts-legend-wrapper, .recharts-tooltip-wrapper')) return svg;
  }
  return null;
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
