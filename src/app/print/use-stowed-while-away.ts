import { useEffect, type RefObject } from 'react';
import { putBackChildren, writeDownChildren } from './stowed-nodes';
import { afterFrameInTask } from './turns';

/**
 * How near the window a frozen page keeps its nodes: within a window and a half above or below it
 * (and a window to either side), so a reader scrolling at a normal pace never meets a stowed page.
 */
export const KEPT_NEAR_WINDOW = '150% 100%';

/**
 * While a frozen page (`frozen`, see PrintPage) is far from the window, what its frame drew is
 * written down as one string and its nodes let go of (`data-stowed` on the sheet); it is put back,
 * node for node, as the page comes near, and for printing (every page, before the browser lays them
 * out for paper; put away again after, each in a turn of its own).
 *
 * Why: fifty frozen whole sections kept some 100,000 nodes with their layout. Every major garbage
 * collection marks them all, and its final steps ran inside whatever task was under way when the
 * heap filled: tasks of 216 to 246 ms in one 50-slide run in seven. Written down, a page is one
 * string (stowed-nodes.ts).
 */
export function useStowedWhileAway(sheetRef: RefObject<HTMLElement | null>, frozen: boolean): void {
  useEffect(() => {
    const sheet = sheetRef.current;
    const frame = sheet?.querySelector('.print-page__frame');
    if (!frozen || !sheet || !frame || typeof IntersectionObserver === 'undefined') return;
    const printing = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    let written: string | null = null;
    let near = true;
    let cancelTurn: () => void = () => undefined;
    const stow = () => {
      if (sheet.hasAttribute('data-stowed') || printing?.matches) return;
      // Written once: a frozen page never changes.
      written ??= writeDownChildren(frame);
      frame.replaceChildren();
      sheet.setAttribute('data-stowed', '');
    };
    const putBack = () => {
      cancelTurn();
      if (written === null || !sheet.hasAttribute('data-stowed')) return;
      putBackChildren(frame, written);
      sheet.removeAttribute('data-stowed');
    };
    const afterPrinting = () => {
      cancelTurn();
      if (!near) cancelTurn = afterFrameInTask(stow);
    };
    const onPrintMedia = (event: MediaQueryListEvent) => (event.matches ? putBack() : afterPrinting());
    const observer = new IntersectionObserver(
      (entries) => {
        const latest = entries.at(-1);
        if (!latest) return;
        near = latest.isIntersecting;
        if (near) putBack();
        else stow();
      },
      { rootMargin: KEPT_NEAR_WINDOW },
    );
    observer.observe(sheet);
    window.addEventListener('beforeprint', putBack);
    window.addEventListener('afterprint', afterPrinting);
    printing?.addEventListener('change', onPrintMedia);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', putBack);
      window.removeEventListener('afterprint', afterPrinting);
      printing?.removeEventListener('change', onPrintMedia);
      putBack();
    };
  }, [sheetRef, frozen]);
}
