import type { ComponentType } from 'react';
import { preloadable } from '../ui/preloadable';

/**
 * A Recharts chart loaded apart from the card that holds it: the card's title, description and
 * sources paint with the section, and the chart arrives in its own chunk. The download starts when
 * the section that declares the chart is evaluated, so the code usually arrives before the card's
 * data; once here, the chart renders without suspending (see ui/preloadable.ts). Measured both
 * ways: starting after the first content instead kept skeletons up 0.2-0.3 s longer, for no
 * better Lighthouse figures.
 */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const chart = preloadable(load);
  // A failed download is reported by the card that renders the chart (its error boundary), not
  // as an unhandled rejection; one more attempt is made when the card renders.
  chart.start().catch(() => undefined);
  return chart.Component;
}
