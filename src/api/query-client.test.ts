import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { SLOW_AFTER_MS } from './in-flight';
import { DEFAULT_REQUEST_SETTINGS, retryDelay, shouldRetry } from './query-client';
import { normaliseObservationFilters } from './resources/observations';

describe('shouldRetry', () => {
  const http = (status: number) => new ApiError('http', 'fabs', 'failed', { status });

  it('retries server errors and dropped connections up to the limit', () => {
    for (const error of [http(500), http(503), new ApiError('network', 'fabs', 'x')]) {
      expect(shouldRetry(0, error, 3)).toBe(true);
      expect(shouldRetry(2, error, 3)).toBe(true);
      expect(shouldRetry(3, error, 3)).toBe(false);
    }
  });

  it('never retries what a second try cannot fix', () => {
    for (const error of [
      http(400),
      http(404),
      // The reader has waited long enough: a timeout is told at once, with Retry.
      new ApiError('timeout', 'fabs', 'x'),
      new ApiError('cancelled', 'fabs', 'x'),
      new ApiError('malformed', 'fabs', 'x'),
      new ApiError('schema', 'fabs', 'x'),
      new ApiError('unavailable', 'fabs', 'x'),
      new Error('render bug'),
    ]) {
      expect(shouldRetry(0, error, 3)).toBe(false);
    }
  });
});

describe('the default policy', () => {
  it('tells any failure within 15 s: the worst case is two quick failures, then a hang', () => {
    const { maxRetries, retryBaseDelayMs, timeoutMs } = DEFAULT_REQUEST_SETTINGS;
    const waits = Array.from({ length: maxRetries }, (_, attempt) => retryDelay(attempt, retryBaseDelayMs));
    expect(waits.reduce((sum, wait) => sum + wait, 0) + timeoutMs).toBeLessThanOrEqual(15_000);
    expect(timeoutMs).toBeGreaterThan(SLOW_AFTER_MS);
  });
});

describe('retryDelay', () => {
  it('doubles from the base delay and stops growing at eight times', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => retryDelay(i, 100))).toEqual([100, 200, 400, 800, 800, 800]);
  });
});

describe('observation query keys', () => {
  it('do not depend on the order or repetition of ids', () => {
    expect(normaliseObservationFilters({ entities: ['xian', 'wuhan', 'xian'], metrics: ['b', 'a'] })).toEqual(
      normaliseObservationFilters({ entities: ['wuhan', 'xian'], metrics: ['a', 'b'] }),
    );
  });
});
