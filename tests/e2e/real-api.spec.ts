import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { API_BODIES } from './api-bodies';
import { REAL_API_APP_PORT, REAL_API_PORT } from './playwright.config';
import { expect, test } from './fixtures';

const DIST = resolve(import.meta.dirname, '../../dist-real-api');

/** A stand-in for a real backend on another origin: the same dataset over plain HTTP with CORS. */
function startApi(): Promise<{ server: Server; requests: string[] }> {
  const requests: string[] = [];
  const resources = API_BODIES;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${REAL_API_PORT}`);
    requests.push(url.pathname);
    const body = resources[url.pathname.replace(/^\/api\/v1\//, '')];
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    response.end(JSON.stringify(body ?? { error: { status: 404, code: 'not_found', message: 'no such resource' } }));
  });
  return new Promise((done) => server.listen(REAL_API_PORT, '127.0.0.1', () => done({ server, requests })));
}

test.describe('a build with VITE_API_BASE_URL', () => {
  test('ships no MSW code and no worker file', () => {
    expect(existsSync(resolve(DIST, 'index.html'))).toBe(true);
    expect(existsSync(resolve(DIST, 'mockServiceWorker.js'))).toBe(false);
    const assets = readdirSync(resolve(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    for (const file of assets) {
      const code = readFileSync(resolve(DIST, 'assets', file), 'utf8');
      // Booleans, so a failure names the file instead of printing a minified bundle.
      expect(code.includes('mockServiceWorker'), `${file} mentions mockServiceWorker`).toBe(false);
      expect(code.includes('[MSW]'), `${file} contains MSW code`).toBe(false);
      expect(code.includes('scenarioHandlers') || code.includes('Simulated server error'), `${file} contains fault scenarios`).toBe(false);
    }
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8').replaceAll('&#39;', "'");
    expect(html).toContain(`connect-src 'self' http://127.0.0.1:${REAL_API_PORT}`);
  });

  test('calls that API and draws its data, with no service worker', async ({ page, problems }) => {
    void problems;
    const { server, requests } = await startApi();
    try {
      await page.goto(`http://localhost:${REAL_API_APP_PORT}/chips`);
      const card = page.getByRole('region', { name: 'Chip plants by status', exact: true });
      await expect(card.locator('svg.recharts-surface').first()).toBeVisible();
      expect(requests).toContain('/api/v1/fabs');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
