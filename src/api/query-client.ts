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

/**
 * Set so a reader hears of any failure within 15 s: an attempt is abandoned at 12 s and a
 * timeout is not retried; 5xx answers and dropped connections are tried twice more, after 0.5 s
 * and 1 s, so even a failure, a failure and then a hang ends at about 13.5 s. The page says a
 * request is slow at 8 s (in-flight.ts).
 */
export const DEFAULT_REQUEST_SETTINGS: RequestSettings = {
  maxRetries: 2,
  retryBaseDelayMs: 500,
  timeoutMs: 12_000,
};

/** Retry 5xx answers and dropped connections; never timeouts, cancels, 4xx, bad JSON or schema breaks. */
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
