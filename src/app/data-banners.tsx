import { onlineManager } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError } from '../api/errors';
import { getInFlightRequests, SLOW_AFTER_MS, subscribeInFlight } from '../api/in-flight';
import { getMockState, subscribeMockState } from '../api/mock-ready';
import { useReferenceData } from '../api/resources';

// What the banners say loads when one of them has something to say (data-banner-views.tsx).
const MockUnavailableView = lazy(() => import('./data-banner-views').then((m) => ({ default: m.MockUnavailableView })));
const ReferenceDataView = lazy(() => import('./data-banner-views').then((m) => ({ default: m.ReferenceDataView })));
const OfflineView = lazy(() => import('./data-banner-views').then((m) => ({ default: m.OfflineView })));

/** The demo data worker could not start: say so instead of showing empty charts. */
export function MockUnavailableBanner() {
  const state = useSyncExternalStore(subscribeMockState, getMockState);
  if (state.status !== 'failed') return null;
  return (
    <Suspense fallback={null}>
      <MockUnavailableView message={state.error.message} />
    </Suspense>
  );
}

/** The shared lists, in words, for a notice that one came back empty. */
const EMPTY_LIST_NAMES = ['cities and organisations', 'the metric catalogue', 'sources'] as const;

/**
 * One page-level message for the resources every panel needs: failures with one Retry, and an
 * empty list said as such (names, units or sources would otherwise just vanish).
 */
export function ReferenceDataBanner() {
  const { queries, entities, metrics, sources } = useReferenceData();
  // When the mock worker itself failed, its own banner says so; repeating it here adds nothing.
  const failed = queries.filter((q) => q.isError && !(q.error instanceof ApiError && q.error.kind === 'unavailable'));
  const empty = [entities, metrics, sources].flatMap((q, index) => (q.isSuccess && q.data.length === 0 ? [EMPTY_LIST_NAMES[index] ?? ''] : []));
  if (failed.length === 0 && empty.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <ReferenceDataView failed={failed} empty={empty} />
    </Suspense>
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
    <Suspense fallback={null}>
      <OfflineView />
    </Suspense>
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
