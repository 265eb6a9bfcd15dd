import { writeFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../mocks/data/meta';
import { createQueryClient } from '../../src/api/query-client';
import { deckModel } from '../../src/app/pptx/deck-pptx';
import { cityLabel } from '../../src/domain/cities';
import { writePptxBytes } from '../../src/export/pptx/write-pptx';
import { decodeDeckParam, encodeDeckParam } from '../../src/features/presentation/model/deck-link';
import { newDeck, viewToSlide, addSlide, slideLocation } from '../../src/features/presentation/model/deck-operations';
import type { Deck } from '../../src/features/presentation/model/deck-schema';
import { DEFAULT_DECK } from '../../src/features/presentation/model/default-deck';
import { CITY_IDS } from '../../src/api/vocabulary';
import type { CityId } from '../../src/api/schemas';
import { getCard } from '../../src/view-state/cards';
import { renderApp, TEST_REQUEST_SETTINGS } from '../test-utils';
import { perDeckSlide, readPptx, type ReadSlide } from './read-pptx';

const CONTINUED = / \((\d+) of (\d+)\)$/;

async function deckFile(deck: Deck, saveTo?: string) {
  const { model, failures } = await deckModel(deck, createQueryClient(TEST_REQUEST_SETTINGS));
  const bytes = await writePptxBytes(model);
  // PPTX_OUT=/tmp/deck.pptx keeps the default deck's file, to look at (scripts/pptx-render.mjs).
  if (saveTo) writeFileSync(saveTo, bytes);
  return { ...(await readPptx(bytes)), failures };
}

/** The numbers written in a table row ("CNY 1,006.6 bn (2020)" gives 1006.6 and 2020). */
function numbersIn(text: string): number[] {
  return [...text.replaceAll(',', '').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** The card at the slide's view, switched to its table as a reader would, and its body rows. */
async function cardTableRows(deck: Deck, index: number): Promise<string[]> {
  const slide = deck.slides[index];
  if (!slide) throw new Error(`no slide ${index + 1}`);
  const location = slideLocation(slide);
  const search = location.search ? `${location.search}&view=table` : '?view=table';
  const view = renderApp(`${location.pathname}${search}`);
  const title = getCard(new URLSearchParams(slide.search).get('card') ?? '')?.title ?? '';
  const card = await screen.findByRole('region', { name: title }, { timeout: 5000 });
  const table = await within(card).findByRole('table', {}, { timeout: 5000 });
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    // Cell by cell, so the numbers of neighbouring cells do not run together.
    .map((r) => [...r.children].map((cell) => cell.textContent ?? '').join(' | '));
  view.unmount();
  return rows;
}

/**
 * The chart's series are the cities shown (each possibly with an "(estimate)" twin), and every
 * value drawn is a value of that city's row in the card's own table, as displayed (rounded).
 */
async function expectChartMatchesTable(chart: NonNullable<ReadSlide['chart']>, cities: readonly CityId[], deck: Deck, index: number) {
  const names = [...new Set(chart.series.map((s) => s.name.replace(/ \(estimate\)$/, '')).filter((n) => n !== 'China (national)'))];
  expect(names).toEqual(cities.map(cityLabel));
  const rows = await cardTableRows(deck, index);
  for (const series of chart.series) {
    if (series.name === 'China (national)') continue;
    const city = cities.find((c) => series.name.startsWith(cityLabel(c)));
    const english = cityLabel(city ?? 'wuhan').split(' ')[0] ?? '';
    const cityRows = rows.filter((r) => r.includes(english));
    series.values.forEach((value, i) => {
      if (value === null) return;
      const tolerance = Math.abs(value) >= 100 ? 0.51 : 0.051;
      const category = series.categories[i] ?? '';
      const year = /^\d{4}$/.test(category) ? category : undefined;
      const candidates = cityRows.filter((r) => year === undefined || r.includes(year));
      const found = candidates.some((r) => numbersIn(r).some((n) => Math.abs(n - value) <= tolerance));
      expect(found, `${series.name} at ${category}: ${value} is not in the card's table`).toBe(true);
    });
  }
}

/** The items of the card's list (the insights card's table view is a list of sentences). */
async function cardListItems(deck: Deck, index: number): Promise<string[]> {
  const slide = deck.slides[index];
  if (!slide) throw new Error(`no slide ${index + 1}`);
  const location = slideLocation(slide);
  const view = renderApp(`${location.pathname}${location.search ? `${location.search}&view=table` : '?view=table'}`);
  const title = getCard(new URLSearchParams(slide.search).get('card') ?? '')?.title ?? '';
  const card = await screen.findByRole('region', { name: title }, { timeout: 5000 });
  const items = (await within(card).findAllByRole('listitem', {}, { timeout: 5000 })).map((li) => li.textContent ?? '');
  view.unmount();
  return items;
}

/** An index chart (one category per table row, one series per city column): each bar is the number in its cell. */
async function expectIndexChartMatchesTable(chart: NonNullable<ReadSlide['chart']>, deck: Deck, index: number) {
  expect(chart.series.map((s) => s.name)).toEqual(CITY_IDS.map(cityLabel));
  const rows = (await cardTableRows(deck, index)).map((r) => r.split(' | '));
  chart.series.forEach((series, column) => {
    series.values.forEach((value, i) => {
      const row = rows.find((r) => r[0] === series.categories[i]);
      expect(row, `no table row ${series.categories[i]}`).toBeDefined();
      const cell = row?.[column + 1] ?? '';
      if (value === null) expect(cell).not.toMatch(/^\d/);
      else expect(numbersIn(cell)[0], `${series.name}, ${series.categories[i]}`).toBe(value);
    });
  });
}

function expectNotesAndFooter(slide: ReadSlide, speakerNotes: string) {
  expect(slide.notes.startsWith(speakerNotes.trim())).toBe(true);
  const after = slide.notes.slice(speakerNotes.trim().length);
  expect(after).toMatch(/^\s*Sources:\n• /);
  const footer = slide.texts.find((t) => /^Sources?: /.test(t));
  expect(footer).toBeDefined();
  expect(footer).toContain(`Hubscope dataset ${meta.datasetVersion}`);
  expect(footer).toMatch(/\((official statistics|government|official media|press|company|research|mirror or aggregator|seed article)\)/);
}


describe('a deck as a PowerPoint file', () => {
  it('writes the default deck: a title slide, then each deck slide with a native chart or table, notes and sources', async () => {
    const deck = DEFAULT_DECK;
    const { slides, failures } = await deckFile(deck, process.env.PPTX_OUT);
    expect(slides[0]?.texts).toEqual([deck.title, `Hubscope dataset ${meta.datasetVersion}, as of ${meta.asOf}`]);
    const groups = perDeckSlide(slides);
    // One slide per deck slide plus the title slide; a long table's extra pages are numbered "(2 of 3)".
    expect(groups).toHaveLength(deck.slides.length);
    expect(slides).toHaveLength(1 + groups.reduce((n, g) => n + g.length, 0));

    // Every slide of the default deck has a PowerPoint form: no slide says it could not be made.
    expect(failures).toEqual([]);
    expect(slides.some((slide) => slide.texts.join(' ').includes('could not be made'))).toBe(false);

    let charts = 0;
    for (const [index, group] of groups.entries()) {
      const spec = deck.slides[index];
      if (!spec) throw new Error('missing deck slide');
      for (const slide of group) {
        expect(slide.texts[0]?.replace(CONTINUED, '')).toBe(spec.title);
        expect(slide.notes.startsWith(spec.notes.trim())).toBe(true);
      }
      const first = group[0];
      if (!first) throw new Error('empty group');
      expectNotesAndFooter(first, spec.notes);
      const card = new URLSearchParams(spec.search).get('card');
      if (card === 'insights') {
        // The card's sentences, each a bullet of the slide.
        const sentences = await cardListItems(deck, index);
        expect(sentences.length).toBeGreaterThan(0);
        for (const sentence of sentences) expect(first.texts).toContain(sentence);
      } else if (card === 'composite') {
        if (!first.chart) throw new Error('the composite index should be a chart');
        charts += 1;
        await expectIndexChartMatchesTable(first.chart, deck, index);
      } else if (card === 'talent-latest') {
        // The card's table view, row for row: the same measures in the same order.
        const rows = await cardTableRows(deck, index);
        const pages = group.flatMap((slide) => slide.table?.slice(1) ?? []);
        expect(group[0]?.table?.[0]).toEqual(['Measure', ...CITY_IDS.map(cityLabel), 'Who leads']);
        expect(pages.map((r) => r[0])).toEqual(rows.map((r) => r.split(' | ')[0]));
      } else if (card === 'national') {
        if (!first.chart) throw new Error('the national context should be a chart');
        charts += 1;
        const rows = await cardTableRows(deck, index);
        for (const value of first.chart.series.flatMap((s) => s.values)) {
          if (value === null) continue;
          expect(rows.some((r) => numbersIn(r).includes(value)), `${value}% is not in the card's table`).toBe(true);
        }
      } else if (first.chart) {
        charts += 1;
        await expectChartMatchesTable(first.chart, CITY_IDS, deck, index);
      } else {
        expect(first.table?.[0]).toEqual(['Date', 'Place', 'Kind', 'Event', 'Status', 'Sources']);
      }
    }
    expect(charts).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it('names under a chart the values its sources qualified, which the chart can only draw as plain numbers', async () => {
    const deck = newDeck(viewToSlide('/industries', '?card=trend-ind_hitech_firms', 'High-tech enterprises'), 'Qualified values');
    const { slides, failures } = await deckFile(deck);
    expect(failures).toEqual([]);
    const line = perDeckSlide(slides)[0]?.[0]?.texts.find((t) => t.startsWith('As the sources give them'));
    if (!line) throw new Error('the slide names no qualified value');
    // The card's own table writes a qualified value with its sign ("≥16,000 firms"): those rows are the ones to name.
    const qualifiedRows = (await cardTableRows(deck, 0)).filter((row) => /^[~≥≤]|\d–\d/u.test(row.split(' | ')[2] ?? ''));
    expect(qualifiedRows.length).toBeGreaterThan(0);
    const items = line.replace(/^[^:]*: /u, '').replace(/\.$/u, '').split('; ');
    const named = items.filter((item) => !item.startsWith('and '));
    expect(named).toHaveLength(Math.min(4, qualifiedRows.length));
    for (const item of named) {
      const [, place, year, value] = /^(.+?)(?: \(estimate\))?, (\d{4}) (\S+)$/u.exec(item) ?? [];
      expect(qualifiedRows.some((row) => row.includes(place ?? '?') && row.includes(year ?? '?') && row.includes(value ?? '?')), item).toBe(true);
    }
    if (qualifiedRows.length > 4) expect(items.at(-1)).toBe(`and ${qualifiedRows.length - 4} more in the card’s table`);
  });

  it('applies a link’s changed settings (Chengdu off, per capita, USD) to the charts', async () => {
    const link = new URL('https://example.org/?cities=wuhan,xian&norm=perCapita&cur=USD&card=trend-ctx_gdp');
    let deck = newDeck(viewToSlide(link.pathname, link.search, 'GDP per head, in dollars'), 'Two cities');
    deck = addSlide(deck, { ...viewToSlide('/chips', '?cities=wuhan,xian&cur=USD&card=investment', ''), notes: 'Investment, in dollars.' });
    // As a deck link carries it.
    const decoded = decodeDeckParam(encodeDeckParam(deck));
    if (!decoded.ok) throw new Error(decoded.reason);
    deck = decoded.deck;

    const { slides, failures } = await deckFile(deck);
    expect(failures).toEqual([]);
    expect(slides).toHaveLength(1 + deck.slides.length);
    const [, gdp, investment] = slides;
    if (!gdp?.chart || !investment?.chart) throw new Error('expected two chart slides');
    expect(gdp.texts[0]).toBe('GDP per head, in dollars');
    expect(gdp.texts[1]).toMatch(/USD.*per capita.* · Wuhan 武汉, Xi'an 西安$/);
    // An emptied slide title falls back to the card's title.
    expect(investment.texts[0]).toBe('Chip investment committed and lost');
    expectNotesAndFooter(gdp, '');
    expectNotesAndFooter(investment, 'Investment, in dollars.');
    await expectChartMatchesTable(gdp.chart, ['wuhan', 'xian'], deck, 0);
    await expectChartMatchesTable(investment.chart, ['wuhan', 'xian'], deck, 1);
  }, 60_000);
});
