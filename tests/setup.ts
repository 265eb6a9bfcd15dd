import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { markMockReady } from '../src/api/mock-ready';
import { server } from '../mocks/node';

// In tests msw/node intercepts at the fetch level, so there is no worker to wait for.
markMockReady();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  // Decks and settings saved by one test must not become the next test's starting point
  // (tests that run in Node, without a browser environment, have no storage).
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});
afterAll(() => server.close());

// Sections are lazy routes; on a busy 2-core machine the first render can take over a second.
configure({ asyncUtilTimeout: 5_000 });
