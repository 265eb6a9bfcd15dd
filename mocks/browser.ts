import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { setMockLatency } from './latency';
import { handlersForScenarioParam } from './scenarios';

/**
 * Starts the MSW worker that serves the bundled dataset. Resolves once the worker controls the
 * page; rejects when service workers are unavailable (plain http on a non-localhost host).
 */
export async function startMockWorker({ latencyMs }: { latencyMs: number }): Promise<void> {
  if (!('serviceWorker' in navigator)) {
    throw new Error('this browser context has no service workers');
  }
  setMockLatency(latencyMs);
  const scenario = new URLSearchParams(window.location.search).get('_scenario');
  const worker = setupWorker(...handlersForScenarioParam(scenario), ...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
