import { lazy, type ComponentType } from 'react';

/**
 * A Recharts chart loaded apart from the card that holds it: the card's title, description and
 * sources paint with the section, and the chart arrives in its own chunk. The download starts when
 * the module that declares the chart is evaluated (with its section), not when the card first
 * renders a chart, so the chart's code loads while the card's data does.
 */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const loading = load();
  // A failed download is reported by the card that renders the chart (its error boundary), not as
  // an unhandled rejection; one more attempt is made when the card renders.
  loading.catch(() => undefined);
  return lazy(async () => ({ default: await loading.catch(() => load()) }));
}
