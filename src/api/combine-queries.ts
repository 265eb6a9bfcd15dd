import type { UseQueryResult } from '@tanstack/react-query';

export type PanelState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  /** `refreshError` is set when a refetch failed but earlier data is still shown. */
  | { status: 'success'; refreshError?: { error: unknown; retry: () => void } };

/**
 * One state for a panel that needs several queries: an error wins (its Retry refetches every
 * failed query), then loading, then success. Data already on screen stays while a refetch runs.
 */
export function combineQueries(...queries: readonly UseQueryResult<unknown>[]): PanelState {
  const failed = queries.filter((q) => q.isError);
  const retry = () => {
    for (const q of failed) void q.refetch();
  };
  // A failed refetch of data already on screen keeps the data, marked as not refreshed.
  const failedWithoutData = failed.filter((q) => q.data === undefined);
  if (failedWithoutData.length > 0) return { status: 'error', error: failedWithoutData[0]?.error, retry };
  if (queries.some((q) => q.isPending)) return { status: 'pending' };
  return failed.length > 0 ? { status: 'success', refreshError: { error: failed[0]?.error, retry } } : { status: 'success' };
}

/**
 * A panel's state when it also needs the shared reference resources: only its own queries can put
 * it in error (reference failures are shown once, by the page banner); it waits while reference
 * data is still loading, and draws with what it has once reference queries have failed.
 */
export function panelState(
  own: readonly UseQueryResult<unknown>[],
  reference: readonly UseQueryResult<unknown>[],
): PanelState {
  const state = combineQueries(...own);
  if (state.status === 'success' && reference.some((q) => q.isPending && q.fetchStatus !== 'idle')) return { status: 'pending' };
  return state;
}
