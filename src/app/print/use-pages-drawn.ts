import { useEffect, useState } from 'react';
import { afterFrameInTask } from './turns';

/**
 * How many pages may be drawing (mounted, not ready yet) at once. Two, so the next page's data
 * and section code load while the one before draws its charts; more only adds tasks that compete
 * for the same frames (charts draw one per frame across the view: ui/draw-turns.ts).
 */
export const PAGES_AT_ONCE = 2;

/**
 * How many of `total` pages are drawn, in order: the first at once, then one more page per turn,
 * each turn after a frame and a task of its own (so the browser paints and handles input between
 * pages), as long as fewer than `atOnce` pages past the `leadingReady` first ones are still drawing.
 * The count never goes down: a page drawn stays drawn (it is what prints), even if it goes back to
 * preparing (a Retry).
 *
 * Why: the print view mounted every page at once. Fifty whole-section slides put some four hundred
 * charts and their layout trials (useFitScale) into the same few tasks: the tab froze for 27 s at a
 * stretch and took 95 s to be ready.
 */
export function usePagesDrawn(total: number, leadingReady: number, atOnce: number = PAGES_AT_ONCE): number {
  const [drawn, setDrawn] = useState(() => Math.min(total, 1));
  const wanted = Math.min(total, leadingReady + atOnce);
  useEffect(() => {
    if (drawn >= wanted) return;
    return afterFrameInTask(() => setDrawn((count) => Math.max(count, Math.min(total, count + 1))));
  }, [drawn, wanted, total]);
  return Math.min(drawn, total);
}
