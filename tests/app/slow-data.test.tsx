import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { delay, http } from 'msw';
import { errorResponse } from '../../mocks/http-errors';
import { server } from '../../mocks/node';
import { scenarioHandlers } from '../../mocks/scenarios';
import { DEFAULT_REQUEST_SETTINGS } from '../../src/api/query-client';
import { renderApp } from '../test-utils';

/*
 * The schedule a reader lives through with the shipped request settings, on a controlled clock:
 * a slow notice at 8 s, a message by 15 s whatever the fault, and one Retry for a resource.
 */

const CHIPS_CARD = 'Chip plants by status';

/** Moves the fake clock on, letting every promise that was waiting settle (requests, renders). */
async function wait(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

afterEach(() => vi.useRealTimers());

// The section's and the charts' code load once with the real clock: a fake clock cannot wait for
// a module to be read from disk.
beforeAll(async () => {
  await import('../../src/app/slow-data-notice');
  const { unmount } = renderApp('/chips?view=table');
  const card = await screen.findByRole('region', { name: CHIPS_CARD }, { timeout: 15_000 });
  await within(card).findByRole('table', {}, { timeout: 15_000 });
  unmount();
}, 30_000);

function renderWithShippedSettings(url: string) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  return renderApp(url, { settings: DEFAULT_REQUEST_SETTINGS });
}

describe('a request that never answers', () => {
  it('is said to be slow at 8 s, and told as a failure with Retry by 15 s', async () => {
    server.use(...scenarioHandlers('fabs', 'hang'));
    renderWithShippedSettings('/chips');
    await wait(7_000);
    expect(screen.queryByRole('status', { name: 'Slow data' })).not.toBeInTheDocument();
    await wait(1_500);
    expect(screen.getByRole('status', { name: 'Slow data' })).toHaveTextContent('Still loading chip plants: the data service is slow.');

    await wait(6_000);
    const card = screen.getByRole('region', { name: CHIPS_CARD });
    expect(within(card).getByRole('alert')).toHaveTextContent('Loading chip plants took longer than 12 s and was abandoned.');
    expect(within(card).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Slow data' })).not.toBeInTheDocument();
  });

  it('Cancel stops waiting at once: the cards say so and offer Retry, which loads the data', async () => {
    server.use(...scenarioHandlers('fabs', 'hang'));
    renderWithShippedSettings('/chips?view=table');
    await wait(8_500);
    const banner = screen.getByRole('status', { name: 'Slow data' });
    await act(async () => within(banner).getByRole('button', { name: 'Cancel' }).click());
    await wait(10);
    const card = screen.getByRole('region', { name: CHIPS_CARD });
    expect(within(card).getByRole('alert')).toHaveTextContent('Loading chip plants was cancelled.');
    server.resetHandlers();
    await act(async () => within(card).getByRole('button', { name: 'Retry' }).click());
    await wait(100);
    expect(within(card).getByRole('table')).toBeInTheDocument();
  });
});

describe('a server that fails, then hangs', () => {
  it('is told within 15 s (two quick failures, then the timeout)', async () => {
    let calls = 0;
    server.use(
      http.get('/api/v1/fabs', async () => {
        calls += 1;
        if (calls <= 2) return errorResponse(500, 'scenario_server_error', 'Simulated server error');
        await delay('infinite');
        return undefined;
      }),
    );
    renderWithShippedSettings('/chips');
    await wait(14_900);
    const card = screen.getByRole('region', { name: CHIPS_CARD });
    expect(within(card).getByRole('alert')).toHaveTextContent('took longer than 12 s');
    expect(calls).toBe(3);
  });
});

describe('one Retry for a resource', () => {
  it('brings back every card that failed for it, from any one of them', async () => {
    server.use(...scenarioHandlers('observations', 'serverError'));
    const { user } = renderApp('/talent');
    await screen.findAllByText(/Loading observations failed \(HTTP 500/, {}, { timeout: 10_000 });
    const failedCards = () => screen.queryAllByRole('alert').filter((alert) => /Loading observations failed/.test(alert.textContent ?? ''));
    const before = failedCards().length;
    expect(before).toBeGreaterThan(2);
    server.resetHandlers();
    const [first] = failedCards();
    if (!first) throw new Error('no failed card');
    await user.click(within(first).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(failedCards()).toHaveLength(0), { timeout: 10_000 });
  });
});
