/**
 * Resolves once a page's first content (a section's cards, or the not-found page) has been
 * painted. What the first paint does not need waits for it: the mock API (main.tsx) and the chart
 * code (charts/chart-loader.ts). The card headers then paint before those downloads and their
 * evaluation compete for the network and the main thread, and the largest paint comes before them.
 * Requests wait on `mockReady` meanwhile, so none is lost. It resolves after 2 s whatever happens,
 * so nothing waits on a page that never marks its content.
 */
let resolveShown: () => void = () => undefined;
export const firstContentShown = new Promise<void>((resolve) => {
  resolveShown = resolve;
  setTimeout(resolve, 2000);
});

/** Called once the first content is committed: resolves `firstContentShown` after it paints. */
export function markFirstContentShown() {
  requestAnimationFrame(() => setTimeout(resolveShown, 0));
  setTimeout(resolveShown, 100); // a hidden tab runs no animation frames
}
