import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Page } from '@playwright/test';
import { API_BODIES } from './api-bodies';
import { REAL_API_APP_PORT, REAL_API_PORT } from './playwright.config';
import { expect, test, waitForCards } from './fixtures';

/*
 * The fault matrix against the real-API build (no MSW at all), fed by a local API server that
 * replays the dataset and breaks one endpoint at a time: every endpoint x {500, dropped
 * connection, malformed JSON, schema break, empty list}, plus a request that never answers, on a
 * controlled clock. Each time: a message where the data would be, the shell alive, no page error,
 * and (for the failures) one Retry bringing every chart back once the fault is gone.
 */

type Fault = 'serverError' | 'dropped' | 'hang' | 'malformed' | 'schemaBreak' | 'empty';
const FAST_FAULTS: readonly Fault[] = ['serverError', 'dropped', 'malformed', 'schemaBreak', 'empty'];

/** Where each endpoint's data shows: the page whose cards need it. */
const PAGE_OF: Record<string, string> = {
  meta: '/',
  entities: '/',
  metrics: '/',
  observations: '/talent',
  sources: '/chips',
  industries: '/industries',
  fabs: '/chips',
  events: '/timeline',
  rates: '/?cur=USD',
  changes: '/sources',
};

type FaultyApi = { server: Server; faults: Map<string, Fault>; close(): Promise<void> };

function answer(response: ServerResponse, status: number, body: string) {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
  response.end(body);
}

/** The dataset over HTTP with CORS, each endpoint breakable on demand. */
function startFaultyApi(): Promise<FaultyApi> {
  const faults = new Map<string, Fault>();
  const open = new Set<IncomingMessage>();
  const server = createServer((request, response) => {
    const endpoint = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/api\/v1\//, '');
    const body = API_BODIES[endpoint];
    if (body === undefined) return answer(response, 404, JSON.stringify({ error: { status: 404, code: 'not_found', message: 'no such resource' } }));
    switch (faults.get(endpoint)) {
      case 'serverError':
        return answer(response, 500, JSON.stringify({ error: { status: 500, code: 'injected', message: 'Injected server error' } }));
      case 'dropped':
        request.socket.destroy();
        return;
      case 'hang':
        open.add(request);
        return;
      case 'malformed':
        return answer(response, 200, '{"data": [ {"id": "tr');
      case 'schemaBreak':
        return answer(response, 200, JSON.stringify(endpoint === 'meta' ? { datasetVersion: 42 } : { data: [{ id: 42, value: 'NaN' }] }));
      case 'empty':
        return answer(response, 200, JSON.stringify(endpoint === 'meta' ? {} : { data: [] }));
      default:
        return answer(response, 200, JSON.stringify(body));
    }
  });
  return new Promise((done) =>
    server.listen(REAL_API_PORT, '127.0.0.1', () =>
      done({
        server,
        faults,
        close: () =>
          new Promise((closed) => {
            for (const request of open) request.socket.destroy();
            server.closeAllConnections();
            server.close(() => closed());
          }),
      }),
    ),
  );
}

const APP = `http://localhost:${REAL_API_APP_PORT}`;

/** The shell is alive: its navigation is there and a section heading shows. */
async function expectShellAlive(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

// A failed request is logged by the browser itself; that is the point of these tests.
test.use({ expectedProblems: [/Failed to load resource|net::ERR_/] });

test.describe('faults from a real API', () => {
  let api: FaultyApi;
  test.beforeAll(async () => {
    api = await startFaultyApi();
  });
  test.afterAll(async () => {
    await api.close();
  });

  for (const endpoint of Object.keys(API_BODIES)) {
    test(`${endpoint}: each fault is told where its data would be, and one Retry restores every chart`, async ({ page, problems }) => {
      void problems;
      test.setTimeout(120_000);
      for (const fault of FAST_FAULTS) {
        await test.step(fault, async () => {
          api.faults.set(endpoint, fault);
          await page.goto(`${APP}${PAGE_OF[endpoint]}`);
          await expectShellAlive(page);
          if (fault === 'empty') {
            // An empty list is not an error: it is said as missing where the data would be, never drawn as zeros.
            await expect(page.locator('.panel-message, [role="alert"], [role="status"][aria-label="Empty data"]').first()).toBeVisible({ timeout: 15_000 });
            api.faults.delete(endpoint);
            return;
          }
          const alert = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Retry' }) }).first();
          await expect(alert).toBeVisible({ timeout: 15_000 });
          api.faults.delete(endpoint);
          await alert.getByRole('button', { name: 'Retry' }).click();
          await expect(page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Retry' }) })).toHaveCount(0, { timeout: 15_000 });
          // Every card drawn again (scrolled through as a reader would: far cards draw when near).
          await waitForCards(page);
        });
      }
    });
  }

  test('a request that never answers: slow notice at 8 s, a message by 15 s (controlled clock), and Retry brings it back', async ({ page, problems }) => {
    void problems;
    api.faults.set('fabs', 'hang');
    await page.clock.install();
    await page.goto(`${APP}/chips`);
    await expectShellAlive(page);
    const card = page.getByRole('region', { name: 'Chip plants by status', exact: true });
    await page.clock.runFor(7_000);
    await expect(page.getByRole('status', { name: 'Slow data' })).toHaveCount(0);
    await page.clock.runFor(1_500);
    await expect(page.getByRole('status', { name: 'Slow data' })).toContainText('Still loading chip plants: the data service is slow.');
    await page.clock.runFor(5_000);
    await expect(card.getByRole('alert')).toContainText('Loading chip plants took longer than 12 s and was abandoned.');
    await expect(page.getByRole('status', { name: 'Slow data' })).toHaveCount(0);
    api.faults.delete('fabs');
    await card.getByRole('button', { name: 'Retry' }).click();
    await page.clock.runFor(2_000);
    await expect(card.getByRole('alert')).toHaveCount(0);
  });
});
