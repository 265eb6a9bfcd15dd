import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * How far beyond the window a card starts drawing: half a window below (and above), so a card is
 * drawn before it scrolls into sight, without drawing the whole page at load.
 */
const DRAW_AHEAD = '50% 0px';

/**
 * Whether the element has come within half a window of the visible area, and so should draw its
 * chart. Once true it stays true. True at once where IntersectionObserver is missing (jsdom, old
 * browsers) or when `eager` (a card shown alone is on screen by definition). Printing draws
 * everything first, since the paper has no scroll position.
 *
 * Why: drawing every Recharts chart of a section at load took one 1.7 s task on a 4x slower CPU,
 * most of it for charts below the fold (see README, Performance). Dashboards such as Grafana defer
 * off-screen panels the same way.
 */
export function useNearViewport(ref: RefObject<Element | null>, eager: boolean): boolean {
  const [near, setNear] = useState(() => eager || typeof IntersectionObserver === 'undefined');
  const drawn = near || eager;

  useEffect(() => {
    const element = ref.current;
    if (drawn || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: DRAW_AHEAD },
    );
    observer.observe(element);
    // The browser lays out the printout right after this event, so draw synchronously.
    const drawForPrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', drawForPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', drawForPrint);
    };
  }, [ref, drawn]);

  return drawn;
}
