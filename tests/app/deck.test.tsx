import { screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { events, fabs, industries, metrics, observations, rates } from '../../mocks/data';
import { CITY_IDS } from '../../src/api/vocabulary';
import { LinkNotice } from '../../src/app/link-notice';
import { SECTIONS } from '../../src/app/sections';
import { frontEndCapacity } from '../../src/domain/capacity';
import { compositeIndex, estimateShare } from '../../src/domain/composite';
import { convertObservation } from '../../src/domain/currency';
import { buildInsights } from '../../src/domain/insights';
import { compareMetrics } from '../../src/domain/comparison';
import { toInvestment } from '../../src/features/chips/to-investment';
import { AddToDeckButton, DeckControl } from '../../src/features/presentation/deck-panel';
import { DeckLinkImport } from '../../src/features/presentation/deck-link-import';
import { deck, slide } from '../factories';
import { decodeDeckParam, deckParamOf, encodeDeckParam } from '../../src/features/presentation/model/deck-link';
import { deckToJson, SECTION_PATHS, type Deck } from '../../src/features/presentation/model/deck-schema';
import { DEFAULT_DECK } from '../../src/features/presentation/model/default-deck';
import { CURRENT_DECK_KEY, DECK_KEY_PREFIX, LEGACY_DECK_KEY, deckStorageKey } from '../../src/features/presentation/model/deck-store';
import { DEFAULT_WEIGHTS, DEFAULT_YEARS } from '../../src/view-state/search-params';
import { currentUrl, renderWithProviders } from '../test-utils';

const KEY = LEGACY_DECK_KEY;
const labelFor = (path: string) => SECTIONS.find((s) => s.path === path)?.label ?? path;

const twoSlides: Deck = deck('Board briefing', [
  slide({ id: 'one', title: 'Capacity first', notes: 'Start with Xi’an.' }),
  slide({ id: 'two', title: 'Then talent', path: '/talent', search: 'cities=wuhan,xian&card=talent-latest' }),
]);

/** The deck pieces as the toolbar and the page hold them, with the link notice beside the deck notice. */
function DeckHarness({ onPresent }: { onPresent: (index: number) => void }) {
  const location = useLocation();
  return (
    <>
      <LinkNotice opened={{ search: location.search, pathname: location.pathname }} />
      <DeckLinkImport />
      <AddToDeckButton sectionLabel={labelFor(location.pathname)} />
      <DeckControl onPresent={onPresent} sectionLabelFor={labelFor} printHref="/print" />
    </>
  );
}

function renderDeck(url = '/') {
  const onPresent = vi.fn();
  return { ...renderWithProviders(<DeckHarness onPresent={onPresent} />, { url }), onPresent };
}

async function openEditor(user: ReturnType<typeof renderDeck>['user']) {
  await user.click(screen.getByRole('button', { name: /^Deck \(\d+\)$/ }));
  // The editor loads on first use (its own chunk), so the dialog is named once it has arrived.
  return screen.findByRole('dialog', { name: 'Deck' });
}

/** The deck this tab shows, as stored. */
const storedDeck = (): Deck => JSON.parse(localStorage.getItem(deckStorageKey(sessionStorage.getItem(CURRENT_DECK_KEY) ?? '')) ?? 'null') as Deck;
/** The text of every alert in the dialog (the editor's error line is one, empty until needed). */
const alerts = (dialog: HTMLElement) => within(dialog).queryAllByRole('alert').map((alert) => alert.textContent ?? '').join(' | ');
/** Every stored deck's title, oldest first. */
const storedTitles = () =>
  Object.keys(localStorage)
    .filter((key) => key === LEGACY_DECK_KEY || key.startsWith(DECK_KEY_PREFIX))
    .sort((a, b) => (a === LEGACY_DECK_KEY ? -1 : b === LEGACY_DECK_KEY ? 1 : a.localeCompare(b)))
    .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as Deck).title);
const slideTitles = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('textbox', { name: /^Title of slide \d+$/ })
    .map((input) => (input as HTMLInputElement).value);

afterEach(() => localStorage.clear());

describe('adding views to the deck', () => {
  it('adds the current view as the last slide, titled after its card, and says so', async () => {
    const { user } = renderDeck('/chips?card=capacity&cur=USD&theme=dark');
    await user.click(screen.getByRole('button', { name: 'Add to deck' }));
    expect(screen.getByRole('status')).toHaveTextContent(`Added slide ${DEFAULT_DECK.slides.length + 1}: Front-end wafer capacity`);
    expect(screen.getByRole('button', { name: `Deck (${DEFAULT_DECK.slides.length + 1})` })).toBeInTheDocument();
    const added = storedDeck().slides.at(-1);
    expect(added).toMatchObject({ title: 'Front-end wafer capacity', path: '/chips', search: 'cur=USD&card=capacity' });

    const dialog = await openEditor(user);
    expect(slideTitles(dialog).at(-1)).toBe('Front-end wafer capacity');
    const last = within(dialog).getAllByRole('listitem').at(-1) as HTMLElement;
    expect(last).toHaveTextContent(`Slide ${DEFAULT_DECK.slides.length + 1}Chips › Front-end wafer capacitycur=USDCurrent view`);
    expect(within(dialog).getAllByText('Current view')).toHaveLength(1);
  });

  it('titles a view without a card after its section', async () => {
    const { user } = renderDeck('/talent?cities=wuhan,xian');
    await user.click(screen.getByRole('button', { name: 'Add to deck' }));
    expect(screen.getByRole('status')).toHaveTextContent(/: Talent$/);
  });

  it('refuses to add past 50 slides and says why', async () => {
    const slides = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, title: `S${i}`, notes: '', path: '/' as const, search: '' }));
    localStorage.setItem(KEY, deckToJson({ version: 1, title: 'Full', slides }));
    const { user } = renderDeck('/chips');
    await user.click(screen.getByRole('button', { name: 'Add to deck' }));
    expect(screen.getByRole('status')).toHaveTextContent('The deck is full (50 slides); remove one in Deck first.');
    expect(storedDeck().slides).toHaveLength(50);
  });
});

describe('the deck editor', () => {
  it('marks the built-in deck and starts from it', async () => {
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    expect(within(dialog).getByText('Default deck')).toBeInTheDocument();
    expect(slideTitles(dialog)).toEqual(DEFAULT_DECK.slides.map((s) => s.title));
    expect(within(dialog).getByRole('button', { name: `Shown: ${DEFAULT_DECK.title} (built in), ${DEFAULT_DECK.slides.length} slides` })).toHaveAttribute('aria-current', 'true');
    expect(within(dialog).getByRole('button', { name: 'Delete deck' })).toBeDisabled();
  });

  it('renames the deck and a slide and edits notes, saved at once and still there after a reload', async () => {
    const first = renderDeck('/');
    let dialog = await openEditor(first.user);
    const deckTitle = within(dialog).getByRole('textbox', { name: 'Deck title' });
    await first.user.clear(deckTitle);
    await first.user.type(deckTitle, 'Chips for the board');
    const title = within(dialog).getByRole('textbox', { name: 'Title of slide 2' });
    await first.user.clear(title);
    await first.user.type(title, 'Who leads overall');
    await first.user.type(within(dialog).getByRole('textbox', { name: 'Speaker notes for slide 2' }), ' Pause here.');
    expect(within(dialog).queryByText('Default deck')).not.toBeInTheDocument();
    expect(storedDeck().title).toBe('Chips for the board');
    expect(storedDeck().slides[1]?.title).toBe('Who leads overall');
    expect(storedDeck().slides[1]?.notes.endsWith('live shows how much the order depends on what counts. Pause here.')).toBe(true);
    first.unmount();

    const second = renderDeck('/');
    dialog = await openEditor(second.user);
    expect(within(dialog).getByRole('textbox', { name: 'Deck title' })).toHaveValue('Chips for the board');
    expect(within(dialog).getByRole('textbox', { name: 'Title of slide 2' })).toHaveValue('Who leads overall');
  });

  it('moves slides up and down, keeping focus on the moved slide, and never past either end', async () => {
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    const [firstTitle, secondTitle] = slideTitles(dialog);
    expect(within(dialog).getByRole('button', { name: 'Move up, slide 1' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: `Move down, slide ${DEFAULT_DECK.slides.length}` })).toBeDisabled();

    await user.click(within(dialog).getByRole('button', { name: 'Move down, slide 1' }));
    expect(slideTitles(dialog).slice(0, 2)).toEqual([secondTitle, firstTitle]);
    expect(within(dialog).getByRole('button', { name: 'Move down, slide 2' })).toHaveFocus();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Slide 1 moved down; it is now slide 2.');

    await user.click(within(dialog).getByRole('button', { name: 'Move up, slide 2' }));
    expect(slideTitles(dialog).slice(0, 2)).toEqual([firstTitle, secondTitle]);
    // Now first, it cannot move up again: focus moves to its other arrow.
    expect(within(dialog).getByRole('button', { name: 'Move down, slide 1' })).toHaveFocus();
    expect(storedDeck().slides.map((s) => s.title).slice(0, 2)).toEqual([firstTitle, secondTitle]);
  });

  it('removes a slide, but keeps the last one', async () => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Remove slide 1: Capacity first' }));
    expect(slideTitles(dialog)).toEqual(['Then talent']);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Removed slide 1: Capacity first.');
    expect(screen.getByRole('button', { name: 'Deck (1)', hidden: true })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Remove slide 1: Then talent' })).toBeDisabled();
  });

  it('updates a slide from the current view and says so', async () => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    const { user } = renderDeck('/talent?card=retention&cities=xian,chengdu');
    const dialog = await openEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Update from current view, slide 1' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Slide 1 now shows the current view: Talent › Graduates staying in the province, by university.');
    expect(storedDeck().slides[0]).toEqual({ ...twoSlides.slides[0], path: '/talent', search: 'cities=xian,chengdu&card=retention' });
    expect(within(dialog).getByText('Current view')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Update from current view, slide 1' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Slide 1 already shows the current view.');
  });

  it('shows a slide’s view without presenting, keeping the viewer’s theme', async () => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    const { user, onPresent } = renderDeck('/?theme=contrast&cur=USD');
    const dialog = await openEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Show slide 2: Then talent' }));
    await waitFor(() => expect(currentUrl()).toBe('/talent?cities=wuhan,xian&card=talent-latest&theme=contrast'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onPresent).not.toHaveBeenCalled();
  });

  it('presents the deck from the start or from a slide, closing the editor', async () => {
    const { user, onPresent } = renderDeck('/');
    let dialog = await openEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Present from here, slide 3' }));
    expect(onPresent).toHaveBeenLastCalledWith(2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    dialog = await openEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Present' }));
    expect(onPresent).toHaveBeenLastCalledWith(0);
  });

  it('closes with Close and returns focus to the Deck button', async () => {
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Deck \(/ })).toHaveFocus();
  });

  it('keeps the page’s single-key shortcuts out of the editor', async () => {
    const { user } = renderDeck('/');
    const pageKeys = vi.fn();
    window.addEventListener('keydown', pageKeys);
    const dialog = await openEditor(user);
    within(dialog).getByRole('button', { name: 'Copy deck link' }).focus();
    await user.keyboard('p2t');
    expect(pageKeys).not.toHaveBeenCalled();
    window.removeEventListener('keydown', pageKeys);
  });

  it('copies a link that opens the first slide’s view and carries the deck', async () => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    const { user } = renderDeck('/sources?theme=dark');
    const dialog = await openEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Copy deck link' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Deck link copied (2 slides)');
    const link = new URL(await navigator.clipboard.readText());
    expect(link.pathname).toBe('/chips');
    expect(link.searchParams.get('card')).toBe('capacity');
    expect(link.searchParams.has('theme')).toBe(false);
    // The deck travels after '#', so it never reaches a server or its logs.
    expect(link.searchParams.has('deck')).toBe(false);
    expect(link.hash.startsWith('#deck=')).toBe(true);
    expect(decodeDeckParam(deckParamOf(link.search, link.hash) ?? '')).toEqual({ ok: true, deck: twoSlides });
  });

  it('refuses to make a link of a deck too large to open from one, and says to send the file', async () => {
    // Fifty slides of long, varied notes compress to more than a link may carry.
    const noisy = (n: number) => Array.from({ length: 3900 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919 + n * 104729) % 20000))).join('');
    const slides = Array.from({ length: 50 }, (_, n) => slide({ id: `s${n}`, title: `Slide ${n}`, notes: noisy(n) }));
    localStorage.setItem(KEY, deckToJson(deck('Huge', slides)));
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Copy deck link' }));
    expect(alerts(dialog)).toMatch(/This deck is too large for a link \(its notes make [\d,]+ characters; a deck link carries at most 32,000\)\. Download JSON/);
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy deck link' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copying was not allowed; copy this link yourself.');
    expect((within(dialog).getByRole('textbox', { name: 'Deck link' }) as HTMLInputElement).value).toMatch(/\/\?card=insights#deck=/);
  });

  it('imports a good JSON file as a new deck beside the user’s own, and can undo it', async () => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    const six: Deck = { ...twoSlides, slides: [1, 2, 3, 4, 5, 6].map((n) => ({ id: `s${n}`, title: `Point ${n}`, notes: '', path: '/chips', search: 'card=plants' })) };
    await user.upload(within(dialog).getByLabelText('Import JSON…'), new File([`\uFEFF${deckToJson(six)}`], 'briefing.json', { type: 'application/json' }));
    // Same title as a deck already here: the new one is told apart by a number.
    expect(
      await within(dialog).findByText('Imported 6 slides from “briefing.json” as a new deck: “Board briefing (2)”. Your other decks are unchanged.'),
    ).toBeInTheDocument();
    expect(slideTitles(dialog)).toEqual(['Point 1', 'Point 2', 'Point 3', 'Point 4', 'Point 5', 'Point 6']);
    expect(storedDeck()).toEqual({ ...six, title: 'Board briefing (2)' });
    expect(storedTitles()).toEqual(['Board briefing', 'Board briefing (2)']);
    expect(within(dialog).getByRole('button', { name: 'Open Board briefing, 2 slides' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Undo' }));
    expect(slideTitles(dialog)).toEqual(['Capacity first', 'Then talent']);
    expect(storedTitles()).toEqual(['Board briefing']);
  });

  it.each([
    ['not JSON', 'slides: 3', 'the file is not JSON'],
    ['of another version', JSON.stringify({ ...twoSlides, version: 2 }), 'this deck is version 2; this Hubscope reads version 1'],
    ['with a slide on an unknown section', JSON.stringify({ ...twoSlides, slides: [{ ...twoSlides.slides[0], path: '/admin' }] }), 'slide 1: "/admin" is not a Hubscope section'],
  ])('refuses a file %s with the reason and keeps the slides', async (_case, text, reason) => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    await user.upload(within(dialog).getByLabelText('Import JSON…'), new File([text], 'bad.json', { type: 'application/json' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(`“bad.json” was not imported: ${reason}. Your decks are unchanged.`);
    expect(slideTitles(dialog)).toEqual(['Capacity first', 'Then talent']);
    expect(storedTitles()).toEqual(['Board briefing']);
    expect(storedDeck()).toEqual(twoSlides);
  });

  it('lists decks by name, opens one, duplicates it and deletes it with undo, never touching the others', async () => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    expect(within(dialog).getByRole('button', { name: 'Shown: Board briefing, 2 slides' })).toHaveAttribute('aria-current', 'true');

    await user.click(within(dialog).getByRole('button', { name: 'Duplicate deck' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Made a copy: “Board briefing (copy)”, now shown. “Board briefing” is unchanged.');
    const deckTitle = within(dialog).getByRole('textbox', { name: 'Deck title' });
    await user.clear(deckTitle);
    await user.type(deckTitle, 'For the minister');
    expect(storedTitles()).toEqual(['Board briefing', 'For the minister']);

    await user.click(within(dialog).getByRole('button', { name: `Open ${DEFAULT_DECK.title} (built in), ${DEFAULT_DECK.slides.length} slides` }));
    expect(slideTitles(dialog)).toEqual(DEFAULT_DECK.slides.map((s) => s.title));
    expect(screen.getByRole('button', { name: `Deck (${DEFAULT_DECK.slides.length})`, hidden: true })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Open For the minister, 2 slides' }));
    expect(within(dialog).getByRole('textbox', { name: 'Deck title' })).toHaveValue('For the minister');

    await user.click(within(dialog).getByRole('button', { name: 'Delete deck' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Deleted “For the minister”.');
    expect(storedTitles()).toEqual(['Board briefing']);
    expect(within(dialog).getByRole('textbox', { name: 'Deck title' })).toHaveValue('Board briefing');
    expect(within(dialog).getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Undo' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Undone: “For the minister” is back.');
    expect(storedTitles()).toEqual(['Board briefing', 'For the minister']);
    expect(within(dialog).getByRole('textbox', { name: 'Deck title' })).toHaveValue('For the minister');
  });

  it('removes a slide and puts it back where it was with Undo', async () => {
    localStorage.setItem(KEY, deckToJson({ ...twoSlides, slides: [...twoSlides.slides, slide({ id: 'three', title: 'Then chips' })] }));
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Remove slide 2: Then talent' }));
    expect(slideTitles(dialog)).toEqual(['Capacity first', 'Then chips']);
    await user.click(within(dialog).getByRole('button', { name: 'Undo, put back slide 2' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Undone: slide 2 (Then talent) is back.');
    expect(slideTitles(dialog)).toEqual(['Capacity first', 'Then talent', 'Then chips']);
    expect(storedDeck().slides.map((s) => s.id)).toEqual(['one', 'two', 'three']);
  });

  it('reports a saved deck that no longer reads, keeps it backed up and shows what still reads', async () => {
    const damaged = JSON.stringify({ ...twoSlides, slides: [twoSlides.slides[0], { ...twoSlides.slides[1], path: '/people' }] });
    localStorage.setItem(KEY, damaged);
    const { user } = renderDeck('/');
    const dialog = await openEditor(user);
    expect(alerts(dialog)).toContain(
      '“Board briefing” no longer reads as saved (slide 2: "/people" is not a Hubscope section); 1 of 2 slides still read and are shown. Its text is backed up unchanged in this browser',
    );
    expect(slideTitles(dialog)).toEqual(['Capacity first']);
    expect(within(dialog).getByRole('button', { name: 'Download original of “Board briefing”' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Shown: Board briefing, 1 slide, recovered' })).toBeInTheDocument();
    // Adding a slide elsewhere, or just looking, leaves the saved text as it was.
    expect(localStorage.getItem(KEY)).toBe(damaged);
  });

  it('says at once when storage is full, and keeps the added slide in this tab', async () => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    const { user } = renderDeck('/chips?card=capacity');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: 'Add to deck' }));
    expect(screen.getByRole('status')).toHaveTextContent('Added slide 3: Front-end wafer capacity, but not saved: this browser’s storage is full.');
    expect(screen.getByRole('button', { name: 'Deck (3)' })).toBeInTheDocument();
    const dialog = await openEditor(user);
    expect(alerts(dialog)).toContain('This browser’s storage is full: your latest changes are kept in this tab only');

    // Space freed (another tab deleted a deck, say): saved at the next try.
    vi.restoreAllMocks();
    await user.click(within(dialog).getByRole('button', { name: 'Try saving again' }));
    expect(alerts(dialog)).not.toContain('storage is full');
    expect(storedDeck().slides.map((s) => s.title)).toEqual(['Capacity first', 'Then talent', 'Front-end wafer capacity']);
  });

  it('starts a new deck from the current view, keeping the one it had', async () => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    const { user } = renderDeck('/chips?card=investment&cur=USD');
    const dialog = await openEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'New deck from this view' }));
    expect(slideTitles(dialog)).toEqual(['Chip investment committed and lost']);
    expect(storedDeck().slides[0]).toMatchObject({ path: '/chips', search: 'cur=USD&card=investment' });
    expect(storedTitles()).toEqual(['Board briefing', 'My deck']);
  });
});

describe('deck links', () => {
  it('opens a good deck= link as a new deck, says so, removes it from the address, and can undo it', async () => {
    const { user } = renderDeck(`/chips?card=capacity&deck=${encodeDeckParam(twoSlides)}`);
    const notice = await screen.findByRole('status', { name: 'Deck notice' });
    expect(notice).toHaveTextContent(
      'Opened the deck “Board briefing” from this link as a new deck (2 slides). Your other decks are unchanged; the default deck is one click away in Deck.',
    );
    expect(screen.getByRole('button', { name: 'Deck (2)' })).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe('/chips?card=capacity'));
    expect(storedDeck()).toEqual(twoSlides);

    await user.click(within(notice).getByRole('button', { name: /^Undo/ }));
    expect(notice).toHaveTextContent('Undone: the link’s deck was not kept; back to the default deck.');
    expect(screen.getByRole('button', { name: `Deck (${DEFAULT_DECK.slides.length})` })).toBeInTheDocument();
    expect(storedTitles()).toEqual([]);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Deck notice' })).not.toBeInTheDocument();
  });

  it('opens a deck carried after # (as new links carry it) and clears it from the address', async () => {
    renderDeck(`/chips?card=capacity#deck=${encodeDeckParam(twoSlides)}`);
    const notice = await screen.findByRole('status', { name: 'Deck notice' });
    expect(notice).toHaveTextContent('Opened the deck “Board briefing” from this link as a new deck (2 slides).');
    await waitFor(() => expect(currentUrl()).toBe('/chips?card=capacity'));
    expect(storedDeck()).toEqual(twoSlides);
  });

  it('never replaces the user’s own deck: the link’s deck is added beside it, and Undo goes back to it', async () => {
    const mine: Deck = { ...twoSlides, title: 'Board meeting' };
    localStorage.setItem(KEY, deckToJson(mine));
    const colleague: Deck = { ...twoSlides, title: 'Board meeting', slides: twoSlides.slides.slice(1) };
    const { user } = renderDeck(`/?deck=${encodeDeckParam(colleague)}`);
    const notice = await screen.findByRole('status', { name: 'Deck notice' });
    expect(notice).toHaveTextContent('Opened the deck “Board meeting (2)” from this link as a new deck (1 slide).');
    expect(storedTitles()).toEqual(['Board meeting', 'Board meeting (2)']);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toEqual(mine);
    await user.click(within(notice).getByRole('button', { name: 'Undo, back to your deck “Board meeting” (2 slides)' }));
    expect(storedTitles()).toEqual(['Board meeting']);
    expect(storedDeck()).toEqual(mine);
  });

  it.each([
    ['cut short', () => encodeDeckParam(twoSlides).slice(0, 40), 'The deck in the link is damaged or cut short.'],
    ['of another version', () => encodeDeckParam({ ...twoSlides, version: 7 as 1 }), 'This deck is version 7; this Hubscope reads version 1.'],
  ])('refuses a deck= link that is %s with the reason and keeps the deck', async (_case, param, reason) => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    renderDeck(`/talent?deck=${param()}`);
    const notice = await screen.findByRole('status', { name: 'Deck notice' });
    expect(notice).toHaveTextContent('The deck in this link was not loaded.');
    expect(notice).toHaveTextContent(`${reason} Nothing changed: you keep your deck “Board briefing” (2 slides).`);
    expect(within(notice).queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
    expect(storedDeck()).toEqual(twoSlides);
    await waitFor(() => expect(currentUrl()).toBe('/talent'));
  });

  it('leaves the address clean beside the link notice’s own clean-up', async () => {
    renderDeck(`/chips?card=insights&nonsense=1&deck=${encodeDeckParam(twoSlides)}`);
    expect(await screen.findByRole('status', { name: 'Link notice' })).toHaveTextContent('nonsense=1');
    expect(screen.getByRole('status', { name: 'Deck notice' })).toHaveTextContent('Opened the deck “Board briefing”');
    await waitFor(() => expect(currentUrl()).toBe('/chips'));
  });

  it('says nothing when the link carries the deck already in use', async () => {
    localStorage.setItem(KEY, deckToJson(twoSlides));
    renderDeck(`/chips?card=capacity&deck=${encodeDeckParam(twoSlides)}`);
    await waitFor(() => expect(currentUrl()).toBe('/chips?card=capacity'));
    expect(screen.queryByRole('status', { name: 'Deck notice' })).not.toBeInTheDocument();
  });
});

describe('the default deck against the app and the data', () => {
  it('uses exactly the app’s section paths', () => {
    expect([...SECTION_PATHS].sort()).toEqual(SECTIONS.map((s) => s.path).sort());
  });

  // The claims in the default deck's titles and notes, checked against the dataset as the cards compute them.
  const cities = [...CITY_IDS];
  const inYears = observations.filter((o) => o.year >= DEFAULT_YEARS.from && o.year <= DEFAULT_YEARS.to);
  const inCny = inYears.flatMap((o) => {
    const converted = convertObservation(o, 'CNY', rates);
    return converted.ok ? [converted.observation] : [];
  });
  const scorecard = compareMetrics(metrics, inCny, cities);
  const composite = compositeIndex(scorecard, cities, DEFAULT_WEIGHTS);

  it('slide 1: Chengdu leads on GDP in 2024 and overtook Wuhan across a break; Xi’an leads on R&D intensity in 2018; capacity has no common year', () => {
    const breaks = events.filter((e) => e.kind === 'seriesBreak');
    const insights = buildInsights({ rows: scorecard, composite, observations: inCny, cities, breaks }).join('\n');
    expect(insights).toMatch(/^Chengdu leads on GDP: .* in 2024/m);
    expect(insights).toMatch(/^Chengdu overtook Wuhan on GDP between \d{4} and 2024\. This crosses a series break \(2016: .*Jianyang/m);
    expect(insights).toMatch(/^Xi'an leads on R&D intensity: .* in 2018/m);
    expect(insights).toMatch(/^No common year for .*Front-end wafer capacity \(Wuhan 2021, Xi'an 2022, Chengdu none\)/m);
    const rd = scorecard.find((r) => r.metric.id === 'tal_rd_intensity');
    expect(rd?.cells.find((c) => c.city === 'wuhan')?.observation?.status).toBe('estimate');
  });

  it('slide 2: the composite index is close, rests on the metrics compared in one year, has no chip metric, and has estimates to point at', () => {
    const [top, second] = cities.map((city) => composite.overall[city].score ?? 0).sort((a, b) => b - a);
    expect((top ?? 0) - (second ?? 0)).toBeLessThan(5);
    expect(composite.categories.find((c) => c.category === 'chips')?.metricIds).toEqual([]);
    for (const category of composite.categories)
      for (const metricId of category.metricIds) expect(scorecard.find((r) => r.metric.id === metricId)?.outcome, metricId).toBe('sameYear');
    // The notes send the presenter to the estimate shares; some index must rest partly on estimates.
    expect(cities.some((city) => estimateShare(composite.overall[city]) > 0)).toBe(true);
  });

  it('slide 3: Chengdu’s electronic-information output is the largest pillar figure, past CNY 1 trillion', () => {
    const withOutput = industries.filter((i) => i.output?.currency === 'CNY');
    const largest = [...withOutput].sort((a, b) => (b.output?.value ?? 0) - (a.output?.value ?? 0))[0];
    expect(largest?.id).toBe('chengdu_einfo');
    expect(largest?.output?.value).toBeGreaterThan(1000);
    expect(industries.every((i) => i.output === undefined || i.output.currency === 'CNY')).toBe(true);
  });

  it('slide 4: only Wuhan counts graduates staying; Xi’an’s reported 5.10% R&D intensity leads in 2018, Wuhan’s is an estimate', () => {
    expect(new Set(observations.filter((o) => o.metricId === 'tal_grads_staying').map((o) => o.entityId))).toEqual(new Set(['wuhan']));
    const rd = scorecard.find((r) => r.metric.id === 'tal_rd_intensity');
    expect(rd?.year).toBe(2018);
    expect(rd?.leaders).toEqual(['xian']);
    expect(rd?.cells.map((c) => [c.city, c.observation?.value, c.observation?.status])).toEqual([
      ['wuhan', 2.42, 'estimate'],
      ['xian', 5.1, 'reported'],
      ['chengdu', 2.56, 'reported'],
    ]);
  });

  it('slide 5: Xi’an runs the most front-end capacity; Wuhan’s halted plans exceed what it runs; Chengdu states none', () => {
    const { totals } = frontEndCapacity(fabs, cities);
    const at = (city: string, status: string) => totals.find((t) => t.cityId === city && t.fabStatus === status)?.value ?? 0;
    expect(at('xian', 'operating')).toBeGreaterThan(at('wuhan', 'operating'));
    expect(at('wuhan', 'halted')).toBeGreaterThan(at('wuhan', 'operating'));
    expect(totals.filter((t) => t.cityId === 'chengdu')).toEqual([]);
  });

  it('slide 6: Wuhan and Chengdu lost more chip investment than they kept; Xi’an lost none', () => {
    for (const currency of ['USD', 'CNY'] as const) {
      const { totals } = toInvestment(fabs, cities, currency, rates);
      const sum = (city: string, kind: string) => totals.find((t) => t.cityId === city && t.kind === kind)?.value ?? 0;
      expect(sum('wuhan', 'lost')).toBeGreaterThan(sum('wuhan', 'committed'));
      expect(sum('chengdu', 'lost')).toBeGreaterThan(sum('chengdu', 'committed'));
      expect(sum('xian', 'lost')).toBe(0);
    }
  });

  it('slide 7: China made 15.9% of its chips in 2020 and China-headquartered firms 5.9% (preferred figures)', () => {
    const preferred = (metricId: string) => observations.find((o) => o.metricId === metricId && o.year === 2020 && o.preferred === true)?.value;
    expect(preferred('nat_ic_made_in_china_share')).toBe(15.9);
    expect(preferred('nat_ic_china_hq_share')).toBe(5.9);
  });

  it('slide 8: from 2020 the fab and export-control events are halts, a takeover, a cancellation, the Entity List and an output cut', () => {
    const shown = events.filter((e) => (e.kind === 'fab' || e.kind === 'exportControl') && e.date >= '2020').map((e) => e.id);
    expect(shown.sort()).toEqual(['gf_chengdu_halt', 'hsmc_halt', 'hsmc_takeover', 'samsung_xian_cut', 'unigroup_chengdu_scrapped', 'ymtc_entity_list']);
    const earlier = events.filter((e) => (e.kind === 'fab' || e.kind === 'exportControl') && e.date < '2020').map((e) => e.date);
    expect(earlier.every((date) => date <= '2018-12')).toBe(true);
  });
});
