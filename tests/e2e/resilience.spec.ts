import fc from 'fast-check';
import { CITY_IDS, CURRENCIES, METRIC_CATEGORIES } from '../../src/api/vocabulary';
import { NORMALISATIONS } from '../../src/domain/normalise';
import { inspectViewSearch, serializeViewSearch } from '../../src/view-state/search-params';
import { loadViewSearch } from '../../src/view-state/search-params';
import { HOSTILE_TEXT } from '../../mocks/scenarios';
import { MOCKED_PORT } from './playwright.config';
import { expect, test } from './fixtures';

const BASE = `http://localhost:${MOCKED_PORT}`;

test.describe('hostile text from the API', () => {
  for (const [path, endpoints] of [
    ['/sources', 'sources:hostile,observations:hostile,metrics:hostile'],
    ['/chips', 'fabs:hostile,entities:hostile'],
    ['/timeline', 'events:hostile'],
    ['/industries', 'industries:hostile'],
  ] as const) {
    test(`${path}: shows markup as characters and runs nothing`, async ({ page, problems }) => {
      void problems;
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${BASE}${path}?view=table&_scenario=${endpoints}`);
      await expect(page.getByText(HOSTILE_TEXT, { exact: false }).first()).toBeVisible({ timeout: 20_000 });
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });
  }
});

test.describe('synthetic data stays in the lab', () => {
  test('a plain production build ignores _scenario=all:synthetic: real data, no banner', async ({ page, problems }) => {
    void problems;
    await page.goto(`${BASE}/sources?view=table&q=Synthetic&_scenario=all:synthetic`);
    const values = page.getByRole('region', { name: 'Every value' });
    await expect(values.getByText(/^0 of \d+ values/)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('alert', { name: 'Not real data' })).toHaveCount(0);
  });
});

// 50 links built from the real parameter names with bad values. The seed is fixed (so the test's
// title, and the links, are the same in every worker process) and printed; FC_SEED tries others.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_261_128;
const NAMES = ['cities', 'view', 'from', 'to', 'norm', 'cur', 'w', 'theme', 'kinds', 'q', 'status', '__proto__', 'constructor', 'zz'];
const VALUE = fc.oneof(
  fc.constantFrom(...CITY_IDS, ...CURRENCIES, ...NORMALISATIONS, 'paris', '', ',', '1e999', '-5', '2020', '1899', 'table', 'contrast'),
  fc.constantFrom(...METRIC_CATEGORIES).map((c) => `${c}:9`),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const SECTIONS = ['/', '/industries', '/talent', '/chips', '/timeline', '/sources'];
const links = fc.sample(
  fc.tuple(
    fc.constantFrom(...SECTIONS),
    fc.array(fc.tuple(fc.constantFrom(...NAMES), VALUE), { minLength: 1, maxLength: 5 }),
  ),
  { seed, numRuns: 50 },
);

test.describe(`50 generated links (seed ${seed}; FC_SEED=${seed} replays them)`, () => {
  test('each opens a view with a chart, a canonical address and the notice, and no page error', async ({ page, problems }) => {
    void problems;
    test.setTimeout(240_000);
    for (const [section, pairs] of links) {
      const params = new URLSearchParams();
      for (const [name, value] of pairs) params.append(name, value);
      const search = `?${params.toString()}`;
      const expectedQuery = serializeViewSearch(loadViewSearch(search));
      const ignored = inspectViewSearch(search);
      await page.goto(`${BASE}${section}${search}`);
      await expect(page.locator('.chart-card').first(), `${section}${search}`).toBeVisible();
      // A drawn figure (a Recharts chart, or figures drawn in HTML such as the pillar cards) or a table.
      await expect(page.locator('.chart-card figure.chart-figure[data-rendered-for], .chart-card table').first(), `${section}${search}`).toBeVisible({
        timeout: 15_000,
      });
      if (ignored.length > 0) await expect(page.getByRole('status', { name: 'Link notice' }), `${section}${search}`).toBeVisible();
      // The address bar ends on the canonical link of the view shown.
      const canonical = (query: string) => new URLSearchParams(query).toString();
      await expect
        .poll(() => canonical(new URL(page.url()).search), { message: `${section}${search}` })
        .toBe(canonical(ignored.length > 0 ? expectedQuery : search));
    }
  });
});
