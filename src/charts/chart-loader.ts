import { lazy, type ComponentType } from 'react';
import { firstContentShown } from '../ui/first-content';

/**
 * A Recharts chart loaded apart from the card that holds it: the card's title, description and
 * sources paint with the section, and the chart arrives in its own chunk. The download starts as
 * soon as the page's first content is on screen (so it does not compete with it), or when a card
 * first renders the chart, whichever comes first.
 */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () => (loading ??= load());
  // A failed download is reported by the card that renders the chart (its error boundary), not
  // as an unhandled rejection; one more attempt is made when the card renders.
  void firstContentShown.then(() => start().catch(() => undefined));
  return lazy(async () => ({ default: await start().catch(() => load()) }));
}
