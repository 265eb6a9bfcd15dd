import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEFAULT_DECK } from '../../src/features/presentation/model/default-deck';
import { expect, test } from './fixtures';
import { MOCKED_PORT } from './playwright.config';

const BASE = `http://localhost:${MOCKED_PORT}`;

/** The opening words of a default-deck slide's notes (1-based), enough to find them anywhere. */
function notesOf(slideNumber: number): string {
  const notes = DEFAULT_DECK.slides[slideNumber - 1]?.notes ?? '';
  expect(notes.length, `slide ${slideNumber} of the default deck has notes`).toBeGreaterThan(40);
  return notes.slice(0, 40);
}

/** Every text of the page, hidden parts included (a notes panel out of sight still counts). */
async function allText(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.textContent ?? '');
}

test.describe('presenter view', () => {
  test('opens in a second window, steps from either window, and the notes are only in the presenter’s', async ({ page, problems }) => {
    const total = DEFAULT_DECK.slides.length;
    await page.goto(`${BASE}/`);
    await page.getByRole('button', { name: 'Present' }).click();
    const bar = page.getByRole('region', { name: 'Presentation' });
    await expect(bar).toBeVisible();
    await expect(page).toHaveURL(/[?&]slide=1(&|$)/);

    const popup = page.waitForEvent('popup');
    await bar.getByRole('button', { name: 'Presenter view' }).click();
    const presenter = await popup;
    // The presenter's window is held to the same standard as the page: no errors, no warnings.
    presenter.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.consoleErrors.push(`presenter ${message.type()}: ${message.text()}`);
    });
    presenter.on('pageerror', (error) => problems.pageErrors.push(`presenter: ${error.message}`));
    await presenter.setViewportSize({ width: 1280, height: 720 });
    await expect(presenter).toHaveURL(/\/presenter\?channel=[\w-]+$/);

    await expect(presenter.getByRole('status').filter({ hasText: 'Connected to the presentation window' })).toBeVisible();
    const notes = presenter.getByRole('region', { name: 'Speaker notes' });
    await expect(presenter.getByText(`Slide 1 of ${total}`)).toBeVisible();
    await expect(notes).toContainText(notesOf(1));
    await expect(presenter.getByRole('region', { name: `Next slide: 2 of ${total}` })).toBeVisible();
    // The current slide is drawn as the shared screen shows it.
    await expect(presenter.locator('.presenter-slide--current .chart-card')).toBeVisible();
    expect(await allText(page)).not.toContain(notesOf(1));

    // A key in the presenter's window steps the shared one.
    await presenter.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/[?&]slide=2(&|$)/);
    await expect(presenter.getByText(`Slide 2 of ${total}`)).toBeVisible();
    await expect(notes).toContainText(notesOf(2));

    // A key in the shared window steps the presenter's.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/[?&]slide=3(&|$)/);
    await expect(presenter.getByText(`Slide 3 of ${total}`)).toBeVisible();
    await expect(notes).toContainText(notesOf(3));
    await expect(bar.locator('.presentation-bar__position')).toHaveText(`3 / ${total}`);

    // The presenter's Previous button works too.
    await presenter.getByRole('button', { name: '‹ Previous' }).click();
    await expect(page).toHaveURL(/[?&]slide=2(&|$)/);
    await expect(presenter.getByText(`Slide 2 of ${total}`)).toBeVisible();

    const shared = await allText(page);
    for (const slideNumber of [1, 2, 3]) expect(shared, `notes of slide ${slideNumber} on the shared screen`).not.toContain(notesOf(slideNumber));

    const violations = (await new AxeBuilder({ page: presenter }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze()).violations;
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Leaving presentation mode is said in the presenter's window.
    await page.keyboard.press('Escape');
    await expect(bar).toHaveCount(0);
    await expect(presenter.getByRole('status').filter({ hasText: 'Not connected' })).toBeVisible();
    await expect(presenter.getByText(/left presentation mode or was closed/)).toBeVisible();
  });
});
