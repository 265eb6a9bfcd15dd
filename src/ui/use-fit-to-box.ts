import { useEffect, type RefObject } from 'react';

/** Below this, shrinking stops: the content then overflows rather than becoming unreadable. */
const MIN_SCALE = 0.5;

/**
 * A grid inside the box that lets the fit choose its column count: it carries this attribute, and
 * its CSS reads `--fit-columns` while the box has `data-fit-columns` (talent.css, chips.css).
 */
export const FIT_GRID_ATTRIBUTE = 'data-fit-grid';

/**
 * The column counts worth trying for a grid of `items` cells: the fewest columns for each number of
 * rows (8 cells: 1, 2, 3, 4 and 8), since more columns for the same rows only narrow the cells.
 */
export function columnCandidates(items: number): number[] {
  const counts = new Set<number>();
  for (let rows = items; rows >= 1; rows -= 1) counts.add(Math.ceil(items / rows));
  return [...counts].sort((a, b) => a - b);
}

/** How the box's content is laid out: its grid's own columns (null) or the ones the fit chose. */
type Columns = number | null;

function setColumns(element: HTMLElement, columns: Columns) {
  if (columns === null) {
    delete element.dataset.fitColumns;
    element.style.removeProperty('--fit-columns');
  } else {
    element.dataset.fitColumns = String(columns);
    element.style.setProperty('--fit-columns', String(columns));
  }
}

/** Whether the content fits the box: no taller than it, and no grid cell pushed past its grid's edge. */
function contentFits(element: HTMLElement): boolean {
  if (element.scrollHeight > element.clientHeight + 1) return false;
  for (const grid of element.querySelectorAll(`[${FIT_GRID_ATTRIBUTE}]`)) {
    const right = grid.getBoundingClientRect().right;
    for (const cell of grid.children) if (cell.getBoundingClientRect().right > right + 1) return false;
  }
  return true;
}

/**
 * The largest zoom, and for a grid that allows it the column count, at which the content of
 * `element` fits its height; left applied to the element. Content reflows as it shrinks (narrower
 * text wraps less, an auto-fill grid takes more columns), so the fit is not one ratio: for each
 * column count it is found by halving, and the count giving the largest zoom wins. With the grid's
 * own columns alone, a shrinking grid jumped from three columns to four and left half the slide
 * empty (the talent race at 1280x720), or never reached the count that fitted.
 */
function largestFittingZoom(element: HTMLElement): number {
  const fitsAt = (columns: Columns, zoom: number) => {
    setColumns(element, columns);
    element.style.zoom = zoom === 1 ? '' : String(zoom);
    return contentFits(element);
  };
  if (fitsAt(null, 1)) return 1;
  const grid = element.querySelector(`[${FIT_GRID_ATTRIBUTE}]`);
  const layouts: Columns[] = [null, ...(grid ? columnCandidates(grid.children.length) : [])];
  let best: { columns: Columns; zoom: number } | null = null;
  for (const columns of layouts) {
    // A layout that cannot beat the best so far is not searched.
    const floor: number = best ? best.zoom + 0.01 : MIN_SCALE;
    if (floor > 1 || !fitsAt(columns, floor)) continue;
    let low: number = floor;
    let high = 1;
    for (let step = 0; step < 7; step += 1) {
      const middle = (low + high) / 2;
      if (fitsAt(columns, middle)) low = middle;
      else high = middle;
    }
    best = { columns, zoom: Math.floor(low * 100) / 100 };
  }
  // Nothing fits at half size: the grid's own layout at half size, which then scrolls in the card.
  const chosen = best ?? { columns: null, zoom: MIN_SCALE };
  fitsAt(chosen.columns, chosen.zoom);
  return chosen.zoom;
}

/**
 * The scale (CSS `zoom`, at most 1) at which the content of `box` fits the box's height: a slide
 * whose card holds more than the window (the talent race's eight small charts, a table) shrinks to
 * fit, as a slide program shrinks text on overflow, instead of making the audience watch a scroll.
 * Measured again when the box, its content or the window changes size; 1 while `active` is false.
 */
export function useFitToBox(box: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const element = box.current;
    if (!active || !element || typeof ResizeObserver === 'undefined') return;
    // Set on the element itself: this module loads only for a slide, apart from the card's render.
    const setScale = (scale: number) => {
      element.style.zoom = scale < 1 ? String(scale) : '';
    };
    const fit = () => setScale(largestFittingZoom(element));
    const refit = () => requestAnimationFrame(fit);
    const observer = new ResizeObserver(fit);
    const observeChildren = () => {
      for (const child of element.children) observer.observe(child);
    };
    observer.observe(element);
    observeChildren();
    // The content is replaced and filled in as it loads (skeleton, figure, charts), inside a figure
    // whose own size is fixed: so any change below is a cue to look again. Looking is one read of
    // two heights; the search runs only when they changed, not for a tooltip following the pointer.
    let pending = 0;
    let measured = '';
    const mutations = new MutationObserver(() => {
      observeChildren();
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        const now = `${element.scrollHeight}/${element.clientHeight}`;
        if (now === measured) return;
        fit();
        measured = `${element.scrollHeight}/${element.clientHeight}`;
      });
    });
    mutations.observe(element, { childList: true, subtree: true });
    window.addEventListener('resize', refit);
    fit();
    return () => {
      observer.disconnect();
      mutations.disconnect();
      cancelAnimationFrame(pending);
      window.removeEventListener('resize', refit);
      setColumns(element, null);
      setScale(1);
    };
  }, [box, active]);
}

/** The fit as a component, so a card loads it (lazily) only when it is shown alone on a slide. */
export function FitToBox({ box }: { box: RefObject<HTMLElement | null> }): null {
  useFitToBox(box, true);
  return null;
}
