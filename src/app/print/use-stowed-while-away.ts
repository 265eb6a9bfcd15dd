import { useEffect, type RefObject } from 'react';
import { putBackChildren, writeDownChildren } from './stowed-nodes';
import { afterFrameInTask } from './turns';

/**
 * A stowed page is put back once it is within a window and a half above or below the window (and
 * a window to either side), so a reader scrolling at a normal pace never meets one stowed...
 */
export const PUT_BACK_WITHIN = '150% 100%';
/**
 * ...and a page is stowed only once it is more than three windows away: between the two bands a
 * page stays as it is, so one at the edge is not stowed and rebuilt on every small scroll.
 */
export const STOWED_BEYOND = '300% 100%';

/**
 * What tells that the reader is back on the page after printing: the print preview has closed.
 * Not a scroll event: one came after `page.pdf()` with no reader there.
 */
const READER_INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

type Turn = { run: () => void; putsBack: boolean; sheet: Element };

/**
 * Stowing and putting back, one page per turn (after a frame, in a task of its own): a page put
 * back is a whole section's nodes to style and lay out, and the End key brings several into the
 * band at once. Pages to put back go first, the one nearest the window first.
 */
const turns = (() => {
  const waiting = new Set<Turn>();
  let cancel: (() => void) | null = null;
  const distanceFromWindow = (sheet: Element) => {
    const box = sheet.getBoundingClientRect();
    return box.bottom < 0 ? -box.bottom : Math.max(0, box.top - window.innerHeight);
  };
  const next = () => {
    cancel = null;
    const putBacks = [...waiting].filter((turn) => turn.putsBack);
    const chosen =
      putBacks.length > 0
        ? putBacks.map((turn) => ({ turn, distance: distanceFromWindow(turn.sheet) })).reduce((best, each) => (each.distance < best.distance ? each : best)).turn
        : waiting.values().next().value;
    if (!chosen) return;
    waiting.delete(chosen);
    chosen.run();
    if (waiting.size > 0) cancel = afterFrameInTask(next);
  };
  return {
    add(turn: Turn) {
      waiting.add(turn);
      cancel ??= afterFrameInTask(next);
    },
    remove(turn: Turn) {
      waiting.delete(turn);
      if (waiting.size === 0 && cancel) {
        cancel();
        cancel = null;
      }
    },
  };
})();

/**
 * While a frozen page (`frozen`, see PrintPage) is far from the window, what its frame drew is
 * written down as one string and its nodes let go of (`data-stowed` on the sheet; its heading,
 * footer and size stay). It is put back, node for node, as it comes near, and at once for printing
 * (`beforeprint`, and the print media query for `page.pdf()` and emulation); after printing, far
 * pages are stowed again only once the reader is back (a wheel, key, pointer or touch), since the
 * browser's print preview may lay the page out again while its dialog is open.
 *
 * Why: fifty frozen whole sections kept some 100,000 nodes with their layout. Every major garbage
 * collection marks them all, and its final steps ran inside whatever task was under way when the
 * heap filled: tasks of 216 to 246 ms in about one 50-slide run in seven. Written down, a page is
 * one string (stowed-nodes.ts).
 */
export function useStowedWhileAway(sheetRef: RefObject<HTMLElement | null>, frozen: boolean): void {
  useEffect(() => {
    const sheet = sheetRef.current;
    const frame = sheet?.querySelector('.print-page__frame');
    if (!frozen || !sheet || !frame || typeof IntersectionObserver === 'undefined') return;
    const printing = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    let written: string | null = null;
    let far = false;
    let printedUntilReaderBack = false;

    const stowNow = () => {
      if (written !== null || !far || printedUntilReaderBack || printing?.matches) return;
      // What a reader is on (a focused link, text selected) stays where it is; a caret does not count.
      const selection = document.getSelection();
      if (frame.contains(document.activeElement) || (selection && !selection.isCollapsed && selection.containsNode(frame, true))) return;
      // Written afresh each time: a reader may have opened a definition since the last time.
      written = writeDownChildren(frame);
      frame.replaceChildren();
      sheet.setAttribute('data-stowed', '');
    };
    const putBackNow = () => {
      if (written === null) return;
      putBackChildren(frame, written);
      written = null;
      sheet.removeAttribute('data-stowed');
    };
    const stowTurn: Turn = { run: stowNow, putsBack: false, sheet };
    const putBackTurn: Turn = { run: putBackNow, putsBack: true, sheet };

    const nearObserver = new IntersectionObserver(
      (entries) => {
        if (!entries.at(-1)?.isIntersecting) return;
        turns.remove(stowTurn);
        if (written !== null) turns.add(putBackTurn);
      },
      { rootMargin: PUT_BACK_WITHIN },
    );
    const farObserver = new IntersectionObserver(
      (entries) => {
        const latest = entries.at(-1);
        if (!latest) return;
        far = !latest.isIntersecting;
        if (far) {
          turns.remove(putBackTurn);
          turns.add(stowTurn);
        } else {
          turns.remove(stowTurn);
        }
      },
      { rootMargin: STOWED_BEYOND },
    );
    nearObserver.observe(sheet);
    farObserver.observe(sheet);

    const onReaderBack = () => {
      printedUntilReaderBack = false;
      for (const type of READER_INPUT) window.removeEventListener(type, onReaderBack, true);
      if (far) turns.add(stowTurn);
    };
    const beforePrinting = () => {
      turns.remove(stowTurn);
      turns.remove(putBackTurn);
      putBackNow();
      printedUntilReaderBack = true;
    };
    const afterPrinting = () => {
      for (const type of READER_INPUT) window.addEventListener(type, onReaderBack, { capture: true, passive: true });
    };
    const onPrintMedia = (event: MediaQueryListEvent) => (event.matches ? beforePrinting() : afterPrinting());
    window.addEventListener('beforeprint', beforePrinting);
    window.addEventListener('afterprint', afterPrinting);
    printing?.addEventListener('change', onPrintMedia);
    return () => {
      nearObserver.disconnect();
      farObserver.disconnect();
      turns.remove(stowTurn);
      turns.remove(putBackTurn);
      window.removeEventListener('beforeprint', beforePrinting);
      window.removeEventListener('afterprint', afterPrinting);
      for (const type of READER_INPUT) window.removeEventListener(type, onReaderBack, true);
      printing?.removeEventListener('change', onPrintMedia);
      // Only while the sheet is still shown (a hot reload): a sheet leaving the view goes whole.
      if (sheet.isConnected) putBackNow();
    };
  }, [sheetRef, frozen]);
}
