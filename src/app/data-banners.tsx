import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError } from '../api/errors';
import { ErrorText } from '../ui/error-text';
import { getInFlightRequests, SLOW_AFTER_MS, subscribeInFlight } from '../api/in-flight';
import { getMockState, subscribeMockState } from '../api/mock-ready';
import { retryFailedResource } from '../api/retry-resource';
import { useReferenceData } from '../api/resources';

/** The demo data worker could not start: say so instead of showing empty charts. */
export function MockUnavailableBanner() {
  const state = useSyncExternalStore(subscribeMockState, getMockState);
  if (state.status !== 'failed') return null;
  return (
    <div className="banner banner--error" role="alert">
      <p>
        <strong>Hubscope’s built-in data could not start.</strong> {state.error.message} Open the app over https or from
        localhost, or build it with <code>VITE_API_BASE_URL</code> pointing at a real API.
      </p>
    </div>
  );
}

/** One page-level message for the resources every panel needs, with one Retry. */
export function ReferenceDataBanner() {
  const { queries } = useReferenceData();
  const client = useQueryClient();
  // When the mock worker itself failed, its own banner says so; repeating it here adds nothing.
  const failed = queries.filter((q) => q.isError && !(q.error instanceof ApiError && q.error.kind === 'unavailable'));
  if (failed.length === 0) return null;
  return (
    <div className="banner banner--error" role="alert">
      <p>
        <strong>Some reference data did not load</strong>, so names, units or sources may be missing:{' '}
        {failed.map((q, index) => (
          <span key={index}>
            {index > 0 ? ' ' : null}
            <ErrorText error={q.error} />
          </span>
        ))}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          for (const q of failed) {
            void q.refetch();
            retryFailedResource(client, q.error);
          }
        }}
      >
        Retry
      </button>
    </div>
  );
}

/** Going offline is said once; queries pause and refetch by themselves when the connection returns. */
export function OfflineBanner() {
  const online = useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
  );
  if (online) return null;
  return (
    <div className="banner" role="status" aria-label="Connection">
      <p>
        <strong>You are offline.</strong> The figures on screen stay; anything still loading resumes when the connection returns.
      </p>
    </div>
  );
}

// The notice itself loads when a request first turns slow.
const SlowDataNotice = lazy(() => import('./slow-data-notice').then((m) => ({ default: m.SlowDataNotice })));

/**
 * A request under way for SLOW_AFTER_MS (8 s) is said once for the page, per resource, with Retry
 * and Cancel (slow-data-notice.tsx). This watcher wakes when the oldest request turns slow.
 */
export function SlowDataBanner() {
  const requests = useSyncExternalStore(subscribeInFlight, getInFlightRequests);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const pending = requests.map((r) => r.startedAt + SLOW_AFTER_MS).filter((at) => at > now);
    if (pending.length === 0) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(...pending) - Date.now());
    return () => clearTimeout(timer);
  }, [requests, now]);
  const slow = requests.filter((r) => now - r.startedAt >= SLOW_AFTER_MS);
  if (slow.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <SlowDataNotice slow={slow} />
    </Suspense>
  );
}
