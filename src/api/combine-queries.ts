import type { UseQueryResult } from '@tanstack/react-query';

export type PanelState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'success' };

/**
 * One state for a panel that needs several queries: an error wins (its Retry refetches every
 * failed query), then loading, then success. Data already on screen stays while a refetch runs.
 */
export function combineQueries(...queries: readonly UseQueryResult<unknown>[]): PanelState {
  const failed = queries.filter((q) => q.isError);
  if (failed.length > 0) {
    return {
      status: 'error',
      error: failed[0]?.error,
      retry: () => {
        for (const q of failed) void q.refetch();
      },
    };
  }
  if (queries.some((q) => q.isPending)) return { status: 'pending' };
  return { status: 'success' };
}
