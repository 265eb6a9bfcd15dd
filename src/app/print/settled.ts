/**
 * How far a page's content has got:
 * - 'loading': a skeleton is left (data or code loading), no card or message is shown yet, or a
 *   chart drawn is not yet drawn at the size of its box (still catching up with a new layout);
 * - 'charts-to-draw': everything else is there, but charts still hold their boxes for their turn to
 *   draw (ui/draw-turns.ts), or for the page's fit (ChartsWaitForFit in ui/use-near-viewport.ts);
 * - 'settled': every card shows its content.
 */
export type PageProgress = 'loading' | 'charts-to-draw' | 'settled';

export function pageProgress(root: HTMLElement): PageProgress {
  if (root.querySelector('.skeleton')) return 'loading';
  if (!root.querySelector('.chart-card, .panel-message')) return 'loading';
  // Without ResizeObserver (jsdom) Recharts never measures, so no chart could ever be drawn.
  if (typeof ResizeObserver !== 'undefined') {
    for (const container of root.querySelectorAll<HTMLElement>('.recharts-responsive-container')) {
      const surface = container.querySelector('.recharts-wrapper > svg');
      if (!surface) return 'loading';
      const width = Number(surface.getAttribute('width'));
      const height = Number(surface.getAttribute('height'));
      if (Math.abs(width - container.clientWidth) > 1 || Math.abs(height - container.clientHeight) > 1) return 'loading';
    }
  }
  return root.querySelector('.chart-card__undrawn') ? 'charts-to-draw' : 'settled';
}

/**
 * Nothing loading and no chart holding its box: the part of isSettled that reads no layout, for
 * looking again at a page already found settled without forcing a layout of it.
 */
export function nothingPending(root: HTMLElement): boolean {
  return root.querySelector('.skeleton, .chart-card__undrawn') === null;
}

/** Every card shows its content: no skeleton, no chart holding its box, every chart drawn at the size of its box. */
export function isSettled(root: HTMLElement): boolean {
  return pageProgress(root) === 'settled';
}
