import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './errors';

export type RequestSettings = {
  /** Retries after the first failure, for retryable errors only. */
  maxRetries: number;
  /** First retry delay; each later retry doubles it, capped at 8x. */
  retryBaseDelayMs: number;
  /** A request that outlasts this is abandoned. */
  timeoutMs: number;
};

export const DEFAULT_REQUEST_SETTINGS: RequestSettings = {
  maxRetries: 3,
  retryBaseDelayMs: 500,
  timeoutMs: 10_000,
};

/** Retry 5xx answers, dropped connections and timeouts; never 4xx, bad JSON or schema breaks. */
export function shouldRetry(failureCount: number, error: unknown, maxRetries: number): boolean {
  if (failureCount >= maxRetries) return false;
  if (error instanceof ApiError) return error.retryable;
  return false;
}

export function retryDelay(attemptIndex: number, baseDelayMs: number): number {
  return baseDelayMs * 2 ** Math.min(attemptIndex, 3);
}

const settingsByClient = new WeakMap<QueryClient, RequestSettings>();

/** The settings a query function should honour, for the client that runs it. */
export function getRequestSettings(client: QueryClient): RequestSettings {
  return settingsByClient.get(client) ?? DEFAULT_REQUEST_SETTINGS;
}

export function createQueryClient(overrides: Partial<RequestSettings> = {}): QueryClient {
  const settings = { ...DEFAULT_REQUEST_SETTINGS, ...overrides };
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        // The dataset changes between releases, not between clicks.
        staleTime: 5 * 60_000,
        retry: (failureCount, error) => shouldRetry(failureCount, error, settings.maxRetries),
        retryDelay: (attemptIndex) => retryDelay(attemptIndex, settings.retryBaseDelayMs),
        refetchOnWindowFocus: false,
      },
    },
  });
  settingsByClient.set(client, settings);
  return client;
}
