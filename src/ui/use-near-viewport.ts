import { createContext, useContext, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * How far beyond the window a card starts drawing: half a window below (and above), so a card is
 * drawn before it scrolls into sight, without drawing the whole page at load.
 */
const DRAW_AHEAD = '50% 0px';

/** True in the print view: every card there is on paper, so each draws at once. */
export const DrawEveryCard = createContext(false);

/**
 * True in the print view: a drawn chart whose box changes size goes back to holding its box and
 * draws again in a turn of its own (ChartCard, with draw-turns.ts). A printed page laid out wider
 * to fit its sheet resized every chart on it at once, and each redrew at the new size in the same
 * task (with Recharts' follow-up renders, 200 to 300 ms for a whole section). Here rather than in
 * draw-turns.ts: the shell carries this module, so the print view's import of it splits no chunk
 * out of the sections' first loads (draw-turns.ts as a file of its own cost mobile LCP 70 ms).
 */
export const RedrawInTurns = createContext(false);

/**
 * True on a printed page until it has been fitted to its sheet: a chart not shown alone holds its
 * box until then, so it draws once, at the width the page prints at. Drawn first, nine in ten
 * charts of a big deck drew again after the fit changed their width (RedrawInTurns): 378 draws
 * for 202 charts at 50 slides, with the garbage of the first ones. Here for the reason RedrawInTurns is.
 */
export const ChartsWaitForFit = createContext(false);

/** A chart drawn on paper, as it offers itself to be let go of: its figure, and the call that unmounts the chart inside it. */
export type ChartOnPaper = { figure: HTMLElement; letGo: () => void };

/**
 * In the print view, each page's register of its drawn charts (a chart registers while drawn and
 * unregisters when it redraws or goes): a page about to freeze lets go of them one per turn, its
 * charts' nodes kept, before it unmounts the rest (app/print/print-page.tsx). Unmounting a whole
 * section's charts at once was one task of 60 to 150 ms on a quiet machine (Recharts takes every
 * chart's parts out of its store one dispatch at a time), and a garbage collection landing in that
 * task took it past 200 ms. Here for the reason RedrawInTurns is.
 */
export const ChartsOnPaper = createContext<((chart: ChartOnPaper) => () => void) | null>(null);

const drawRequests = new Set<() => void>();

/** Asks every card not drawn yet to draw now (before the app prints itself: see app/print-shortcut.ts). */
export function drawEveryCard(): void {
  for (const draw of drawRequests) draw();
}

/**
 * Whether a card should draw its chart, and whether it is near the window now. `drawn` turns true
 * once the card has come within half a window of the visible area, and stays so; `near` follows the
 * card in and out of that band (see ChartCard: a drawn chart far away redraws for a new view only
 * when it comes near again). Both are true at once where IntersectionObserver is missing (jsdom,
 * old browsers), when `eager` (a card shown alone is on screen by definition) and in the print view.
 * `shown` is false while the card steps aside for another shown alone: its element is gone, and
 * the one that comes back must be observed afresh.
 *
 * Why: drawing every Recharts chart of a section at load took one 1.7 s task on a 4x slower CPU,
 * most of it for charts below the fold (see README, Performance). Dashboards such as Grafana defer
 * off-screen panels the same way, and refresh them for a changed variable only when they are seen.
 */
export function useNearViewport(ref: RefObject<Element | null>, { eager, shown }: { eager: boolean; shown: boolean }): { drawn: boolean; near: boolean } {
  const everyCard = useContext(DrawEveryCard);
  const unobservable = typeof IntersectionObserver === 'undefined';
  const always = unobservable || eager || everyCard;
  const [near, setNear] = useState(unobservable);
  const [everNear, setEverNear] = useState(unobservable);

  useEffect(() => {
    const element = ref.current;
    if (always || !shown || !element) return;
    const draw = () => {
      setNear(true);
      setEverNear(true);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        const latest = entries.at(-1);
        if (!latest) return;
        if (latest.isIntersecting) draw();
        else setNear(false);
      },
      { rootMargin: DRAW_AHEAD },
    );
    observer.observe(element);
    drawRequests.add(draw);
    // The browser's own Print command: draw what can be drawn before it lays out the page. Charts
    // measure their box a frame later, so Ctrl+P goes through drawEveryCard and waits instead.
    const drawForPrint = () => flushSync(draw);
    window.addEventListener('beforeprint', drawForPrint);
    return () => {
      observer.disconnect();
      drawRequests.delete(draw);
      window.removeEventListener('beforeprint', drawForPrint);
    };
  }, [ref, always, shown]);

  return { drawn: always || everNear, near: always || near };
}
