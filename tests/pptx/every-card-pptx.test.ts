import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/api/query-client';
import { deckModel } from '../../src/app/pptx/deck-pptx';
import { writePptxBytes } from '../../src/export/pptx/write-pptx';
import { addSlide, newDeck, slideLocation, viewToSlide } from '../../src/features/presentation/model/deck-operations';
import type { Deck } from '../../src/features/presentation/model/deck-schema';
import { CARDS } from '../../src/view-state/cards';
import { renderApp, TEST_REQUEST_SETTINGS } from '../test-utils';
import { perDeckSlide, readPptx } from './read-pptx';

/** The cards drawn as a chart on the page, and so as a native chart on the slide (besides the trend cards). */
const CHART_CARDS = new Set(['composite', 'capacity', 'investment', 'national', 'industry-output', 'retention', 'status-composition']);

/** A deck of one slide per card a user can add, each at the section's default view. */
function everyCardDeck(): Deck {
  const [first, ...rest] = CARDS.map((card) => viewToSlide(card.path, `?card=${card.id}`, card.title));
  if (!first) throw new Error('no cards');
  return rest.reduce((deck, slide) => addSlide(deck, slide), newDeck(first, 'Every card'));
}

/** The card at the slide's view, switched to its table: header texts (without sort arrows) and body rows, cell by cell. */
async function cardTable(deck: Deck, index: number, title: string): Promise<{ header: string[]; rows: string[][] }> {
  const slide = deck.slides[index];
  if (!slide) throw new Error(`no slide ${index + 1}`);
  const location = slideLocation(slide);
  const view = renderApp(`${location.pathname}${location.search ? `${location.search}&view=table` : '?view=table'}`);
  const card = await screen.findByRole('region', { name: title }, { timeout: 10_000 });
  const table = await within(card).findByRole('table', {}, { timeout: 10_000 });
  const [head, ...body] = within(table).getAllByRole('row');
  const text = (cell: Element) => {
    const copy = cell.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return copy.textContent ?? '';
  };
  const result = { header: [...(head?.children ?? [])].map(text), rows: body.map((r) => [...r.children].map(text)) };
  view.unmount();
  return result;
}


describe('every card as a PowerPoint slide', () => {
  it('gives every card a native chart, table or list, and each table the card’s own header and first rows', async () => {
    const deck = everyCardDeck();
    const { model, failures } = await deckModel(deck, createQueryClient(TEST_REQUEST_SETTINGS));
    const { slides } = await readPptx(await writePptxBytes(model));
    const groups = perDeckSlide(slides);
    expect(groups).toHaveLength(CARDS.length);

    for (const [index, card] of CARDS.entries()) {
      const first = groups[index]?.[0];
      if (!first) throw new Error(`no slide for ${card.id}`);
      expect(first.chart ?? first.table ?? first.texts.length > 2, card.id).toBeTruthy();
      const form = first.chart ? 'chart' : first.table ? 'table' : 'bullets';
      expect(form, card.id).toBe(card.id === 'insights' ? 'bullets' : card.id.startsWith('trend-') || CHART_CARDS.has(card.id) ? 'chart' : 'table');
      if (!first.table) continue;
      const shown = await cardTable(deck, index, card.title);
      expect(first.table[0], `${card.id}: header`).toEqual(shown.header);
      const body = first.table.slice(1);
      expect(body.length, `${card.id}: rows`).toBeGreaterThan(0);
      // The page runs a cell's block texts together ("…established" + "The zone…"); the slide separates
      // them with ". " or "; ". The talent race writes a status as words (" · estimate"), not the card's badge.
      const squash = (cell: string) => cell.replace(/[\s.;·]+/gu, '');
      const comparable = (rows: string[][]) => rows.map((r) => (card.id === 'talent-latest' ? r.slice(0, 1) : r).map(squash));
      expect(comparable(body.slice(0, 3)), `${card.id}: first rows`).toEqual(comparable(shown.rows.slice(0, 3)));
    }
    // Every value (hundreds of rows) stops at ten pages, the last saying what was left out and where it all is;
    // so do the other reference lists.
    const values = groups[CARDS.findIndex((c) => c.id === 'values')] ?? [];
    expect(values).toHaveLength(10);
    expect(values.at(-1)?.texts.join('\n')).toMatch(/^[\d,]+ of [\d,]+ rows are left out here; the card’s CSV download .* has every row\.$/mu);
    for (const id of ['sources', 'conflicts', 'changes']) expect(groups[CARDS.findIndex((c) => c.id === id)]?.length, id).toBeLessThanOrEqual(10);

    // Every card has a PowerPoint form: no slide says it could not be made.
    expect(failures).toEqual([]);
    expect(slides.some((slide) => slide.texts.join(' ').includes('could not be made'))).toBe(false);
  }, 180_000);

  it('gives a slide of a whole section one slide per card of the section, titled with both, the notes on the first', async () => {
    const chips = CARDS.filter((card) => card.path === '/chips');
    const deck = newDeck({ ...viewToSlide('/chips', '?cities=wuhan,xian', 'Chips at a glance'), notes: 'Start with capacity.' }, 'Sections');
    const { model, failures } = await deckModel(deck, createQueryClient(TEST_REQUEST_SETTINGS));
    expect(failures).toEqual([]);
    const { slides } = await readPptx(await writePptxBytes(model));
    const groups = perDeckSlide(slides);
    expect(groups).toHaveLength(chips.length);
    // A long table's first page says "(1 of 3)" after the title.
    expect(groups.map((group) => group[0]?.texts[0]?.replace(/ \(1 of \d+\)$/, ''))).toEqual(chips.map((card) => `Chips at a glance: ${card.title}`));
    expect(groups[0]?.[0]?.notes).toMatch(/^Start with capacity\./);
    expect(groups[1]?.[0]?.notes ?? '').not.toContain('Start with capacity.');
    // The section's view applies to each card: two cities, so no Chengdu series on the capacity chart.
    expect(groups[0]?.[0]?.chart?.series.map((series) => series.name).join(' ')).not.toContain('Chengdu');
  }, 120_000);
});
