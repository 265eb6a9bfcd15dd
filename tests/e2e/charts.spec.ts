import { MOCKED_PORT } from './playwright.config';
import { cardByTitle, expect, test, waitForCards } from './fixtures';

const BASE = `http://localhost:${MOCKED_PORT}`;
const SECTIONS = ['/', '/industries', '/talent', '/chips', '/timeline', '/sources'];

test.describe('every chart at 1280x720', () => {
  for (const path of SECTIONS) {
    test(`${path}: each chart has a source line, and a table view`, async ({ page, problems }) => {
      void problems;
      await page.goto(`${BASE}${path}`);
      await waitForCards(page);
      const chartCards = page.locator('.chart-card:has(figure)');
      const count = await chartCards.count();
      expect(count).toBeGreaterThan(0);
      const titles: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const card = chartCards.nth(i);
        const title = (await card.locator('h2').textContent()) ?? '';
        titles.push(title);
        await expect(card.locator('.chart-card__footer'), `${title}: source line`).toContainText(/Sources?: /);
        await expect(card.locator('.chart-card__footer'), `${title}: dataset date`).toContainText('Dataset as of');
      }
      await page.getByRole('radio', { name: 'Tables' }).click();
      await expect(page.getByRole('radio', { name: 'Tables' })).toBeChecked();
      await expect(page).toHaveURL(/view=table/);
      for (const title of titles) {
        const card = page.getByRole('region', { name: title, exact: true });
        await expect(card.locator('table, ul.insights').first(), `${title}: table view`).toBeVisible();
      }
    });
  }

  for (const title of ['Real GDP growth', 'Permanent population']) {
    test(`${title}: the estimate marks on the chart match the estimate rows of its table`, async ({ page, problems }) => {
      void problems;
      await page.goto(BASE);
      const card = await cardByTitle(page, title);
      await expect(card.locator('figure .recharts-surface').first()).toBeVisible();
      const marks = await card.locator('figure .recharts-surface [data-status="estimate"]').count();
      expect(marks).toBeGreaterThan(0);
      await expect(card.locator('li[data-status="estimate"]')).toHaveText(/Estimate/);
      await page.getByRole('radio', { name: 'Tables' }).click();
      await expect(page.getByRole('radio', { name: 'Tables' })).toBeChecked();
      const estimateRows = card.locator('table tbody tr').filter({ has: page.locator('.status-badge--estimate') });
      await expect(estimateRows).toHaveCount(marks);
    });
  }
});

test.describe('spotlight', () => {
  test('key 2 dims the other cities on every chart and thickens Xi’an; typing a weight does not', async ({ page, problems }) => {
    void problems;
    await page.goto(BASE);
    const gdp = await cardByTitle(page, 'GDP');
    await expect(gdp.locator('.series-city--xian').first()).toBeAttached();
    const weight = page.getByRole('spinbutton', { name: 'Pillar industries' });
    await weight.fill('2');
    await expect(page).toHaveURL(/w=pillar/);
    expect(await page.evaluate(() => document.documentElement.dataset.spotlight)).toBeUndefined();

    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('2');
    await expect(page).toHaveURL(/spot=xian/);
    // Back to the GDP card: drawn far below the weights, it redraws for the new view when it comes near.
    await gdp.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const opacity = (selector: string) => gdp.locator(selector).first().evaluate((el) => Number(getComputedStyle(el).opacity));
    await expect.poll(() => opacity('.series-city--wuhan')).toBeLessThan(0.5);
    expect(await opacity('.series-city--xian')).toBe(1);
    const strokeWidth = await gdp
      .locator('.series-city--xian .recharts-curve')
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).strokeWidth));
    expect(strokeWidth).toBeGreaterThanOrEqual(6);
    // The value labels dim with their bars: they are drawn in a layer of their own.
    const composite = await cardByTitle(page, 'Composite index');
    const labelOpacity = (city: string) =>
      composite.locator(`.recharts-label-list text.series-city--${city}`).first().evaluate((el) => Number(getComputedStyle(el).opacity));
    await expect.poll(() => labelOpacity('wuhan')).toBeLessThan(0.5);
    expect(await labelOpacity('xian')).toBe(1);
    await page.keyboard.press('0');
    await expect.poll(() => labelOpacity('wuhan')).toBe(1);
    await gdp.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await expect.poll(() => opacity('.series-city--wuhan')).toBe(1);
  });
});

test.describe('drawing on demand', () => {
  test('a card far below the window holds its space and draws when scrolled near; printing draws every card first', async ({ page, problems }) => {
    void problems;
    await page.goto(BASE);
    await expect(page.locator('figure[data-rendered-for]').first()).toBeVisible();
    const population = page.getByRole('region', { name: 'Permanent population', exact: true });
    // Loaded (its sources are shown) but not drawn yet, three screens down.
    await expect(population.locator('.chart-card__footer')).toContainText('Source');
    await expect(population.locator('.recharts-surface')).toHaveCount(0);
    const held = await population.boundingBox();

    await population.scrollIntoViewIfNeeded();
    await expect(population.locator('.recharts-surface').first()).toBeVisible();
    const drawn = await population.boundingBox();
    expect(Math.abs((drawn?.height ?? 0) - (held?.height ?? -100))).toBeLessThanOrEqual(1);

    await page.goto(BASE);
    await expect(page.locator('figure[data-rendered-for]').first()).toBeVisible();
    await expect(page.locator('.chart-card__undrawn').first()).toBeAttached();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('.chart-card__undrawn')).toHaveCount(0);
    await expect(population.locator('.recharts-surface').first()).toBeAttached();
  });

  test('after a card was shown alone, "Show all cards" brings back cards that still draw when scrolled to', async ({ page, problems }) => {
    void problems;
    await page.goto(`${BASE}/?card=headline`);
    await expect(page.locator('figure[data-rendered-for]').first()).toBeVisible();
    await page.getByRole('button', { name: /^Show all cards/ }).click();
    const population = page.getByRole('region', { name: 'Permanent population', exact: true });
    await expect(population.locator('.chart-card__footer')).toContainText('Source');
    await population.scrollIntoViewIfNeeded();
    await expect(population.locator('.recharts-surface').first()).toBeVisible();
  });

  test('Ctrl+P draws every card, waits until each chart has its size, then prints', async ({ page, problems }) => {
    void problems;
    await page.goto(BASE);
    await expect(page.locator('figure[data-rendered-for]').first()).toBeVisible();
    await expect(page.locator('.chart-card__undrawn').first()).toBeAttached();
    await page.evaluate(() => {
      const calls: number[] = [];
      (window as unknown as { printCalls: number[] }).printCalls = calls;
      window.print = () => {
        // What the printout would show at this moment: charts without a drawn surface.
        calls.push(document.querySelectorAll('.chart-card__undrawn, .recharts-responsive-container:not(:has(.recharts-wrapper > svg))').length);
      };
    });
    await page.keyboard.press('Control+p');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number[] }).printCalls)).toEqual([0]);
  });
});
