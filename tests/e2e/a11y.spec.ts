import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test, waitForCards } from './fixtures';
import { SECTIONS } from '../../src/app/sections';
import { MOCKED_PORT } from './playwright.config';

const BASE = `http://localhost:${MOCKED_PORT}`;
const THEMES = ['light', 'dark', 'contrast'] as const;

/**
 * A theme only swaps the colour tokens (styles/app.css), so the rules that read colours are the
 * ones whose outcome can differ between themes: every rule runs in the light theme and on the
 * projector-theme slides; these run again in the other themes. (Running the rest three times
 * would only triple the time.) Those passes leave out the charts' SVG: axe cannot judge text
 * drawn there (it reports it as image content, never as a pass or a violation), so it would only
 * spend time; the contrast of chart text and marks is checked by src/domain/palette.test.ts.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe and returns one line per violation, named by where it was found. */
async function axeViolations(page: Page, where: string, { scope, colourOnly = false }: { scope?: string; colourOnly?: boolean } = {}): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of finishing each run in a new blank page: the
  // app has no frames, so nothing is lost, and each scan costs about half as much.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (colourOnly) builder.withRules(COLOUR_RULES).exclude('svg.recharts-surface');
  if (scope) builder.include(scope);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${where}: ${v.id} (${v.impact ?? 'unknown'}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What the focused element is and whether it shows a focus indicator a sighted keyboard user can see. */
async function focusStop(page: Page): Promise<{ name: string; indicator: string | null }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { name: '(nothing focused)', indicator: null };
    const style = getComputedStyle(element);
    // A field's name is its label's own words, not the options inside it.
    const label = element.closest('label')?.cloneNode(true) as HTMLElement | undefined;
    label?.querySelectorAll('select, input, textarea').forEach((field) => field.remove());
    const text = element.getAttribute('aria-label') ?? label?.textContent ?? element.textContent ?? '';
    const role = element.getAttribute('role') ?? element.getAttribute('type') ?? element.tagName.toLowerCase();
    const name = `${role} “${text.replace(/\s+/g, ' ').trim().slice(0, 48)}”`;
    const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
    let indicator: string | null = null;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor))
      indicator = `outline ${style.outlineWidth} ${style.outlineColor}`;
    else if (style.boxShadow !== 'none') indicator = `box-shadow ${style.boxShadow}`;
    return { name, indicator };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `limit` times, checking at every
 * stop that the focused element shows a focus indicator. Returns the stops, for the test's report.
 */
async function tabTo(page: Page, target: Locator, limit: number, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<string[]> {
  const stops: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press(key);
    const stop = await focusStop(page);
    expect(stop.indicator, `visible focus on ${stop.name}`).not.toBeNull();
    stops.push(`${stop.name}: ${stop.indicator}`);
    if (await target.evaluate((element) => element === document.activeElement)) return stops;
  }
  throw new Error(`${key} did not reach the target within ${limit} presses; stops:\n${stops.join('\n')}`);
}

async function expectVisibleFocus(page: Page, target: Locator): Promise<string> {
  await expect(target).toBeFocused();
  const stop = await focusStop(page);
  expect(stop.indicator, `visible focus on ${stop.name}`).not.toBeNull();
  return `${stop.name}: ${stop.indicator}`;
}

/** The slide bar's "3 / 8", as numbers. */
async function slidePosition(bar: Locator): Promise<[number, number]> {
  const [at, total] = (await bar.locator('.presentation-bar__position').innerText()).split('/').map((part) => Number(part.trim()));
  return [at ?? NaN, total ?? NaN];
}

/** Waits until the slide's own card (card= in its address) has drawn, not the previous slide's. */
async function waitForSlideCard(page: Page) {
  const card = new URL(page.url()).searchParams.get('card');
  expect(card, 'every default slide shows one card').not.toBeNull();
  await expect(page.locator(`.chart-card[data-card-id="${card}"]`)).toBeVisible();
  await waitForCards(page);
}

/**
 * Every chart is a figure named by its card's title and described in words, and `t` replaces it
 * with the table of the same rows (and back).
 */
async function expectChartAlternatives(page: Page) {
  const cards = page.locator('.chart-card:has(figure.chart-figure)');
  const ids: string[] = [];
  for (const card of await cards.all()) {
    const title = await card.locator('.chart-card__title').innerText();
    const figure = card.locator('figure.chart-figure');
    await expect(figure, `the ${title} chart`).toHaveAccessibleName(title);
    await expect(figure, `the ${title} chart`).toHaveAccessibleDescription(/\S/);
    ids.push((await card.getAttribute('data-card-id')) ?? '');
  }
  expect(ids.length, 'charts on the section').toBeGreaterThan(0);
  await page.keyboard.press('t');
  await expect(page).toHaveURL(/[?&]view=table(&|$)/);
  for (const id of ids) await expect(page.locator(`.chart-card[data-card-id="${id}"] table`).first(), `${id} as a table`).toBeVisible();
  await page.keyboard.press('t');
  await expect(page).not.toHaveURL(/[?&]view=table/);
  await expect(cards).toHaveCount(ids.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Inside each figure, Recharts' own svg is a Tab stop (role application, its keyboard layer): a
 * screen reader announces it by its name, so it is named by its card's title (small multiples: the
 * title, then the part's heading) and described, as the figure is. Every chart's root svg is checked,
 * and that it is such a stop.
 */
async function expectChartDrawingsNamed(page: Page) {
  const roots = page.locator('.recharts-wrapper > svg.recharts-surface');
  await expect(roots, 'every Recharts drawing is a keyboard stop').toHaveCount(await page.locator('svg.recharts-surface[role="application"]').count());
  const drawings = await roots.all();
  expect(drawings.length, 'Recharts drawings on the section').toBeGreaterThan(0);
  for (const svg of drawings) {
    const card = svg.locator('xpath=ancestor::section[contains(concat(" ", @class, " "), " chart-card ")]');
    const title = await card.locator('.chart-card__title').innerText();
    const inCard = await card.locator('.recharts-wrapper > svg.recharts-surface').count();
    await expect(svg, `a drawing in ${title}`).toHaveAttribute('role', 'application');
    await expect(svg, `a drawing in ${title}`).toHaveAccessibleName(inCard === 1 ? title : new RegExp(`^${escapeRegExp(title)} \\S`));
    await expect(svg, `a drawing in ${title}`).toHaveAccessibleDescription(/\S/);
  }
}

test.describe('axe in every theme', () => {
  for (const theme of THEMES) {
    const alsoCharts = theme === 'light' ? '; every chart and its drawing are named, described, and the chart given as a table' : '';
    test(`${theme} theme: axe finds no violations on any section, nor with the Export menu, the shortcuts or the deck editor open${alsoCharts}`, async ({
      page,
      problems,
    }) => {
      void problems;
      test.setTimeout(120_000);
      const found: string[] = [];
      // One page load; the sections are reached by their links, as a reader does (the theme stays in the address).
      await page.goto(`${BASE}/?theme=${theme}`);
      const sections = page.getByRole('navigation', { name: 'Sections' });
      for (const section of SECTIONS) {
        await sections.getByRole('link', { name: section.label, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: section.label })).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`^${BASE}${section.path}\\?theme=${theme}$`));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await waitForCards(page);
        found.push(...(await axeViolations(page, `${section.label} (${theme})`, { colourOnly: theme !== 'light' })));
        if (theme === 'light') {
          await expectChartDrawingsNamed(page);
          await expectChartAlternatives(page);
        }
      }

      // Open states, scanned where they are (the page behind them is scanned above).
      await sections.getByRole('link', { name: 'Overview', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      await waitForCards(page);
      const gdp = page.getByRole('region', { name: 'GDP', exact: true });
      const exportButton = gdp.getByRole('button', { name: 'Export GDP' });
      await exportButton.click();
      await expect(exportButton).toHaveAttribute('aria-expanded', 'true');
      await expect(gdp.getByRole('button', { name: 'CSV data' })).toBeVisible();
      found.push(...(await axeViolations(page, `Export menu open (${theme})`, { scope: '.export-menu' })));
      await page.keyboard.press('Escape');
      await expect(exportButton).toHaveAttribute('aria-expanded', 'false');

      await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
      const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(shortcuts).toBeVisible();
      found.push(...(await axeViolations(page, `shortcuts dialog open (${theme})`, { scope: 'dialog[open]' })));
      await shortcuts.getByRole('button', { name: 'Close' }).click();
      await expect(shortcuts).toBeHidden();

      await page.getByRole('button', { name: /^Deck( \(\d+\))?$/ }).click();
      const deck = page.getByRole('dialog', { name: 'Deck' });
      await expect(deck.getByRole('list', { name: 'Slides' })).toBeVisible();
      found.push(...(await axeViolations(page, `deck editor open (${theme})`, { scope: 'dialog[open]' })));
      await page.keyboard.press('Escape');
      await expect(deck).toBeHidden();

      expect(found).toEqual([]);
    });
  }

  // null: the theme presentation mode picks by itself, the projector theme.
  for (const theme of [null, 'light', 'dark'] as const) {
    const themeName = theme ?? 'projector (its default)';
    test(`${themeName} theme: axe finds no violations on any slide of the default deck in presentation mode at 1280x720`, async ({
      page,
      problems,
    }) => {
      void problems;
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${BASE}/${theme ? `?theme=${theme}` : ''}`);
      await waitForCards(page);
      await page.keyboard.press('p');
      const bar = page.getByRole('region', { name: 'Presentation' });
      await expect(bar).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? 'contrast');
      const [, total] = await slidePosition(bar);
      expect(total).toBeGreaterThanOrEqual(8);
      const found: string[] = [];
      for (let slide = 1; slide <= total; slide += 1) {
        if (slide > 1) await page.keyboard.press('ArrowRight');
        await expect(page).toHaveURL(new RegExp(`[?&]slide=${slide}(&|$)`));
        await expect(bar.locator('.presentation-bar__position')).toHaveText(`${slide} / ${total}`);
        await waitForSlideCard(page);
        found.push(...(await axeViolations(page, `slide ${slide} (${themeName})`, { colourOnly: theme !== null })));
      }
      expect(found).toEqual([]);
    });
  }
});

test.describe('keyboard only', () => {
  test('change cities, switch to tables, export a CSV, present and step the slides, leave: with visible focus at every stop', async ({
    page,
    problems,
  }) => {
    void problems;
    test.setTimeout(90_000);
    await page.goto(`${BASE}/`);
    await waitForCards(page);
    const stops: string[] = [];

    // 1. The city picker: Tab to Xi'an and switch it off with Space.
    const xian = page.getByRole('checkbox', { name: "Xi'an 西安" });
    stops.push(...(await tabTo(page, xian, 15)));
    await page.keyboard.press('Space');
    await expect(xian).not.toBeChecked();
    await expect(page).toHaveURL(/[?&]cities=wuhan%2Cchengdu(&|$)|[?&]cities=wuhan,chengdu(&|$)/);
    stops.push(await expectVisibleFocus(page, xian));

    // 2. Charts or tables: the radio group is one Tab stop; an arrow key chooses Tables.
    const charts = page.getByRole('radio', { name: 'Charts' });
    stops.push(...(await tabTo(page, charts, 5)));
    await page.keyboard.press('ArrowRight');
    const tables = page.getByRole('radio', { name: 'Tables' });
    await expect(tables).toBeChecked();
    await expect(page).toHaveURL(/[?&]view=table(&|$)/);
    stops.push(await expectVisibleFocus(page, tables));
    const gdp = page.getByRole('region', { name: 'GDP', exact: true });
    await expect(gdp.getByRole('table', { name: 'GDP: values by city and year' })).toBeVisible();
    await expect(gdp.getByRole('cell', { name: 'Wuhan 武汉', exact: true }).first()).toBeVisible();
    await expect(gdp.getByRole('cell', { name: 'Chengdu 成都', exact: true }).first()).toBeVisible();
    await expect(gdp.getByRole('cell', { name: "Xi'an 西安", exact: true })).toHaveCount(0);

    // 3. The GDP card's Export menu: Enter opens it, ArrowDown reaches CSV (images wait for Charts), Enter saves.
    const exportButton = gdp.getByRole('button', { name: 'Export GDP' });
    stops.push(...(await tabTo(page, exportButton, 80)));
    await page.keyboard.press('Enter');
    await expect(exportButton).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    const csvItem = gdp.getByRole('button', { name: 'CSV data' });
    stops.push(await expectVisibleFocus(page, csvItem));
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^hubscope-.+\.csv$/);
    const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(await download.path()).toString('utf8').replace(/^\uFEFF/, '').trim()).data;
    expect(header.length).toBeGreaterThan(3);
    expect(rows.length).toBeGreaterThan(0);
    const csvText = rows.flat().join(' ');
    expect(csvText).toMatch(/Wuhan/);
    expect(csvText).not.toMatch(/Xi'an|Xi’an/);
    await expect(gdp.getByRole('status').filter({ hasText: `Saved ${download.suggestedFilename()}` })).toBeVisible();
    // The menu closed and gave focus back to its button.
    await expect(exportButton).toHaveAttribute('aria-expanded', 'false');
    stops.push(await expectVisibleFocus(page, exportButton));

    // 4. Present with P, step with the arrows, jump with End, leave with Esc.
    await page.keyboard.press('p');
    const bar = page.getByRole('region', { name: 'Presentation' });
    await expect(bar).toBeVisible();
    await expect(page).toHaveURL(/[?&]slide=1(&|$)/);
    const [, total] = await slidePosition(bar);
    await expect(bar.locator('.presentation-bar__position')).toHaveText(`1 / ${total}`);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/[?&]slide=2(&|$)/);
    await expect(bar.locator('.presentation-bar__position')).toHaveText(`2 / ${total}`);
    await page.keyboard.press('ArrowRight');
    await expect(bar.locator('.presentation-bar__position')).toHaveText(`3 / ${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/[?&]slide=2(&|$)/);
    await expect(bar.locator('.presentation-bar__position')).toHaveText(`2 / ${total}`);
    await page.keyboard.press('End');
    await expect(bar.locator('.presentation-bar__position')).toHaveText(`${total} / ${total}`);
    await waitForSlideCard(page);
    // The bar's own controls are reachable from the slide, with visible focus, while presenting.
    const exit = bar.getByRole('button', { name: /^Exit/ });
    stops.push(...(await tabTo(page, exit, 20, 'Shift+Tab')));
    await page.keyboard.press('Escape');
    await expect(bar).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]slide=/);
    await expect(page.getByRole('banner')).toBeVisible();

    // 5. Back in the normal view, Tab still lands on something visibly focused.
    await page.keyboard.press('Tab');
    const after = await focusStop(page);
    expect(after.indicator, `visible focus on ${after.name}`).not.toBeNull();
    stops.push(`${after.name}: ${after.indicator}`);

    await test.info().attach('keyboard stops', { body: stops.join('\n'), contentType: 'text/plain' });
  });
});

test.describe('reduced motion', () => {
  test('prefers-reduced-motion stops every CSS animation and transition', async ({ page, problems }) => {
    void problems;
    const running = () =>
      page.evaluate(() =>
        document
          .getAnimations()
          .filter((animation) => animation.playState === 'running')
          .map((animation) => {
            const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
            const name =
              animation instanceof CSSAnimation ? animation.animationName : animation instanceof CSSTransition ? animation.transitionProperty : 'script';
            return `${name} on ${target instanceof Element ? target.className.toString() || target.tagName : 'unknown'}`;
          }),
      );

    // The observations never arrive, so the loading skeletons stay: their shimmer is the app's animation.
    await page.goto(`${BASE}/?_scenario=observations:hang`);
    await expect(page.locator('.chart-card .skeleton').first()).toBeVisible();
    // Without the preference the shimmer runs, so the check below can fail.
    await expect.poll(running).not.toEqual([]);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(page.locator('.chart-card .skeleton').first()).toBeVisible();
    expect(await running()).toEqual([]);

    // A loaded section, with the keyboard moving a chart's tooltip and a spotlight dimming the others.
    await page.goto(`${BASE}/`);
    await waitForCards(page);
    const gdp = page.getByRole('region', { name: 'GDP', exact: true });
    await gdp.locator('svg.recharts-surface[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(gdp.locator('.chart-tooltip')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('2');
    await expect(page.locator('html')).toHaveAttribute('data-spotlight', 'xian');
    expect(await running()).toEqual([]);
  });
});
