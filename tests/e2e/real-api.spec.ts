import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStandInApi } from './api-bodies';
import { REAL_API_APP_PORT, REAL_API_PORT } from './playwright.config';
import { expect, test } from './fixtures';

const DIST = resolve(import.meta.dirname, '../../dist-real-api');

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
    const api = await startStandInApi();
    try {
      await page.goto(`http://localhost:${REAL_API_APP_PORT}/chips`);
      const card = page.getByRole('region', { name: 'Chip plants by status', exact: true });
      await expect(card.locator('svg.recharts-surface').first()).toBeVisible();
      expect(api.requests).toContain('/api/v1/fabs');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    } finally {
      await api.close();
    }
  });
});
