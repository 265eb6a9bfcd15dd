import { normalisedBase } from '../print/print-path';

/**
 * Where the presenter view lives: `<base>presenter?channel=<id>`, a window of its own that follows
 * the presentation window on the BroadcastChannel named by `id`. Like the print view, main.tsx
 * checks the path before any router exists, so this module stays tiny and free of React.
 */
const PRESENTER_SEGMENT = 'presenter';

/** True for `<base>presenter` and `<base>presenter/`. */
export function isPresenterPath(pathname: string, base: string): boolean {
  const root = `${normalisedBase(base)}${PRESENTER_SEGMENT}`;
  return pathname === root || pathname === `${root}/`;
}

/** The presenter view that follows the presentation window on channel `channelId`. */
export function presenterHref(base: string, channelId: string): string {
  return `${normalisedBase(base)}${PRESENTER_SEGMENT}?channel=${encodeURIComponent(channelId)}`;
}

/** The channel id in the presenter view's query string, or null when it has none. */
export function presenterChannelIn(search: string): string | null {
  return new URLSearchParams(search).get('channel');
}
