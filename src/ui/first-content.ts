import { useSyncExternalStore } from 'react';

/**
 * Resolves once a page's first content (a section's cards, or the not-found page) has been
 * committed, so main.tsx can evaluate the mock API after it: the card headers then paint before
 * MSW and the dataset take the main thread (the module itself is already fetched, preloaded by
 * index.html). Requests wait on `mockReady` meanwhile, so none is lost.
 */
let resolveShown: () => void = () => undefined;
export const firstContentShown = new Promise<void>((resolve) => {
  resolveShown = resolve;
});

export function markFirstContentShown() {
  resolveShown();
}

let shown = false;
const listeners = new Set<() => void>();
void firstContentShown.then(() => {
  shown = true;
  for (const listener of listeners) listener();
});

/** True once the page's first content is on screen: tools that can wait render after it. */
export function useFirstContentShown(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => shown,
  );
}
