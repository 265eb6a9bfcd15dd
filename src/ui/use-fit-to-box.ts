import { useEffect, useState, type RefObject } from 'react';

/** Below this, shrinking stops: the content then overflows rather than becoming unreadable. */
const MIN_SCALE = 0.5;

/**
 * The largest zoom at which the content of `element` fits its height, found by halving (content
 * reflows as it shrinks: narrower text wraps less and a grid takes more columns, so it is not one
 * ratio); left applied to the element.
 */
function largestFittingZoom(element: HTMLElement): number {
  const fitsAt = (zoom: number) => {
    element.style.zoom = zoom === 1 ? '' : String(zoom);
    return element.scrollHeight <= element.clientHeight + 1;
  };
  if (fitsAt(1)) return 1;
  let low = MIN_SCALE;
  let high = 1;
  for (let step = 0; step < 7; step += 1) {
    const middle = (low + high) / 2;
    if (fitsAt(middle)) low = middle;
    else high = middle;
  }
  const best = Math.floor(low * 100) / 100;
  element.style.zoom = String(best);
  return best;
}

/**
 * The scale (CSS `zoom`, at most 1) at which the content of `box` fits the box's height: a slide
 * whose card holds more than the window (the talent race's seven small charts, a table) shrinks to
 * fit, as a slide program shrinks text on overflow, instead of making the audience watch a scroll.
 * Measured again when the box, its content or the window changes size; 1 while `active` is false.
 */
export function useFitToBox(box: RefObject<HTMLElement | null>, active: boolean): number {
  const [scale, setScale] = useState(1);

  useEffect(() => {
    const element = box.current;
    if (!active || !element || typeof ResizeObserver === 'undefined') return;
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
      setScale(1);
    };
  }, [box, active]);

  return active ? scale : 1;
}
