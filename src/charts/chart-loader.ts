import type { ComponentType } from 'react';
import { firstContentShown } from '../ui/first-content';
import { holdTurnsFor } from '../ui/draw-turns';
import { preloadable } from '../ui/preloadable';

/**
 * A Recharts chart loaded apart from the card that holds it: the card's title, description and
 * sources paint with the section, and the chart arrives in its own chunk. The download starts when
 * the section that declares the chart is evaluated, but not before the first content has painted
 * (ui/first-content.ts): the cards' text is the page's largest paint, and Recharts (about 100 KB)
 * no longer competes with it. Once here, the chart renders without suspending (see
 * ui/preloadable.ts).
 */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const chart = preloadable(() => firstContentShown.then(load));
  // A failed download is reported by the card that renders the chart (its error boundary), not
  // as an unhandled rejection; one more attempt is made when the card renders. Charts take their
  // turns to draw once the code is here (ui/draw-turns.ts).
  const download = chart.start();
  download.catch(() => undefined);
  holdTurnsFor(download);
  return chart.Component;
}
