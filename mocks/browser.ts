import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { MOCK_WORKER_URL } from './install-worker';
import { setMockLatency } from './latency';
import { handlersForScenarioParam } from './scenarios';

const START_TIMEOUT_MS = 15_000;

/**
 * MSW's start() calls `registration.update()` on a worker already registered and drops the
 * promise; after a quick reload the update can fail ("Failed to update a ServiceWorker ... Not
 * found") and the page logs an unhandled rejection although mocking works. While start() runs,
 * each update's rejection is caught here (the promise itself is returned unchanged).
 */
export function catchRegistrationUpdates(): () => void {
  const prototype = globalThis.ServiceWorkerRegistration?.prototype;
  if (!prototype) return () => undefined;
  const update = prototype.update;
  prototype.update = function catchingUpdate(this: ServiceWorkerRegistration) {
    const updating = update.call(this);
    updating.catch(() => undefined);
    return updating;
  };
  return () => {
    prototype.update = update;
  };
}

/**
 * Starts the MSW worker that serves the bundled dataset. Resolves once the worker controls the
 * page; rejects when service workers are unavailable (plain http on a non-localhost host).
 */
export async function startMockWorker({ latencyMs, installed }: { latencyMs: number; installed: Promise<void> }): Promise<{ clearScenario(): void }> {
  if (!('serviceWorker' in navigator)) {
    throw new Error('this browser context has no service workers');
  }
  setMockLatency(latencyMs);
  const scenario = new URLSearchParams(window.location.search).get('_scenario');
  const worker = setupWorker(...handlers);
  // Runtime handlers, ahead of the dataset's, so resetHandlers() takes the simulated faults away again.
  const faults = handlersForScenarioParam(scenario);
  if (faults.length > 0) worker.use(...faults);
  const started = installed.then(async () => {
    const restore = catchRegistrationUpdates();
    try {
      return await worker.start({
        serviceWorker: { url: MOCK_WORKER_URL },
        onUnhandledRequest: 'bypass',
        quiet: true,
      });
    } finally {
      restore();
    }
  });
  // A registration that never settles must end in a message, not in endless loading skeletons.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the service worker did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
  });
  try {
    await Promise.race([started, timeout]);
  } finally {
    clearTimeout(timer);
  }
  return { clearScenario: () => worker.resetHandlers() };
}
