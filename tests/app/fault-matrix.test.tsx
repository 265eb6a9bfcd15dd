/**
 * Issue 6's fault matrix: every endpoint the app uses x every fault of `mocks/scenarios.ts` (plus a
 * 4xx answer) -> the result the issue states, and Retry recovers once the fault is removed.
 * Panel endpoints are checked on the card that owns them (and its siblings that use the same data);
 * the reference resources every panel needs are checked on the one page-level banner.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorResponse } from '../../mocks/http-errors';
import { API_PREFIX } from '../../mocks/handlers/list';
import { server } from '../../mocks/node';
import { scenarioHandlers, type ScenarioEndpoint, type ScenarioKind } from '../../mocks/scenarios';
import type { RequestSettings } from '../../src/api/query-client';
import { renderApp } from '../test-utils';

/** The faults the issue names (`slow` and `hostile` are demos of other things), plus a 4xx answer, which must not be retried. */
type Fault = Extract<ScenarioKind, 'serverError' | 'dropped' | 'hang' | 'malformed' | 'schemaBreak' | 'empty'> | 'clientError';
type ErrorFault = Exclude<Fault, 'empty'>;
const ERROR_FAULTS: readonly ErrorFault[] = ['serverError', 'dropped', 'hang', 'malformed', 'schemaBreak', 'clientError'];

const TIMEOUT_MS = 200;
/** Retryable faults run with two retries, so each request is made exactly three times. */
const RETRIES = 2;

function faultHandlers(endpoint: ScenarioEndpoint, fault: Fault) {
  if (fault === 'clientError') {
    return [http.get(`${API_PREFIX}/${endpoint}`, () => errorResponse(404, 'not_found', 'Simulated missing resource'))];
  }
  return scenarioHandlers(endpoint, fault);
}

function settingsFor(fault: Fault): Partial<RequestSettings> {
  if (fault === 'hang') return { timeoutMs: TIMEOUT_MS };
  return { maxRetries: RETRIES, retryBaseDelayMs: 1 };
}

/** How many times each request was made: 1 + retries for 5xx and dropped connections, once for the rest. */
const EXPECTED_CALLS: Partial<Record<Fault, number>> = {
  serverError: 1 + RETRIES,
  dropped: 1 + RETRIES,
  clientError: 1,
  malformed: 1,
  schemaBreak: 1,
};

/** The message the issue asks for, per fault: which data failed and the status or the reason. */
function expectedMessage(fault: ErrorFault, label: string, field: string): string {
  const messages: Record<ErrorFault, string> = {
    serverError: `Loading ${label} failed (HTTP 500: Simulated server error).`,
    clientError: `Loading ${label} failed (HTTP 404: Simulated missing resource).`,
    dropped: `Could not reach the server for ${label} (connection failed).`,
    hang: `Loading ${label} took longer than ${TIMEOUT_MS} ms and was abandoned.`,
    malformed: `The server sent ${label} that is not valid JSON.`,
    schemaBreak: `The server sent ${label} in an unexpected shape: ${field}:`,
  };
  return messages[fault];
}

/** Counts requests per URL (path and query) to one endpoint. */
function countRequests(endpoint: ScenarioEndpoint) {
  const counts = new Map<string, number>();
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname !== `${API_PREFIX}/${endpoint}`) return;
    const key = `${url.pathname}${url.search}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  server.events.on('request:start', listener);
  return { counts, stop: () => server.events.removeListener('request:start', listener) };
}

let counter: ReturnType<typeof countRequests> | undefined;
afterEach(() => {
  counter?.stop();
  counter = undefined;
});

async function expectCalls(endpoint: ScenarioEndpoint, fault: Fault) {
  const expected = EXPECTED_CALLS[fault];
  if (expected === undefined || !counter) return;
  const { counts } = counter;
  await waitFor(() => {
    expect(counts.size, `requests to ${endpoint}`).toBeGreaterThan(0);
    for (const [url, n] of counts) expect(n, url).toBe(expected);
  });
}

type PanelEndpoint = {
  endpoint: ScenarioEndpoint;
  /** Which data, in the words the message uses. */
  label: string;
  url: string;
  /** The card that gets the full assertion, Retry included. */
  card: string;
  /** Other cards on the page that need the same data: each shows an error, none shows numbers. */
  alsoUses: readonly string[];
  /** The card's own message for an empty list. */
  empty: string | RegExp;
  /** The first field the scenario's schema break breaks. */
  field: string;
};

const PANEL_ENDPOINTS: readonly PanelEndpoint[] = [
  {
    endpoint: 'fabs',
    label: 'chip plants',
    url: '/chips?view=table',
    card: 'Chip plants by status',
    alsoUses: ['Front-end wafer capacity', 'Assembly/test and materials plants', 'Chip investment committed and lost'],
    empty: 'No data for this selection.',
    field: 'data[0].id',
  },
  {
    endpoint: 'events',
    label: 'events',
    url: '/timeline?view=table',
    card: 'Events that shaped the three hubs',
    alsoUses: [],
    empty: /No events of the chosen categories \(all categories\)/,
    field: 'data[0].id',
  },
  {
    endpoint: 'industries',
    label: 'pillar industries',
    url: '/industries?view=table',
    card: 'Pillar industry output',
    alsoUses: ['Pillar industries by city'],
    empty: /No stated industry output for/,
    field: 'data[0].id',
  },
  {
    endpoint: 'observations',
    label: 'observations',
    url: '/?view=table',
    card: 'GDP',
    alsoUses: ['Headline figures', 'What the data says', 'Composite index', 'Scorecard', 'Permanent population'],
    empty: /No value for the selected cities between \d{4} and \d{4}\./,
    field: 'data[0].id',
  },
  {
    endpoint: 'changes',
    label: 'dataset changes',
    url: '/sources?view=table',
    card: 'What changed in this version',
    alsoUses: [],
    empty: 'Nothing changed since the previous version.',
    field: 'data[0].kind',
  },
  {
    endpoint: 'rates',
    label: 'exchange rates',
    // In US dollars every output needs a rate, so an empty rates list leaves nothing to draw.
    url: '/industries?view=table&cur=USD',
    card: 'Pillar industry output',
    alsoUses: [
      'Pillar industries by city',
      'Software business revenue',
      'Electronic-information industry scale',
      'National high-tech enterprises',
    ],
    empty: /No stated industry output for/,
    // A rate has no id; its first field is `from`.
    field: 'data[0].from',
  },
];

describe.each(PANEL_ENDPOINTS)('$endpoint fails: only the panels that need it say so', (spec) => {
  beforeEach(() => {
    counter = countRequests(spec.endpoint);
  });

  it.each(ERROR_FAULTS)('%s: the panel names the data and the reason, and Retry recovers', async (fault) => {
    server.use(...faultHandlers(spec.endpoint, fault));
    const { user } = renderApp(spec.url, { settings: settingsFor(fault) });

    const card = await screen.findByRole('region', { name: spec.card });
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent(expectedMessage(fault, spec.label, spec.field));
    // Never zeros or an empty chart in place of the error.
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
    expect(within(card).queryByRole('figure')).not.toBeInTheDocument();
    for (const title of spec.alsoUses) {
      const other = await screen.findByRole('region', { name: title });
      expect(await within(other).findByRole('alert'), title).toHaveTextContent(spec.label);
      expect(within(other).queryByRole('table'), title).not.toBeInTheDocument();
    }
    // Not a reference resource: no page-level banner.
    expect(screen.queryByText(/Some reference data did not load/)).not.toBeInTheDocument();
    await expectCalls(spec.endpoint, fault);

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(card).findByRole('table')).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('empty: the card says there is no data, not an error, and shows no numbers', async () => {
    server.use(...faultHandlers(spec.endpoint, 'empty'));
    renderApp(spec.url);

    const card = await screen.findByRole('region', { name: spec.card });
    expect(await within(card).findByText(spec.empty)).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
    for (const title of spec.alsoUses) {
      const other = await screen.findByRole('region', { name: title });
      expect(within(other).queryByRole('alert'), title).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

type ReferenceEndpoint = { endpoint: ScenarioEndpoint; label: string; field: string };

const REFERENCE_ENDPOINTS: readonly ReferenceEndpoint[] = [
  { endpoint: 'meta', label: 'dataset information', field: 'datasetVersion' },
  { endpoint: 'entities', label: 'cities and organisations', field: 'data[0].id' },
  { endpoint: 'metrics', label: 'the metric catalogue', field: 'data[0].id' },
  { endpoint: 'sources', label: 'sources', field: 'data[0].id' },
];

const BANNER = /Some reference data did not load/;
const PAGE_CARD = 'Chip plants by status';
const NEXT_CARD = 'Events that shaped the three hubs';

function referenceBanner(): HTMLElement | null {
  return screen.queryByText(BANNER)?.closest<HTMLElement>('[role=alert]') ?? null;
}

/**
 * Holds an endpoint's answers until `release()`. The banner (in the shell) asks for reference data
 * before the lazily loaded section mounts its panels; a query that has already failed is fetched
 * again when a new panel mounts (TanStack Query's `retryOnMount`), which would blur the count of
 * retries. Holding the first answer until the section is up makes the count exact.
 */
function holdAnswers(endpoint: ScenarioEndpoint) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const handler = http.get(`${API_PREFIX}/${endpoint}`, async () => {
    await released;
    // Nothing returned: the fault handler behind this one answers.
    return undefined;
  });
  return { handler, release };
}

describe.each(REFERENCE_ENDPOINTS)('$endpoint (needed by every panel) fails: one page-level banner', (spec) => {
  beforeEach(() => {
    counter = countRequests(spec.endpoint);
  });

  it.each(ERROR_FAULTS)('%s: one banner names the data and the reason; navigation works; Retry recovers', async (fault) => {
    const hold = holdAnswers(spec.endpoint);
    server.use(...faultHandlers(spec.endpoint, fault));
    server.use(hold.handler);
    const { user } = renderApp('/chips?view=table', { settings: settingsFor(fault) });
    const card = await screen.findByRole('region', { name: PAGE_CARD });
    hold.release();

    await waitFor(() => expect(referenceBanner()).toHaveTextContent(expectedMessage(fault, spec.label, spec.field)));
    // What can still be drawn is drawn, and no card repeats the error.
    expect(await within(card).findByRole('table')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    await expectCalls(spec.endpoint, fault);

    // Navigation keeps working, and the next section does not repeat the error either.
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Timeline' }));
    const next = await screen.findByRole('region', { name: NEXT_CARD });
    expect(await within(next).findByRole('table')).toBeInTheDocument();
    // Mounting the section asks for the failed data once more; wait for the banner to settle.
    await waitFor(() => expect(referenceBanner()).toHaveTextContent(expectedMessage(fault, spec.label, spec.field)));
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    server.resetHandlers();
    await user.click(within(referenceBanner() as HTMLElement).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(referenceBanner()).toBeNull());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(next).getByRole('table')).toBeInTheDocument();
  });
});

describe('reference data comes back empty', () => {
  it.each(['entities', 'metrics', 'sources'] as const)('%s: an empty list is not an error; the page still draws', async (endpoint) => {
    server.use(...faultHandlers(endpoint, 'empty'));
    renderApp('/chips?view=table');
    const card = await screen.findByRole('region', { name: PAGE_CARD });
    expect(await within(card).findByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Said once for the page, as what the service sent, not as a failure.
    expect(await screen.findByRole('status', { name: 'Empty data' })).toHaveTextContent(/The data service sent no (cities and organisations|the metric catalogue|sources)/);
  });

  it('metrics: cards that need the catalogue say it has no entry, not that it did not load', async () => {
    server.use(...faultHandlers('metrics', 'empty'));
    renderApp('/?view=table');
    const card = await screen.findByRole('region', { name: 'ctx_gdp' });
    expect(await within(card).findByText(/The metric catalogue has no entry for ctx_gdp/)).toBeInTheDocument();
    expect(screen.queryByText(/did not load/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('meta: an empty object breaks its schema, so the banner names the missing field', async () => {
    server.use(...faultHandlers('meta', 'empty'));
    const { user } = renderApp('/chips?view=table');
    await waitFor(() => expect(referenceBanner()).toHaveTextContent(expectedMessage('schemaBreak', 'dataset information', 'datasetVersion')));
    server.resetHandlers();
    await user.click(within(referenceBanner() as HTMLElement).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(referenceBanner()).toBeNull());
  });
});
