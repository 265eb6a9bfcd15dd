import * as data from '../../mocks/data';
import { syntheticDataset, syntheticSource } from '../../mocks/synthetic';
import { API_BODIES, startStandInApi } from './api-bodies';
import { REAL_API_APP_PORT } from './playwright.config';
import { expect, test } from './fixtures';

/*
 * The Every value table at the benchmark's scale: 36,000 synthetic observations beside the
 * dataset (generated, not real data). The mocked build serves synthetic rows only in builds made
 * for the benchmark, so this uses the real-API build and the real-API tests' stand-in API, with
 * the synthetic rows added to the metrics, sources and observations it answers.
 */
const synthetic = syntheticDataset();
const metrics = [...data.metrics, ...synthetic.metrics];
const observations = [...data.observations, ...synthetic.observations];
const TOTAL = observations.length;
const SUBTITLE = (shown: number) => `${shown} of ${TOTAL} values, all places and metrics`;

test('Every value at 36,000 values: a window of rows, End to the last row and Home to the first, and a search over every row', async ({ page, problems }) => {
  void problems;
  expect(synthetic.observations.length).toBe(36_000);
  const api = await startStandInApi({
    ...API_BODIES,
    metrics: { data: metrics },
    sources: { data: [...data.sources, syntheticSource] },
    observations: { data: observations },
  });
  try {
    await page.goto(`http://localhost:${REAL_API_APP_PORT}/sources`);
    const card = page.getByRole('region', { name: 'Every value', exact: true });
    await expect(card.getByText(SUBTITLE(TOTAL))).toBeVisible({ timeout: 20_000 });
    const box = card.getByRole('region', { name: 'Every value, table', exact: true });
    const table = box.getByRole('table');
    // Assistive technology hears the full size; the document holds only the rows in and near view.
    await expect(table).toHaveAttribute('aria-rowcount', String(TOTAL + 1));
    const rows = box.locator('tbody tr[aria-rowindex]');
    expect(await rows.count()).toBeLessThan(100);

    // The table's first order is by year, equal years in the order served: the last row is the
    // last 2024 value served, a synthetic one. Its rows wrap (a long method note), so End has to
    // carry on as they are measured.
    const lastValue = [...observations].sort((a, b) => a.year - b.year).at(-1);
    const lastLabel = metrics.find((m) => m.id === lastValue?.metricId)?.label;
    if (!lastValue || !lastLabel) throw new Error('no last value');
    await box.focus();
    await page.keyboard.press('End');
    const lastRow = table.locator(`tr[aria-rowindex="${TOTAL + 1}"]`);
    await expect(lastRow).toBeInViewport({ ratio: 1 });
    await expect(lastRow.getByRole('cell', { name: lastLabel, exact: true })).toBeVisible();
    await expect(lastRow.getByRole('cell', { name: String(lastValue.year), exact: true })).toBeVisible();
    expect(await rows.count()).toBeLessThan(100);
    // The header row stays in view above them.
    await expect(box.getByRole('columnheader', { name: /^Value/ })).toBeInViewport();

    await page.keyboard.press('Home');
    await expect(table.locator('tr[aria-rowindex="2"]')).toBeInViewport();
    await expect(lastRow).toHaveCount(0);

    // Search narrows every row, not only those drawn; 90 rows draw whole, as a plain table.
    const search = card.getByRole('searchbox', { name: 'Search' });
    await search.fill('Synthetic metric 400');
    await expect(card.getByText(SUBTITLE(90))).toBeVisible();
    await expect(box.locator('tbody tr')).toHaveCount(90);
    await expect(table).not.toHaveAttribute('aria-rowcount');
    for (const cell of await box.locator('tbody tr td:nth-child(2)').allTextContents()) expect(cell).toBe('Synthetic metric 400');
    expect(api.requests.filter((path) => !Object.keys(API_BODIES).some((endpoint) => path === `/api/v1/${endpoint}`))).toEqual([]);
  } finally {
    await api.close();
  }
});
