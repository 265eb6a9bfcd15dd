import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { CARDS } from '../../src/view-state/cards';
import { encodeDeckParam } from '../../src/features/presentation/model/deck-link';
import type { Deck } from '../../src/features/presentation/model/deck-schema';
import { DEFAULT_DECK } from '../../src/features/presentation/model/default-deck';
import { expect, test } from './fixtures';
import { MOCKED_PORT } from './playwright.config';

const BASE = `http://localhost:${MOCKED_PORT}`;

/** Page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

async function waitUntilReady(page: Page, count: number) {
  // Every page of the default deck loads its section's data; a cold worker on a busy machine takes a while.
  await expect(page.getByRole('status', { name: 'Print progress' })).toHaveText(`Ready: ${count} ${count === 1 ? 'page' : 'pages'}`, { timeout: 45_000 });
}

/** Each page's heading and card are drawn, and nothing spills out of the page box (what keeps a slide on one sheet). */
async function expectPages(page: Page, titles: readonly string[], { cardsPerPage = 'one' }: { cardsPerPage?: 'one' | 'many' } = {}) {
  // The pages themselves (a whole section's cards may hold articles of their own).
  const pages = page.locator('.print-sheet > article');
  await expect(pages).toHaveCount(titles.length);
  // Ready pages are frozen (their live tree let go of, the nodes it drew kept): checked below as frozen.
  await expect(page.locator('.print-sheet[data-frozen]')).toHaveCount(titles.length);
  for (const [index, title] of titles.entries()) {
    const sheet = pages.nth(index);
    // A frozen page far from the window is stowed (its nodes written down) until it comes near.
    await sheet.scrollIntoViewIfNeeded();
    await expect(page.locator('.print-sheet').nth(index)).not.toHaveAttribute('data-stowed');
    await expect(sheet).toHaveAccessibleName(title);
    if (cardsPerPage === 'one') await expect(sheet.locator('.chart-card')).toHaveCount(1);
    else expect(await sheet.locator('.chart-card').count()).toBeGreaterThan(1);
    await expect(sheet.locator('.chart-card__footer').first()).toContainText(/Sources?:|Data:/);
    await expect(sheet).toContainText(`${index + 1} / ${titles.length}`);
    // Every chart still shows what Recharts draws through portals, its axes' and marks' labels included.
    const charts = sheet.getByRole('figure').filter({ has: page.locator('.recharts-wrapper') });
    for (const chart of await charts.all()) await expect(chart.locator('svg text').first()).toBeVisible();
    const spill = await sheet.evaluate((element) => {
      const frame = element.querySelector('.print-page__frame')?.getBoundingClientRect();
      const content = element.querySelector('.print-page__content')?.getBoundingClientRect();
      if (!frame || !content) return 'it has no content';
      return content.bottom > frame.bottom + 1 || content.right > frame.right + 1 ? 'it spills out of its page' : null;
    });
    expect(spill, `page ${index + 1}`).toBeNull();
  }
}

async function printToPdf(page: Page, testInfo: TestInfo, name: string): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  await testInfo.attach(`${name}.pdf`, { body: pdf, contentType: 'application/pdf' });
  // The print stylesheet hides the toolbar; a screenshot of the print view is kept for a human to look at.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
  await testInfo.attach(`${name} (print media).png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  return pdfPageCount(pdf);
}

test.describe('print view', () => {
  test('with empty storage it prints the default deck, one PDF page per slide', async ({ page, problems }, testInfo) => {
    void problems;
    test.setTimeout(90_000);
    await page.goto(`${BASE}/print`);
    await expect(page.getByRole('heading', { level: 1, name: DEFAULT_DECK.title })).toBeVisible();
    await waitUntilReady(page, DEFAULT_DECK.slides.length);
    await expectPages(
      page,
      DEFAULT_DECK.slides.map((slide) => slide.title),
    );
    expect(await printToPdf(page, testInfo, 'default deck')).toBe(DEFAULT_DECK.slides.length);
  });

  test('prints a deck of three slides carried by the link, with its notes and links back to each view', async ({ page, problems }, testInfo) => {
    void problems;
    test.setTimeout(60_000);
    const deck: Deck = {
      version: 1,
      title: 'Chips in two cities',
      slides: [
        { id: 'one', title: 'Capacity: Wuhan against Xi’an', notes: 'Read the years aloud.', path: '/chips', search: 'cities=wuhan,xian&card=capacity' },
        { id: 'two', title: 'Talent, as a table', notes: '', path: '/talent', search: 'view=table&card=talent-latest' },
        { id: 'three', title: 'Every value in USD', notes: '', path: '/sources', search: 'cur=USD&card=values' },
      ],
    };
    await page.goto(`${BASE}/print?deck=${encodeURIComponent(encodeDeckParam(deck))}`);
    await waitUntilReady(page, 3);
    await expectPages(
      page,
      deck.slides.map((slide) => slide.title),
    );
    const first = page.getByRole('article').first();
    await expect(first).toContainText('Notes: Read the years aloud.');
    await expect(first).toContainText('Wuhan 武汉, Xi\'an 西安 · 2015–2024');
    await expect(first.getByRole('link', { name: /\/chips\?cities=wuhan,xian&card=capacity&from=2015&to=2024&v=/ })).toBeVisible();
    expect(await printToPdf(page, testInfo, 'three-slide deck')).toBe(3);
  });

  test('a whole section on one page: its charts draw once the page is fitted, at the width it prints at, and keep their drawing once frozen', async ({ page, problems }, testInfo) => {
    void problems;
    test.setTimeout(60_000);
    // Every Recharts chart added to the view, and whether its page had been fitted by then.
    await page.addInitScript(() => {
      const seen = { drawn: 0, beforeFit: 0 };
      Object.assign(window, { chartsSeen: seen });
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) {
            if (!(node instanceof Element)) continue;
            const charts = node.matches('.recharts-wrapper') ? [node] : [...node.querySelectorAll('.recharts-wrapper')];
            seen.drawn += charts.length;
            seen.beforeFit += charts.filter((chart) => !chart.closest('.print-page')?.hasAttribute('data-fitted')).length;
          }
      }).observe(document, { subtree: true, childList: true });
    });
    const deck: Deck = {
      version: 1,
      title: 'Industries on one page',
      slides: [{ id: 'whole', title: 'Every industry card', notes: '', path: '/industries', search: 'cities=wuhan,xian' }],
    };
    await page.goto(`${BASE}/print?deck=${encodeURIComponent(encodeDeckParam(deck))}`);
    await waitUntilReady(page, 1);
    await expectPages(page, ['Every industry card'], { cardsPerPage: 'many' });
    const seen = await page.evaluate(() => (window as unknown as { chartsSeen: { drawn: number; beforeFit: number } }).chartsSeen);
    expect(seen.drawn).toBeGreaterThanOrEqual(await page.locator('.print-sheet .recharts-wrapper').count());
    expect(seen.beforeFit).toBe(0);
    expect(await printToPdf(page, testInfo, 'whole section')).toBe(1);
  });

  test('axe finds no violations in the print view', async ({ page, problems }) => {
    void problems;
    test.setTimeout(60_000);
    await page.goto(`${BASE}/print?section=/talent&card=talent-latest`);
    await waitUntilReady(page, 1);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('a frozen page far from the window lets go of its nodes, comes back as it was, and every page prints whole', async ({ page, problems }) => {
    void problems;
    test.setTimeout(90_000);
    await page.goto(`${BASE}/print`);
    const count = DEFAULT_DECK.slides.length;
    await waitUntilReady(page, count);
    const sheets = page.locator('.print-sheet');
    const first = sheets.first();
    const last = sheets.last();
    // At the top, the last page is far away: stowed, its heading still there, its figures not.
    await expect(last).toHaveAttribute('data-stowed', '');
    await expect(last.getByRole('heading', { level: 2, name: DEFAULT_DECK.slides.at(-1)?.title })).toBeAttached();
    await expect(last.locator('.chart-card')).toHaveCount(0);
    const firstAsDrawn = await first.screenshot();

    // Scrolled to the end: the last page comes back, the first is stowed.
    await last.scrollIntoViewIfNeeded();
    await expect(last).not.toHaveAttribute('data-stowed');
    await expect(last.locator('.chart-card')).toHaveCount(1);
    await expect(first).toHaveAttribute('data-stowed', '');

    // Back at the top, the first page is put back pixel for pixel as it was drawn (styles included,
    // which the CSP would refuse as markup).
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(first).not.toHaveAttribute('data-stowed');
    expect((await first.screenshot()).equals(firstAsDrawn)).toBe(true);

    // What each page holds when it is near the window, to compare with what prints.
    await page.evaluate(() =>
      Object.assign(window, {
        sheetHolds: (sheet: Element) => ({ stowed: sheet.hasAttribute('data-stowed'), cards: sheet.querySelectorAll('.chart-card').length, chartTexts: sheet.querySelectorAll('svg text').length }),
      }),
    );
    type SheetHolds = (sheet: Element) => { stowed: boolean; cards: number; chartTexts: number };
    const shown: ReturnType<SheetHolds>[] = [];
    for (const sheet of await sheets.all()) {
      await sheet.scrollIntoViewIfNeeded();
      await expect(sheet).not.toHaveAttribute('data-stowed');
      shown.push(await sheet.evaluate((element) => (window as unknown as { sheetHolds: SheetHolds }).sheetHolds(element)));
    }
    expect(shown.every((sheet) => sheet.cards === 1)).toBe(true);
    expect(shown.reduce((sum, sheet) => sum + sheet.chartTexts, 0)).toBeGreaterThan(0);

    // Printing puts every page back: each holds what it held near the window when the PDF is made.
    // Recorded by a beforeprint listener added after the view's own, so it runs after them.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(sheets.and(page.locator('[data-stowed]'))).not.toHaveCount(0);
    await page.evaluate(() =>
      window.addEventListener('beforeprint', () => {
        const { sheetHolds } = window as unknown as { sheetHolds: SheetHolds };
        Object.assign(window, { printedSheets: [...document.querySelectorAll('.print-sheet')].map(sheetHolds) });
      }),
    );
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdfPageCount(pdf)).toBe(count);
    const printed = await page.evaluate(() => (window as unknown as { printedSheets: unknown[] }).printedSheets);
    expect(printed).toEqual(shown);
    // The pages far away stay back while a print preview may still lay them out, and are stowed
    // again once the reader is back (here a wheel).
    await page.waitForTimeout(300);
    await expect(last).not.toHaveAttribute('data-stowed');
    await page.mouse.wheel(0, 200);
    await expect(last).toHaveAttribute('data-stowed', '');
  });

  test('in a short, narrow window (1366 x 768 at 150 %) every page can be read from its left edge and the toolbar scrolls away', async ({ page, problems }) => {
    void problems;
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 911, height: 512 });
    await page.goto(`${BASE}/print?section=/talent&card=talent-latest`);
    await waitUntilReady(page, 1);
    const sheet = page.locator('.print-sheet').first();
    // Wider than the window: it starts inside the view and the rest is a sideways scroll away.
    const box = await sheet.boundingBox();
    expect(box?.width).toBeGreaterThan(911);
    expect(box?.x).toBeGreaterThanOrEqual(0);
    const kicker = sheet.locator('.print-page__kicker');
    await expect(kicker).toHaveText('Talent');
    expect((await kicker.boundingBox())?.x).toBeGreaterThanOrEqual(0);
    await page.mouse.wheel(0, 400);
    await expect.poll(async () => (await page.getByRole('button', { name: 'Print / Save as PDF' }).boundingBox())?.y ?? 0).toBeLessThan(0);
  });

  test('prints every card of a section with its settings, one PDF page per card', async ({ page, problems }, testInfo) => {
    void problems;
    test.setTimeout(60_000);
    const cards = CARDS.filter((card) => card.path === '/chips');
    await page.goto(`${BASE}/print?section=/chips&cur=USD`);
    await waitUntilReady(page, cards.length);
    await expectPages(
      page,
      cards.map((card) => card.title),
    );
    await expect(page.getByRole('article').first()).toContainText('Money in USD');
    expect(await printToPdf(page, testInfo, 'chips section')).toBe(cards.length);
  });
});
