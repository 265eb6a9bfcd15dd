/**
 * Every request waits on `mockReady`, so none reaches the static server before the MSW worker
 * controls the page. It resolves at once for a real API (see main.tsx).
 */
export class MockUnavailableError extends Error {
  override readonly name = 'MockUnavailableError';
}

type MockState = { status: 'starting' } | { status: 'ready' } | { status: 'failed'; error: MockUnavailableError };

let state: MockState = { status: 'starting' };
const listeners = new Set<() => void>();
let settle: { resolve: () => void; reject: (error: MockUnavailableError) => void } | undefined;

export const mockReady: Promise<void> = new Promise<void>((resolve, reject) => {
  settle = { resolve, reject };
});
// A rejection nobody awaits yet must not surface as an unhandled rejection.
mockReady.catch(() => undefined);

function setState(next: MockState) {
  state = next;
  for (const listener of listeners) listener();
}

export function markMockReady() {
  settle?.resolve();
  setState({ status: 'ready' });
}

export function markMockFailed(reason: unknown) {
  const detail = reason instanceof Error ? reason.message : String(reason);
  const error = new MockUnavailableError(
    `The built-in demo data could not start: ${detail}. Service workers need https or localhost.`,
  );
  settle?.reject(error);
  setState({ status: 'failed', error });
}

export function getMockState(): MockState {
  return state;
}

export function subscribeMockState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let clearScenario: (() => void) | undefined;

/** main.tsx hands over the mock worker's switch for simulated faults (the app may not import mocks/). */
export function registerMockScenarioClear(clear: () => void) {
  clearScenario = clear;
}

/** Takes the simulated faults of `_scenario` away from the running mock worker; false when there is none. */
export function clearMockScenario(): boolean {
  if (!clearScenario) return false;
  clearScenario();
  return true;
}
