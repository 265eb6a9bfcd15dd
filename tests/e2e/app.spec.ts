import { MOCKED_PORT } from './playwright.config';
import { cardByTitle, expect, test } from './fixtures';

const BASE = `http://localhost:${MOCKED_PORT}`;

const SECTIONS = [
  { path: '/', heading: 'Overview', card: 'GDP', resource: 'observations' },
  { path: '/industries', heading: 'Industries', card: 'Pillar industry output', resource: 'industries' },
  { path: '/talent', heading: 'Talent', card: 'Students in higher education', resource: 'observations' },
  { path: '/chips', heading: 'Chips', card: 'Chip plants by status', resource: 'fabs' },
  { path: '/timeline', heading: 'Timeline', card: 'Events that shaped the three hubs', resource: 'events' },
  { path: '/sources', heading: 'Sources & data', card: 'What the figures are made of', resource: 'observations' },
] as const;

test.describe('the built app, served statically', () => {
  for (const section of SECTIONS) {
    test(`${section.heading} draws a chart from its own data, answered by the service worker`, async ({ page, problems }) => {
      void problems;
      const answered: string[] = [];
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.pathname.startsWith('/api/v1/') && response.fromServiceWorker()) answered.push(url.pathname);
      });
      await page.goto(`${BASE}${section.path}`);
      await expect(page.getByRole('heading', { level: 1, name: section.heading })).toBeVisible();
      const card = await cardByTitle(page, section.card);
      await expect(card.locator('svg.recharts-surface').first()).toBeVisible();
      await expect(card.locator('.recharts-surface .recharts-layer').first()).toBeAttached();
      expect(answered).toContain(`/api/v1/${section.resource}`);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    });
  }

  test('shows the three cities with their Chinese names in the self-hosted font', async ({ page, problems }) => {
    void problems;
    await page.goto(BASE);
    for (const name of ['Wuhan 武汉', "Xi'an 西安", 'Chengdu 成都']) {
      await expect(page.getByRole('checkbox', { name })).toBeChecked();
    }
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Hubscope CJK"', '武汉西安成都'))).toBe(true);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((face) => face.family.includes('Hubscope CJK') && face.status === 'loaded');
    });
    expect(loaded).toBe(true);
  });
  test('logs nothing across a first visit, quick reloads and a second tab', async ({ page, context, problems }) => {
    void problems;
    await page.goto(BASE);
    await expect((await cardByTitle(page, 'GDP')).locator('.recharts-surface').first()).toBeVisible({ timeout: 20_000 });
    // Reloads before the page has settled: MSW's start() then updates a registration that may be going away.
    // A reload can be cut short by the page's own (MSW reloads a page its worker does not control yet).
    for (let i = 0; i < 6; i += 1) await page.goto(BASE, { waitUntil: 'commit' }).catch(() => undefined);
    await page.goto(BASE);
    await expect((await cardByTitle(page, 'GDP')).locator('.recharts-surface').first()).toBeVisible({ timeout: 20_000 });

    const other = await context.newPage();
    const otherProblems: string[] = [];
    other.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') otherProblems.push(`${message.type()}: ${message.text()}`);
    });
    other.on('pageerror', (error) => otherProblems.push(error.message));
    await other.goto(`${BASE}/chips`);
    await expect((await cardByTitle(other, 'Chip plants by status')).getByRole('figure').first()).toBeVisible({ timeout: 20_000 });
    await other.goto(`${BASE}/chips`, { waitUntil: 'commit' }).catch(() => undefined);
    await other.goto(`${BASE}/chips`);
    await expect((await cardByTitle(other, 'Chip plants by status')).getByRole('figure').first()).toBeVisible({ timeout: 20_000 });
    expect(otherProblems).toEqual([]);
  });

  // axe on every section, in every theme and in presentation mode: a11y.spec.ts.
});

test.describe('fault scenarios in the built app', () => {
  // The browser logs the simulated 500 as a failed resource load; that is the point of the test.
  test.use({ expectedProblems: [/status of 500/] });

  test('a failing endpoint breaks only its own panel; the rest keeps working', async ({ page, problems }) => {
    void problems;
    await page.goto(`${BASE}/chips?_scenario=fabs:serverError`);
    const card = page.getByRole('region', { name: 'Chip plants by status', exact: true });
    await expect(card.getByRole('alert')).toContainText('HTTP 500', { timeout: 20_000 });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await page.getByRole('link', { name: 'Industries' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Industries' })).toBeVisible();
    const output = await cardByTitle(page, 'Pillar industry output');
    await expect(output.locator('svg.recharts-surface').first()).toBeVisible();
  });

  test('a simulated fault says so, and Reset view takes it away and loads the real data', async ({ page, problems }) => {
    void problems;
    await page.goto(`${BASE}/chips?_scenario=fabs:serverError`);
    await expect(page.getByRole('note', { name: 'Simulated fault' })).toContainText('Simulated fault: fabs: server error (500).');
    const card = page.getByRole('region', { name: 'Chip plants by status', exact: true });
    await expect(card.getByRole('alert')).toContainText('HTTP 500', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect(page).toHaveURL(`${BASE}/chips`);
    await expect(page.getByRole('note', { name: 'Simulated fault' })).toHaveCount(0);
    // The worker's fault handler is gone: the same card loads from the dataset without a reload.
    await expect(card.getByRole('alert')).toHaveCount(0, { timeout: 20_000 });
    await expect(card.getByRole('figure').first()).toBeVisible();
  });
});
