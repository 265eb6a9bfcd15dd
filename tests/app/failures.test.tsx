import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sources } from '../../mocks/data';
import { server } from '../../mocks/node';
import { scenarioHandlers } from '../../mocks/scenarios';
import { renderApp } from '../test-utils';

const CHIPS_CARD = 'Chip plants by status';

describe('a failing endpoint breaks only its own panel', () => {
  it('says which data failed and with what status, and Retry recovers', async () => {
    server.use(...scenarioHandlers('fabs', 'serverError'));
    const { user } = renderApp('/chips?view=table');
    const card = await screen.findByRole('region', { name: CHIPS_CARD });
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Loading chip plants failed (HTTP 500: Simulated server error).');
    // The shell and navigation keep working.
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(card).findByRole('table')).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says where source details are missing when the source list comes back empty', async () => {
    server.use(...scenarioHandlers('sources', 'empty'));
    renderApp('/chips?view=table');
    const card = await screen.findByRole('region', { name: CHIPS_CARD });
    expect(await within(card).findByText(/^Sources: source details unavailable for \d+ sources \(the list of sources did not load\)$/)).toBeInTheDocument();
  });

  it('names a body that is not JSON', async () => {
    server.use(...scenarioHandlers('fabs', 'malformed'));
    renderApp('/chips');
    const card = await screen.findByRole('region', { name: CHIPS_CARD });
    expect(await within(card).findByRole('alert')).toHaveTextContent('The server sent chip plants that is not valid JSON.');
  });

  it('names the field of a schema break instead of drawing zeros', async () => {
    server.use(...scenarioHandlers('fabs', 'schemaBreak'));
    renderApp('/chips');
    const card = await screen.findByRole('region', { name: CHIPS_CARD });
    expect(await within(card).findByRole('alert')).toHaveTextContent(/unexpected shape: data\[0\]\.id/);
  });

  it('reports a dropped connection', async () => {
    server.use(...scenarioHandlers('fabs', 'dropped'));
    renderApp('/chips');
    const card = await screen.findByRole('region', { name: CHIPS_CARD });
    expect(await within(card).findByRole('alert')).toHaveTextContent('Could not reach the server for chip plants');
  });

  it('abandons a request that hangs past the timeout', async () => {
    server.use(...scenarioHandlers('fabs', 'hang'));
    renderApp('/chips', { settings: { timeoutMs: 100 } });
    const card = await screen.findByRole('region', { name: CHIPS_CARD });
    expect(await within(card).findByRole('alert')).toHaveTextContent(/took longer than .* and was abandoned/);
  });

  it('shows an empty list as no data, not as an error or zeros', async () => {
    server.use(...scenarioHandlers('fabs', 'empty'));
    renderApp('/chips');
    const card = await screen.findByRole('region', { name: CHIPS_CARD });
    expect(await within(card).findByText('No data for this selection.')).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('retries a 500 with backoff before giving up, and succeeds when the server recovers', async () => {
    let calls = 0;
    server.use(
      http.get('/api/v1/fabs', () => {
        calls += 1;
        if (calls < 3) return HttpResponse.json({ error: { status: 503, code: 'busy', message: 'busy' } }, { status: 503 });
        return undefined;
      }),
    );
    renderApp('/chips?view=table', { settings: { maxRetries: 3, retryBaseDelayMs: 1 } });
    const card = await screen.findByRole('region', { name: CHIPS_CARD });
    expect(await within(card).findByRole('table')).toBeInTheDocument();
    expect(calls).toBe(3);
  });

  it('does not retry a 4xx answer', async () => {
    let calls = 0;
    server.use(
      http.get('/api/v1/fabs', () => {
        calls += 1;
        return HttpResponse.json({ error: { status: 404, code: 'not_found', message: 'gone' } }, { status: 404 });
      }),
    );
    renderApp('/chips', { settings: { maxRetries: 3, retryBaseDelayMs: 1 } });
    const card = await screen.findByRole('region', { name: CHIPS_CARD });
    expect(await within(card).findByRole('alert')).toHaveTextContent('HTTP 404: gone');
    expect(calls).toBe(1);
  });

  it('shows one page-level banner when shared reference data fails, not an error in every card', async () => {
    server.use(...scenarioHandlers('metrics', 'serverError'));
    const { user } = renderApp('/');
    const banner = await screen.findByText(/Some reference data did not load/);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1));
    expect((await screen.findAllByText(/The metric catalogue did not load/)).length).toBeGreaterThan(0);
    server.resetHandlers();
    await user.click(within(banner.closest('[role=alert]') as HTMLElement).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByText(/Some reference data did not load/)).not.toBeInTheDocument());
  });
});

describe('text from the API is rendered as text', () => {
  const markup = '<img src=x onerror=alert(1)>';

  it('shows markup in a source title as those characters', async () => {
    const hostile = { ...sources[0]!, title: markup, url: 'https://example.org/report' };
    server.use(http.get('/api/v1/sources', () => HttpResponse.json({ data: [hostile, ...sources.slice(1)] })));
    renderApp('/sources');
    const card = await screen.findByRole('region', { name: 'Sources' });
    expect(await within(card).findByText(markup)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows a javascript: source URL as text, never as a link, and keeps the other sources', async () => {
    const hostile = { ...sources[0]!, url: 'javascript:alert(1)' };
    server.use(http.get('/api/v1/sources', () => HttpResponse.json({ data: [hostile, ...sources.slice(1)] })));
    renderApp('/sources');
    const card = await screen.findByRole('region', { name: 'Sources' });
    const title = await within(card).findByText(hostile.title);
    expect(title.closest('a')).toBeNull();
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
    const linked = sources.find((s) => s.url);
    if (linked) expect(within(card).getByText(linked.title).closest('a')).toHaveAttribute('href', linked.url);
    expect(screen.queryByText(/Some reference data did not load/)).not.toBeInTheDocument();
  });
});

describe('data already on screen', () => {
  it('stays, marked as not refreshed, when a refetch fails', async () => {
    const { user, queryClient } = renderApp('/chips?view=table');
    const card = await screen.findByRole('region', { name: CHIPS_CARD });
    await within(card).findByRole('table');
    server.use(...scenarioHandlers('fabs', 'serverError'));
    await queryClient.refetchQueries({ queryKey: ['fabs'] });
    expect(await within(card).findByText(/Could not refresh this data \(Loading chip plants failed \(HTTP 500/)).toBeInTheDocument();
    expect(within(card).getByRole('table')).toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(card).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(card).queryByText(/Could not refresh this data/)).not.toBeInTheDocument());
  });
});

describe('connection', () => {
  it('says when the browser goes offline and clears the message when it is back', async () => {
    renderApp('/chips');
    await screen.findByRole('region', { name: CHIPS_CARD });
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(await screen.findByRole('status', { name: 'Connection' })).toHaveTextContent('You are offline.');
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Connection' })).not.toBeInTheDocument());
  });
});
