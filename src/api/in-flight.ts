/*
 * The requests under way, so the page can say within seconds that the data service is slow
 * (SLOW_AFTER_MS) and offer to try again or stop waiting, per resource rather than per card.
 * getJson registers each attempt; nothing here knows React.
 */

/** After this long a request is "slow": the page says so, with Retry and Cancel. */
export const SLOW_AFTER_MS = 8_000;

export type InFlightRequest = {
  id: number;
  /** The resource in words ("observations"). */
  resource: string;
  /** The API path, which is also the root of its query keys ('observations'). */
  endpoint: string;
  startedAt: number;
  /** Stops waiting: the request ends as a cancelled ApiError. */
  cancel(): void;
};

const requests = new Map<number, InFlightRequest>();
const listeners = new Set<() => void>();
let nextId = 1;
let snapshot: readonly InFlightRequest[] = [];

function emit() {
  snapshot = [...requests.values()];
  for (const listener of listeners) listener();
}

/** Registers a request; call the returned function when it ends, however it ends. */
export function trackRequest(resource: string, endpoint: string, cancel: () => void): () => void {
  const id = nextId++;
  requests.set(id, { id, resource, endpoint, startedAt: Date.now(), cancel });
  emit();
  return () => {
    if (requests.delete(id)) emit();
  };
}

export function getInFlightRequests(): readonly InFlightRequest[] {
  return snapshot;
}

export function subscribeInFlight(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Stops waiting for every request to these endpoints. */
export function cancelRequests(endpoints: readonly string[]) {
  for (const request of [...requests.values()]) if (endpoints.includes(request.endpoint)) request.cancel();
}
