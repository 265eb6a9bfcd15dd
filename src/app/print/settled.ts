/**
 * No skeleton left (data and code loaded), no chart still holding its box for its turn to draw
 * (ui/draw-turns.ts), a card or a message shown, and every chart drawn at the size of its box (a
 * chart still catching up with a new page layout is not ready).
 */
export function isSettled(root: HTMLElement): boolean {
  if (root.querySelector('.skeleton, .chart-card__undrawn')) return false;
  if (!root.querySelector('.chart-card, .panel-message')) return false;
  // Without ResizeObserver (jsdom) Recharts never measures, so no chart could ever be drawn.
  if (typeof ResizeObserver !== 'undefined') {
    for (const container of root.querySelectorAll<HTMLElement>('.recharts-responsive-container')) {
      const surface = container.querySelector('.recharts-wrapper > svg');
      if (!surface) return false;
      const width = Number(surface.getAttribute('width'));
      const height = Number(surface.getAttribute('height'));
      if (Math.abs(width - container.clientWidth) > 1 || Math.abs(height - container.clientHeight) > 1) return false;
    }
  }
  return true;
}
