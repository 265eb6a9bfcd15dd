import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meta } from '../../mocks/data';
import { server } from '../../mocks/node';
import { scenarioHandlers } from '../../mocks/scenarios';
import { createQueryClient } from '../../src/api/query-client';
import { PrintRoot } from '../../src/app/print/print-root';
import { AppProviders } from '../../src/app/providers';
import { CARDS } from '../../src/view-state/cards';
import { deckToJson, type Deck } from '../../src/features/presentation/model/deck-schema';
import { encodeDeckParam } from '../../src/features/presentation/model/deck-link';
import { LEGACY_DECK_KEY } from '../../src/features/presentation/model/deck-store';
import { renderApp, TEST_REQUEST_SETTINGS } from '../test-utils';

const deck: Deck = {
  version: 1,
  title: 'Chips briefing',
  slides: [
    { id: 'a', title: 'Xi’an runs the most capacity', notes: 'Point at the halted bar.\nThen the years.', path: '/chips', search: 'card=capacity' },
    { id: 'b', title: 'Scorecard for two cities', notes: '', path: '/', search: 'cities=wuhan,xian&cur=USD&card=scorecard' },
    { id: 'c', title: 'Fab events', notes: '', path: '/timeline', search: 'kinds=fab&card=events' },
  ],
};

const ORIGIN = 'https://hubscope.example';

/** The print view is a root of its own (each page has its own router), so it is rendered without the test router. */
function renderPrint(search: string, hash = '') {
  const user = userEvent.setup();
  const queryClient = createQueryClient(TEST_REQUEST_SETTINGS);
  render(
    <AppProviders queryClient={queryClient}>
      <PrintRoot search={search} hash={hash} base="/" origin={ORIGIN} />
    </AppProviders>,
  );
  return { user, queryClient };
}

const pages = () => screen.getAllByRole('article');

async function waitUntilReady(count: number) {
  await waitFor(() => expect(screen.getByRole('status', { name: 'Print progress' })).toHaveTextContent(`Ready: ${count} page`), { timeout: 15_000 });
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('print view of a deck', () => {
  it('draws one page per slide, each with its title, settings, notes, a source line and a link back to the view', async () => {
    renderPrint(`?deck=${encodeURIComponent(encodeDeckParam(deck))}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Chips briefing' })).toBeInTheDocument();
    await waitUntilReady(3);
    expect(pages()).toHaveLength(3);

    const [capacity, scorecard, timeline] = pages() as [HTMLElement, HTMLElement, HTMLElement];
    expect(capacity).toHaveAccessibleName('Xi’an runs the most capacity');
    expect(within(capacity).getByText('Slide 1 of 3')).toBeInTheDocument();
    expect(within(capacity).getByRole('heading', { name: 'Front-end wafer capacity' })).toBeInTheDocument();
    // Only the slide's card is drawn, not the rest of its section.
    expect(within(capacity).queryByRole('heading', { name: 'Chip plants by status' })).not.toBeInTheDocument();
    expect(within(capacity).getByText(/Point at the halted bar\.\s+Then the years\./)).toHaveTextContent(/^Notes:/);
    expect(within(capacity).getByText(/^Sources?:/)).toBeInTheDocument();
    expect(within(capacity).getByText(/Dataset 2026\.12\.1, as of 2026-12-03/)).toBeInTheDocument();
    expect(within(capacity).getByRole('link', { name: `${ORIGIN}/chips?card=capacity&from=2015&to=2024&v=${meta.datasetVersion}` })).toHaveAttribute(
      'href',
      `${ORIGIN}/chips?card=capacity&from=2015&to=2024&v=${meta.datasetVersion}`,
    );

    expect(within(scorecard).getByText('Slide 2 of 3')).toBeInTheDocument();
    expect(within(scorecard).getByText('Wuhan 武汉, Xi\'an 西安 · 2015–2024 · Values: absolute · Money in USD')).toBeInTheDocument();
    expect(within(scorecard).getByRole('heading', { name: 'Scorecard' })).toBeInTheDocument();
    expect(within(scorecard).queryByText(/^Notes:/)).not.toBeInTheDocument();
    expect(within(scorecard).getByText(/^Sources?:/)).toBeInTheDocument();

    expect(within(timeline).getByRole('heading', { name: 'Events that shaped the three hubs' })).toBeInTheDocument();
    expect(within(timeline).getByText(/Timeline: Fab/)).toBeInTheDocument();
    expect(within(timeline).getByText(/^Sources?:/)).toBeInTheDocument();
  });

  it('prints a deck carried after # (as deck links now carry it), not the stored one', async () => {
    localStorage.setItem(LEGACY_DECK_KEY, deckToJson({ ...deck, title: 'Stored deck' }));
    renderPrint('', `#deck=${encodeDeckParam({ ...deck, slides: deck.slides.slice(0, 2) })}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Chips briefing' })).toBeInTheDocument();
    await waitUntilReady(2);
    expect(pages()).toHaveLength(2);
    expect(screen.getByRole('article', { name: 'Xi’an runs the most capacity' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Scorecard for two cities' })).toBeInTheDocument();
  });

  it('prints the stored deck when the link names none', async () => {
    localStorage.setItem(LEGACY_DECK_KEY, deckToJson({ ...deck, title: 'Stored deck', slides: deck.slides.slice(0, 2) }));
    renderPrint('');
    expect(screen.getByRole('heading', { level: 1, name: 'Stored deck' })).toBeInTheDocument();
    await waitUntilReady(2);
    expect(pages()).toHaveLength(2);
    expect(screen.getByRole('article', { name: 'Xi’an runs the most capacity' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Scorecard for two cities' })).toBeInTheDocument();
  });

  it('refuses a deck link that does not parse and says why', () => {
    renderPrint('?deck=this-is-not-a-deck');
    expect(screen.getByRole('alert')).toHaveTextContent('The link’s deck cannot be read: the deck in the link is damaged or cut short.');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Print / Save as PDF' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Hubscope' })).toHaveAttribute('href', '/');
  });

  it('prints when every page is ready if Print is pressed before', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderPrint(`?deck=${encodeURIComponent(encodeDeckParam(deck))}`);
    await user.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    expect(screen.getByRole('status', { name: 'Print progress' })).toHaveTextContent(/Preparing \d of 3 slides… printing when all are ready/);
    await waitUntilReady(3);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('counts a page whose data failed as ready, and says which need a Retry before printing', async () => {
    server.use(...scenarioHandlers('events', 'serverError'));
    renderPrint(`?deck=${encodeURIComponent(encodeDeckParam(deck))}`);
    await waitUntilReady(3);
    expect(screen.getByRole('status', { name: 'Print progress' })).toHaveTextContent('Ready: 3 pages · 1 with data that did not load: press Retry on that page before printing');
    expect(within(screen.getByRole('article', { name: 'Fab events' })).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  /** How many mounted components observe the query of `endpoint` (0 once every page using it is frozen). */
  const observers = (queryClient: QueryClient, endpoint: string) =>
    queryClient
      .getQueryCache()
      .findAll({ queryKey: [endpoint] })
      .reduce((sum, query) => sum + query.getObserversCount(), 0);

  it('freezes a ready page: its drawing stays, its live tree (and every query it watched) is gone', async () => {
    const { queryClient } = renderPrint(`?deck=${encodeURIComponent(encodeDeckParam(deck))}`);
    await waitUntilReady(3);
    await waitFor(() => expect(observers(queryClient, 'events')).toBe(0));
    // The same drawing, kept as it was: headings, settings, sources and the link back.
    const frozen = screen.getByRole('article', { name: 'Fab events' });
    expect(within(frozen).getByText(/Timeline: Fab/)).toBeInTheDocument();
    expect(within(frozen).getByRole('heading', { name: 'Events that shaped the three hubs' })).toBeInTheDocument();
    expect(within(frozen).getByText(/^Sources?:/)).toBeInTheDocument();
    // Its controls no longer act: disabled (still named), and nothing in it is a stop in the tab order.
    const exportButton = within(frozen).getAllByRole('button', { name: /Export/ })[0];
    expect(exportButton).toBeDisabled();
    expect(frozen.querySelector('[tabindex]:not([tabindex="-1"])')).toBeNull();
    expect(screen.getByRole('status', { name: 'Print progress' })).toHaveTextContent('Ready: 3 pages');
  });

  it('keeps a page whose data failed live, so its Retry draws it (and it freezes then)', async () => {
    server.use(...scenarioHandlers('events', 'serverError'));
    const { user, queryClient } = renderPrint(`?deck=${encodeURIComponent(encodeDeckParam(deck))}`);
    await waitUntilReady(3);
    expect(observers(queryClient, 'events')).toBeGreaterThan(0);
    server.resetHandlers();
    await user.click(within(screen.getByRole('article', { name: 'Fab events' })).getByRole('button', { name: 'Retry' }));
    const timeline = await screen.findByRole('heading', { name: 'Events that shaped the three hubs' }, { timeout: 15_000 });
    expect(screen.getByRole('article', { name: 'Fab events' })).toContainElement(timeline);
    await waitFor(() => expect(screen.getByRole('status', { name: 'Print progress' })).toHaveTextContent(/^Ready: 3 pages$/), { timeout: 15_000 });
    await waitFor(() => expect(observers(queryClient, 'events')).toBe(0));
    expect(within(screen.getByRole('article', { name: 'Fab events' })).getByRole('heading', { name: 'Events that shaped the three hubs' })).toBeInTheDocument();
  });
});

describe('print view of a big deck', () => {
  // Eight slides, one card each from across the sections: enough pages for turns to show.
  const big: Deck = {
    version: 1,
    title: 'Eight slides',
    slides: ['capacity', 'scorecard', 'events', 'talent-latest', 'values', 'plants', 'composite', 'industry-output'].map((card, index) => {
      const path = CARDS.find((c) => c.id === card)?.path ?? '/';
      return { id: `slide-${index + 1}`, title: `Slide about ${card}`, notes: '', path, search: `card=${card}` };
    }),
  };
  const bigSearch = `?deck=${encodeURIComponent(encodeDeckParam(big))}`;
  const waiting = () => screen.queryAllByText(/: waiting to be drawn \(\d+ \/ 8\)$/);

  /** Every text the progress line shows, in order, from now on. */
  function recordProgress(): string[] {
    const status = screen.getByRole('status', { name: 'Print progress' });
    const seen = [status.textContent ?? ''];
    const observer = new MutationObserver(() => {
      const text = status.textContent ?? '';
      if (text !== seen.at(-1)) seen.push(text);
    });
    observer.observe(status, { subtree: true, childList: true, characterData: true });
    return seen;
  }

  it('draws the pages in turns: blank sheets hold the rest, the progress counts up, and every page ends drawn', async () => {
    renderPrint(bigSearch);
    const progress = recordProgress();
    // At first only the first page is drawn; the others wait, each saying which page it will be.
    expect(pages().length).toBeLessThan(big.slides.length);
    expect(waiting()).toHaveLength(big.slides.length - pages().length);
    expect(screen.getByText('Slide about industry-output: waiting to be drawn (8 / 8)')).toBeInTheDocument();
    expect(progress[0]).toBe('Preparing 0 of 8 slides…');

    await waitUntilReady(8);
    expect(pages()).toHaveLength(8);
    expect(waiting()).toHaveLength(0);
    expect(pages().map((page) => within(page).getByText(/^Slide \d of 8$/).textContent)).toEqual(big.slides.map((_, index) => `Slide ${index + 1} of 8`));
    // The count went up page by page, never down, through the pages in between.
    const counts = progress.map((text) => /^Preparing (\d) of 8/.exec(text)?.[1]).filter((count) => count !== undefined).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe('Ready: 8 pages');
  });

  it('Print pressed (or Ctrl+P) before the pages are drawn prints once, when every page is drawn and ready', async () => {
    const drawnWhenPrinted: number[] = [];
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      drawnWhenPrinted.push(screen.queryAllByRole('article').length);
    });
    const { user } = renderPrint(bigSearch);
    await user.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    await user.keyboard('{Control>}p{/Control}');
    expect(screen.getByRole('status', { name: 'Print progress' })).toHaveTextContent(/^Preparing \d of 8 slides… printing when all are ready$/);
    expect(print).not.toHaveBeenCalled();
    await waitUntilReady(8);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(drawnWhenPrinted).toEqual([8]);
    expect(waiting()).toHaveLength(0);
  });
});

describe('print view of a section', () => {
  it('draws one page per card of the section, with the section’s settings', async () => {
    renderPrint('?section=/chips&cities=wuhan,chengdu&view=table');
    const chipCards = CARDS.filter((card) => card.path === '/chips');
    expect(screen.getByRole('heading', { level: 1, name: 'Chips: every card' })).toBeInTheDocument();
    await waitUntilReady(chipCards.length);
    expect(pages()).toHaveLength(chipCards.length);
    pages().forEach((page, index) => {
      const card = chipCards[index];
      expect(within(page).getByText(`Chips · card ${index + 1} of ${chipCards.length}`)).toBeInTheDocument();
      expect(within(page).getAllByRole('heading', { name: card?.title })).toHaveLength(2);
      expect(within(page).getByText(/Wuhan 武汉, Chengdu 成都 · 2015–2024 · Values: absolute · Money in CNY · Shown as a table/)).toBeInTheDocument();
    });
    expect(screen.getByRole('link', { name: 'Back to Hubscope' })).toHaveAttribute('href', '/chips?cities=wuhan,chengdu&view=table');
  });

  it('says so when the section does not exist', () => {
    renderPrint('?section=/weather');
    expect(screen.getByRole('alert')).toHaveTextContent('“/weather” is not a Hubscope section.');
  });
});

describe('the way to the print view', () => {
  it('the toolbar links this section with its settings, and the deck editor links the deck', async () => {
    const { user } = renderApp('/chips?cities=wuhan,xian&cur=USD');
    expect(screen.getByRole('link', { name: 'Print' })).toHaveAttribute('href', '/print?section=/chips&cities=wuhan%2Cxian&cur=USD');
    // The deck tools load when first asked for; a press on "Deck" before then opens the editor when they arrive.
    await user.click(screen.getByRole('button', { name: /^Deck( \(\d+\))?$/ }));
    expect(await screen.findByRole('link', { name: 'Print deck' })).toHaveAttribute('href', '/print');
  });
});
