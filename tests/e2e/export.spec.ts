import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import * as fontkit from 'fontkit';
import Papa from 'papaparse';
import { FORMULA_TEXT, FORMULA_VARIANTS, HOSTILE_TEXT } from '../../mocks/scenarios';
import { looksLikeFormula } from '../../src/export/csv/csv';
import { MOCKED_PORT } from './playwright.config';
import { cardByTitle, expect, test } from './fixtures';

const BASE = `http://localhost:${MOCKED_PORT}`;
const STATUS_LABELS: Record<string, string> = { reported: 'Reported', seed: 'Seed article', estimate: 'Estimate' };

/** A chart card by its heading, once its chart is drawn. */
async function chartCard(page: Page, title: string): Promise<Locator> {
  const card = await cardByTitle(page, title);
  await expect(card.locator('figure.chart-figure .recharts-surface').first()).toBeVisible({ timeout: 20_000 });
  return card;
}

/** Chooses an item of a card's Export menu and returns the file the browser saves. */
async function exportFile(page: Page, card: Locator, item: string): Promise<{ download: Download; bytes: Buffer }> {
  const button = card.getByRole('button', { name: /^Export/ });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: item }).click();
  const download = await downloading;
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

function parseCsv(bytes: Buffer): { text: string; header: string[]; rows: string[][] } {
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const [header = [], ...rows] = Papa.parse<string[]>(text.trim()).data;
  return { text, header, rows };
}

/** A PNG's size, from its IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The colours of a PNG (every 7th pixel, as "r,g,b"), decoded by the browser, and for each colour
 * asked about the first and last row it appears on.
 */
async function pngPixels(page: Page, bytes: Buffer, colours: readonly string[] = []): Promise<{ seen: string[]; rows: Record<string, { top: number; bottom: number }> }> {
  return page.evaluate(
    async ({ base64, wanted }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const seen = new Set<string>();
      const rows: Record<string, { top: number; bottom: number }> = {};
      for (let i = 0; i < data.length; i += 4 * 7) {
        const colour = `${data[i]},${data[i + 1]},${data[i + 2]}`;
        seen.add(colour);
        if (!wanted.includes(colour)) continue;
        const row = Math.floor(i / 4 / canvas.width);
        const extent = (rows[colour] ??= { top: row, bottom: row });
        extent.bottom = row;
      }
      return { seen: [...seen], rows };
    },
    { base64: bytes.toString('base64'), wanted: [...colours] },
  );
}

/** "rgb(31, 95, 191)" as pngPixels writes it: "31,95,191". */
const plainRgb = (colour: string) => colour.replace(/^rgba?\(|\)$/g, '').replace(/\s/g, '');

/** The text of every <text> element of a serialised SVG (its tspans included), in document order, entities decoded. */
function svgTexts(svg: string): string {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode((m[1] ?? '').replace(/<[^>]*>/g, ''))).join(' ');
}

/** The colours a line chart draws its cities' lines in, as the page computes them. */
async function cityLineColours(card: Locator): Promise<string[]> {
  return card
    .locator('figure .recharts-line-curve, figure .recharts-curve')
    .evaluateAll((paths) => [...new Set(paths.map((p) => getComputedStyle(p).stroke))].filter((c) => c.startsWith('rgb(')));
}

test.describe('chart exports', () => {
  test('PNG: a valid PNG at least twice the size of the card, with the chart drawn in', async ({ page, problems }) => {
    void problems;
    await page.goto(BASE);
    const card = await chartCard(page, 'GDP');
    const { download, bytes } = await exportFile(page, card, 'PNG image (2×)');
    expect(download.suggestedFilename()).toBe('hubscope-trend-ctx_gdp.png');

    const { width, height } = pngSize(bytes);
    const cardBox = (await card.boundingBox())!;
    const figureBox = (await card.locator('figure.chart-figure').boundingBox())!;
    expect(width).toBeGreaterThanOrEqual(2 * cardBox.width);
    expect(height).toBeGreaterThanOrEqual(2 * figureBox.height);
    await expect(card.getByRole('status').filter({ hasText: 'Saved hubscope-trend-ctx_gdp.png' })).toBeVisible();

    // Not a blank canvas: the picture has the page's background and each city's line colour.
    const { seen } = await pngPixels(page, bytes);
    const lineColours = await cityLineColours(card);
    expect(lineColours.length).toBeGreaterThanOrEqual(3);
    for (const colour of lineColours) expect(seen, `line colour ${colour}`).toContain(plainRgb(colour));
  });

  test('Slide image (16:9), chosen from the keyboard: a 1920 x 1080 PNG named -slide, with the chart and its legend drawn in', async ({ page, problems }) => {
    void problems;
    await page.goto(BASE);
    const card = await chartCard(page, 'GDP');
    const button = card.getByRole('button', { name: /^Export/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(card.getByRole('button', { name: 'Slide image (16:9)' })).toBeFocused();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('hubscope-trend-ctx_gdp-slide.png');
    const bytes = readFileSync(await download.path());
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
    await expect(card.getByRole('status').filter({ hasText: 'Saved hubscope-trend-ctx_gdp-slide.png: a 1,920 × 1,080 px slide' })).toBeVisible();
    await expect(button).toBeFocused();

    // The chart is drawn in (every city's line), large: its lines reach over most of the slide's height.
    const lineColours = await cityLineColours(card);
    const { seen, rows } = await pngPixels(page, bytes, lineColours.map(plainRgb));
    for (const colour of lineColours) expect(seen, `line colour ${colour}`).toContain(plainRgb(colour));
    const top = Math.min(...Object.values(rows).map((r) => r.top));
    const bottom = Math.max(...Object.values(rows).map((r) => r.bottom));
    expect(bottom - top, 'rows the city lines span').toBeGreaterThan(0.4 * 1080);
  });

  test("Slide image of a wide card: its chart is drawn again at the slide's proportions; a card of small multiples says why it has none", async ({ page, problems }) => {
    void problems;
    await page.goto(`${BASE}/chips`);
    const card = await chartCard(page, 'Front-end wafer capacity');
    const plot = (await card.locator('figure.chart-figure .recharts-surface').first().boundingBox())!;
    expect(plot.width / plot.height, 'the card draws its chart wide').toBeGreaterThan(3);
    const { download, bytes } = await exportFile(page, card, 'Slide image (16:9)');
    expect(download.suggestedFilename()).toBe('hubscope-capacity-slide.png');
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
    // Scaled as drawn on the card, the bars would span about 30% of the slide's height; drawn again, well over a third.
    const barColours = await card
      .locator('figure .recharts-bar-rectangle path')
      .evaluateAll((paths) => [...new Set(paths.map((p) => getComputedStyle(p).fill))].filter((c) => c.startsWith('rgb(')));
    expect(barColours.length).toBeGreaterThanOrEqual(2);
    const { rows } = await pngPixels(page, bytes, barColours.map(plainRgb));
    const top = Math.min(...Object.values(rows).map((r) => r.top));
    const bottom = Math.max(...Object.values(rows).map((r) => r.bottom));
    expect(bottom - top, 'rows the bars span').toBeGreaterThan(0.36 * 1080);
    // The off-screen stand-in is gone, and the card on the page did not change.
    await expect(page.locator('.chart-card--stand-in')).toHaveCount(0);
    expect((await card.locator('figure.chart-figure .recharts-surface').first().boundingBox())!.width).toBeCloseTo(plot.width, 0);

    await page.goto(`${BASE}/talent`);
    const race = await chartCard(page, 'Talent race');
    await race.getByRole('button', { name: /^Export/ }).click();
    const slide = race.getByRole('button', { name: 'Slide image (16:9)' });
    await expect(slide).toBeDisabled();
    await expect(slide).toHaveAccessibleDescription('The slide image takes a single chart; this card draws several');
  });

  test('SVG: title, source line, dataset date and legend as text, with the font embedded and covering the Chinese names', async ({ page, problems }) => {
    void problems;
    await page.goto(BASE);
    const card = await chartCard(page, 'GDP');
    const footer = await card.locator('.chart-card__footer').innerText();
    const asOf = /Dataset as of (\S+)/.exec(footer)?.[1];
    expect(asOf).toBeTruthy();
    const firstSource = await card.locator('.chart-card__footer abbr').first().getAttribute('title');
    expect(firstSource).toBeTruthy();

    const { download, bytes } = await exportFile(page, card, 'SVG image');
    expect(download.suggestedFilename()).toBe('hubscope-trend-ctx_gdp.svg');
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const texts = svgTexts(svg);
    expect(texts).toContain('GDP');
    expect(texts).toMatch(/Sources?: /);
    expect(texts).toContain(firstSource!);
    expect(texts).toContain(`Dataset as of ${asOf}`);
    for (const city of ['Wuhan 武汉', "Xi'an 西安", 'Chengdu 成都']) expect(texts).toContain(city);

    expect(svg).toContain('@font-face');
    const embedded = /src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/.exec(svg)?.[1];
    expect(embedded, 'an embedded woff2 font').toBeTruthy();
    const font = fontkit.create(Buffer.from(embedded!, 'base64'));
    if ('fonts' in font) throw new Error('expected a single font');
    const missing = [...'武汉西安成都GDP Dataset as of 0123456789–·'].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
    expect(svg).toContain("font-family=\"'Hubscope Export', sans-serif\"");
    await expect(card.getByRole('status').filter({ hasText: 'Saved hubscope-trend-ctx_gdp.svg' })).toBeVisible();
  });

  test('SVG and PNG of a card of small multiples: every chart with its own heading, not the first alone', async ({ page, problems }) => {
    void problems;
    await page.goto(`${BASE}/talent`);
    const race = await chartCard(page, 'Talent race');
    const multiples = race.locator('.talent-multiple');
    const headings = (await multiples.locator('.talent-multiple__title').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    const charts = await race.locator('figure.chart-figure .recharts-surface').count();
    expect(charts, 'the card draws several charts').toBeGreaterThan(1);

    const { bytes } = await exportFile(page, race, 'SVG image');
    const svg = bytes.toString('utf8');
    const texts = svgTexts(svg).replace(/\s+/g, ' ');
    for (const heading of headings) expect(texts, `heading "${heading}"`).toContain(heading);
    // The picture's own frame, the composed figure, and inside it one chart per small multiple drawn.
    const nested = [...svg.matchAll(/<svg\b/g)].length;
    expect(nested).toBeGreaterThanOrEqual(charts + 2);
    // Parsed in a blank page, as in the hostile-text test (the app's CSP would block the file's font style).
    const blank = await page.context().newPage();
    const errors = await blank.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length, svg);
    await blank.close();
    expect(errors, 'the SVG parses as XML').toBe(0);

    const png = await exportFile(page, race, 'PNG image (2×)');
    const size = pngSize(png.bytes);
    const box = (await race.boundingBox())!;
    // Every multiple is in the picture, so it is about as tall as the card's figure, not one chart's height.
    const figure = (await race.locator('figure.chart-figure').boundingBox())!;
    expect(size.height / 2).toBeGreaterThan(figure.height);
    expect(size.width / 2).toBeCloseTo(box.width, -1);
  });

  test('CSV: unit, year, status and source columns, the rows the table shows, a negative number left a number', async ({ page, problems }) => {
    void problems;
    await page.goto(BASE);
    const card = await chartCard(page, 'Real GDP growth');
    const { download, bytes } = await exportFile(page, card, 'CSV data');
    expect(download.suggestedFilename()).toBe('hubscope-trend-ctx_gdp_growth.csv');
    const { text, header, rows } = parseCsv(bytes);
    for (const column of ['unit', 'year', 'status', 'source']) expect(header).toContain(column);
    const col = (name: string) => header.indexOf(name);

    // Wuhan's 2020 growth, an estimate below zero, is written as a bare number, not as text.
    const negative = rows.find((row) => row[col('value')]?.startsWith('-'));
    expect(negative, 'a negative value').toBeTruthy();
    const value = negative![col('value')]!;
    expect(Number(value)).toBeLessThan(0);
    expect(text).toContain(`,${value},`);
    expect(text).not.toContain(`'${value}`);

    await page.getByRole('radio', { name: 'Tables' }).click();
    await expect(page.getByRole('radio', { name: 'Tables' })).toBeChecked();
    const tableRows = card.locator('table tbody tr');
    await expect(tableRows.first()).toBeVisible();
    const onScreen = await tableRows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    );
    const headers = await card.locator('table thead th').allInnerTexts();
    const at = (name: string) => headers.findIndex((h) => h.trim().startsWith(name));
    const screenKeys = onScreen
      .map((cells) => {
        const number = Number((cells[at('Value')] ?? '').replace(/[^\d.-]/g, ''));
        return `${cells[at('Place')]}|${cells[at('Year')]}|${number}|${cells[at('Status')]}`;
      })
      .sort();
    const csvKeys = rows
      .map((row) => `${row[col('place')]} ${row[col('place_zh')]}|${row[col('year')]}|${Number(row[col('value')])}|${STATUS_LABELS[row[col('status')] ?? '']}`)
      .sort();
    expect(csvKeys).toEqual(screenKeys);
    expect(rows.every((row) => (row[col('unit')] ?? '') !== '' && (row[col('source')] ?? '') !== '')).toBe(true);

    // In the table view the picture items stay, disabled, and say why.
    await card.getByRole('button', { name: /^Export/ }).click();
    await expect(card.getByText('Switch to Charts (key t) to export an image')).toBeVisible();
    await expect(card.getByRole('button', { name: 'PNG image (2×)' })).toBeDisabled();
    await expect(card.getByRole('button', { name: 'CSV data' })).toBeEnabled();
    await page.keyboard.press('Escape');
    await expect(card.getByRole('button', { name: /^Export/ })).toHaveAttribute('aria-expanded', 'false');
  });

  test('CSV: formula text from the API, in every shape, is neutralised in every card’s CSV and the Sources download', async ({ page, problems }) => {
    void problems;
    test.setTimeout(120_000);
    const cells: string[] = [];
    for (const section of ['/', '/industries', '/talent', '/chips', '/timeline']) {
      await page.goto(`${BASE}${section}?_scenario=sources:hostile`);
      await expect(page.locator('.chart-card').first()).toBeVisible();
      await expect(page.locator('.chart-card .skeleton')).toHaveCount(0, { timeout: 20_000 });
      const cards = page.locator('.chart-card');
      for (let i = 0; i < (await cards.count()); i += 1) {
        const card = cards.nth(i);
        const button = card.getByRole('button', { name: /^Export/ });
        if ((await button.count()) === 0) continue;
        await button.click();
        const item = card.getByRole('button', { name: 'CSV data' });
        if ((await item.count()) === 0) {
          await page.keyboard.press('Escape');
          continue;
        }
        const downloading = page.waitForEvent('download');
        await item.click();
        const { header, rows } = parseCsv(readFileSync(await (await downloading).path()));
        cells.push(...header, ...rows.flat());
      }
    }
    await page.goto(`${BASE}/sources?_scenario=sources:hostile`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Download CSV \(\d+ rows\)$/ }).click();
    const values = parseCsv(readFileSync(await (await downloading).path()));
    cells.push(...values.header, ...values.rows.flat());

    const isNumber = (cell: string) => /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell);
    expect(cells.filter((cell) => !isNumber(cell) && looksLikeFormula(cell))).toEqual([]);
    // The hostile titles did reach the files, neutralised: at least the plain and the multi-line shapes.
    expect(cells.some((cell) => cell.startsWith(`'${FORMULA_TEXT}`))).toBe(true);
    expect(cells.some((cell) => cell.startsWith(`'${FORMULA_VARIANTS[1]}`) || cell.startsWith(`'${FORMULA_VARIANTS[5]}`) || cell.startsWith(`'${FORMULA_VARIANTS[6]}`))).toBe(true);
  });

  test('SVG and PNG: markup in text from the API stays characters, and characters XML forbids are dropped', async ({ page, problems }) => {
    void problems;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${BASE}/industries?_scenario=sources:hostile`);
    const card = await chartCard(page, 'Pillar industry output');
    await expect(card.locator('.chart-card__footer')).toContainText(HOSTILE_TEXT);
    const { bytes } = await exportFile(page, card, 'SVG image');
    const svg = bytes.toString('utf8');
    expect(svg).not.toMatch(/<img|javascript:/);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svgTexts(svg)).toContain(HOSTILE_TEXT);
    // The source's title also carries control characters, NUL, U+FFFE and a lone surrogate: the file still reads as XML.
    expect(svgTexts(svg)).toContain(`${HOSTILE_TEXT} Ctrl end`);
    // Parsed in a blank page (a DOMParser in the app's page would apply the file's font style under its CSP).
    const blank = await page.context().newPage();
    const errors = await blank.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length, svg);
    await blank.close();
    expect(errors).toBe(0);
    const png = await exportFile(page, card, 'PNG image (2×)');
    pngSize(png.bytes);
    await expect(card.getByRole('status').filter({ hasText: /^Saved .*\.png/ })).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test('Copy image puts a PNG on the clipboard', async ({ page, context, problems }) => {
    void problems;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
    await page.goto(BASE);
    const card = await chartCard(page, 'GDP');
    await card.getByRole('button', { name: /^Export/ }).click();
    await card.getByRole('button', { name: 'Copy image' }).click();
    await expect(card.getByRole('status').filter({ hasText: /^Image copied/ })).toBeVisible({ timeout: 15_000 });
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => [...item.types]));
    expect(types).toContain('image/png');
  });
});
