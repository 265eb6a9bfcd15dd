import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from './errors';

/**
 * Refetches every failed query of the resource behind `error` (its endpoint is its keys' root), so
 * one Retry on any card, or on the page's notice, brings back every card that needs it.
 */
export function retryFailedResource(client: QueryClient, error: unknown): void {
  if (!(error instanceof ApiError) || error.endpoint === undefined) return;
  void client.refetchQueries({ queryKey: [error.endpoint], predicate: (query) => query.state.status === 'error' });
}
