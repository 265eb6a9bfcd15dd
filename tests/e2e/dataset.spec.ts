import { MOCKED_PORT } from './playwright.config';
import { expect, test } from './fixtures';

const BASE = `http://localhost:${MOCKED_PORT}`;
const CITIES = ['wuhan', 'xian', 'chengdu'] as const;

type Observation = { entityId: string; metricId: string; status: string };
type Entity = { id: string; kind: string; parentId: string | null };
type Fab = { cityId: string; facilityType: string; status: string };

test.describe('the dataset, as the service worker serves it to the page', () => {
  test('is broad enough to compare the three hubs', async ({ page, problems }) => {
    void problems;
    await page.goto(BASE);
    // A drawn chart means the worker controls the page and has switched mocking on for it (a
    // controller alone is not enough: MSW passes requests through until its client is activated).
    await expect(page.locator('.chart-card svg.recharts-surface').first()).toBeVisible();
    const data = await page.evaluate(async () => {
      const get = async (path: string) => (await (await fetch(`/api/v1/${path}`)).json()) as { data: unknown[] };
      return {
        metrics: (await get('metrics')).data,
        observations: (await get('observations')).data,
        entities: (await get('entities')).data,
        fabs: (await get('fabs')).data,
      };
    });
    expect(data.metrics.length).toBeGreaterThanOrEqual(30);

    const entities = data.entities as Entity[];
    // A city's figures include those of its zones, universities and companies based there.
    const cityOf = (entityId: string): string | undefined => {
      if ((CITIES as readonly string[]).includes(entityId)) return entityId;
      const parent = entities.find((e) => e.id === entityId)?.parentId;
      return parent ? cityOf(parent) : undefined;
    };
    for (const city of CITIES) {
      const rows = (data.observations as Observation[]).filter((o) => cityOf(o.entityId) === city);
      const withValues = new Set(rows.map((o) => o.metricId));
      const sourced = new Set(rows.filter((o) => o.status === 'reported' || o.status === 'seed').map((o) => o.metricId));
      expect(withValues.size, `${city}: metrics with values`).toBeGreaterThanOrEqual(20);
      expect(sourced.size, `${city}: metrics with a reported or seed value`).toBeGreaterThanOrEqual(12);
    }

    const fabs = data.fabs as Fab[];
    expect(new Set(fabs.map((f) => f.facilityType))).toEqual(new Set(['frontEnd', 'assemblyTest', 'materials']));
    const citiesWith = (status: string) => new Set(fabs.filter((f) => f.status === status).map((f) => f.cityId));
    expect(citiesWith('operating').size).toBeGreaterThan(1);
    expect(citiesWith('halted').size).toBeGreaterThan(1);
    // Only Chengdu's Tsinghua Unigroup memory base is known to have been cancelled outright.
    expect(citiesWith('cancelled').size).toBeGreaterThanOrEqual(1);
    const anyStoppedPlant = new Set(fabs.filter((f) => f.status === 'halted' || f.status === 'cancelled').map((f) => f.cityId));
    expect(anyStoppedPlant.size).toBeGreaterThan(1);
  });
});

test.describe('when service workers are unavailable', () => {
  test.use({ serviceWorkers: 'block', expectedProblems: [/Service Worker registration blocked by Playwright/] });

  test('the page says plainly that the built-in data could not start', async ({ page, problems }) => {
    void problems;
    await page.goto(`${BASE}/chips`);
    await expect(page.getByRole('alert').filter({ hasText: 'built-in data could not start' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    // No chart pretends to have data.
    await expect(page.locator('svg.recharts-surface')).toHaveCount(0);
  });
});
