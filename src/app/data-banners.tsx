import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError } from '../api/errors';
import { ErrorText } from '../ui/error-text';
import { cancelRequests, getInFlightRequests, SLOW_AFTER_MS, subscribeInFlight } from '../api/in-flight';
import { getMockState, subscribeMockState } from '../api/mock-ready';
import { getRequestSettings } from '../api/query-client';
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

const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * A request under way for SLOW_AFTER_MS (8 s) is said once for the page, per resource: "Still
 * loading observations: the data service is slow", with Retry (start again now) and Cancel (stop
 * waiting; the cards say so and offer Retry). A request that never answers is abandoned at 12 s.
 */
export function SlowDataBanner() {
  const requests = useSyncExternalStore(subscribeInFlight, getInFlightRequests);
  const client = useQueryClient();
  const [now, setNow] = useState(() => Date.now());
  // Wakes when the oldest request not yet counted as slow turns slow.
  useEffect(() => {
    const pending = requests.map((r) => r.startedAt + SLOW_AFTER_MS).filter((at) => at > now);
    if (pending.length === 0) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(...pending) - Date.now());
    return () => clearTimeout(timer);
  }, [requests, now]);

  const slow = requests.filter((r) => now - r.startedAt >= SLOW_AFTER_MS);
  if (slow.length === 0) return null;
  const endpoints = [...new Set(slow.map((r) => r.endpoint))];
  const resources = [...new Set(slow.map((r) => r.resource))];
  return (
    <div className="banner" role="status" aria-label="Slow data">
      <p>
        <strong>Still loading {listFormat.format(resources)}:</strong> the data service is slow. Hubscope stops waiting after {Math.round(getRequestSettings(client).timeoutMs / 1000)} s and says so.
      </p>
      <div className="banner__actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void client.refetchQueries(
              { predicate: (query) => endpoints.includes(String(query.queryKey[0])) && query.state.fetchStatus === 'fetching' },
              { cancelRefetch: true },
            )
          }
        >
          Retry
        </button>
        <button type="button" className="button button--quiet" onClick={() => cancelRequests(endpoints)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
