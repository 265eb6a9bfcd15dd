import { getCard } from '../../../view-state/cards';
import { RESERVED_PARAMS } from '../../../view-state/search-params';
import { canonicalSlideSearch, DECK_VERSION, isSectionPath, MAX_NOTES_LENGTH, MAX_TITLE_LENGTH, sectionPath, type Deck, type Slide } from './deck-schema';
import { MAX_SLIDES } from '../../../view-state/search-params';

/* Views to slides and back, and the edits of a deck's slide list; pure functions on the schema's types. */

function randomId(): string {
  const bytes = new Uint8Array(9);
  // getRandomValues works outside secure contexts too (randomUUID does not).
  globalThis.crypto.getRandomValues(bytes);
  return `s-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** A new slide of the view at `pathname` + `search` (with a new id); the title and notes are clipped to their limits. */
export function viewToSlide(pathname: string, search: string, title: string, notes = ''): Slide {
  return {
    id: randomId(),
    title: title.slice(0, MAX_TITLE_LENGTH),
    notes: notes.slice(0, MAX_NOTES_LENGTH),
    path: sectionPath(pathname),
    search: canonicalSlideSearch(pathname, search),
  };
}

/** True when the view at `pathname` + `search` is the slide's view (theme, dataset version and presentation state aside). */
export function isSlideView(slide: Slide, pathname: string, search: string): boolean {
  return isSectionPath(pathname) && sectionPath(pathname) === slide.path && canonicalSlideSearch(pathname, search) === canonicalSlideSearch(slide.path, slide.search);
}

/** Where a slide's view is: its path and search (with '?', or '' when it has none); `slide=N` is added when a number is given. */
export function slideLocation(slide: Slide, slideNumber?: number): { pathname: string; search: string } {
  const parts = [slide.search, slideNumber === undefined ? '' : `slide=${slideNumber}`].filter(Boolean);
  return { pathname: slide.path, search: parts.length > 0 ? `?${parts.join('&')}` : '' };
}

/** Parameters of the viewer's own page that travel with them to any slide: their theme and mock switches. */
export const CARRIED_PARAMS = ['theme', ...RESERVED_PARAMS] as const;

/** A slide's search (with '?') plus the carried parameters of the current page, so showing a slide keeps the viewer's theme. */
export function withCarriedParams(slideSearch: string, currentSearch: string): string {
  const current = new URLSearchParams(currentSearch);
  const carried = CARRIED_PARAMS.flatMap((name) => {
    const value = current.get(name);
    return value === null ? [] : [`${name}=${encodeURIComponent(value)}`];
  });
  const parts = [slideSearch.replace(/^\?/, ''), ...carried].filter(Boolean);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The title a new slide gets: the card's title when one card is shown alone (`card=`), else the section's label. */
export function slideTitleFor(pathname: string, search: string, sectionLabel: string): string {
  const id = new URLSearchParams(search).get('card');
  const card = id === null ? undefined : getCard(id);
  return (card && card.path === sectionPath(pathname) ? card.title : sectionLabel).slice(0, MAX_TITLE_LENGTH);
}

/** A slide's title for display: an emptied title shows as "Slide N". */
export function displaySlideTitle(slide: Slide, slideNumber: number): string {
  return slide.title.trim() || `Slide ${slideNumber}`;
}

/**
 * Appends a slide. A full deck (MAX_SLIDES) is returned unchanged (the same object), so callers
 * check `deck.slides.length < MAX_SLIDES` first to tell the user why nothing was added.
 */
export function addSlide(deck: Deck, slide: Slide): Deck {
  if (deck.slides.length >= MAX_SLIDES) return deck;
  return { ...deck, slides: [...deck.slides, slide] };
}

/** Moves the slide at `from` to position `to` (0-based); out-of-range positions leave the deck unchanged. */
export function moveSlide(deck: Deck, from: number, to: number): Deck {
  const count = deck.slides.length;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < 0 || from >= count || to >= count || from === to) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(from, 1);
  if (!moved) return deck;
  slides.splice(to, 0, moved);
  return { ...deck, slides };
}

/** Removes the slide at `index`. A deck keeps at least one slide: removing the last one leaves it unchanged. */
export function removeSlide(deck: Deck, index: number): Deck {
  if (deck.slides.length <= 1 || !Number.isInteger(index) || index < 0 || index >= deck.slides.length) return deck;
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) };
}

/** Changes a slide's title, notes or view; text is clipped to its limit so the deck always stays valid. */
export function updateSlide(deck: Deck, index: number, patch: Partial<Omit<Slide, 'id'>>): Deck {
  const slide = deck.slides[index];
  if (!slide) return deck;
  const next: Slide = { ...slide, ...patch, id: slide.id };
  next.title = next.title.slice(0, MAX_TITLE_LENGTH);
  next.notes = next.notes.slice(0, MAX_NOTES_LENGTH);
  return { ...deck, slides: deck.slides.map((s, i) => (i === index ? next : s)) };
}

/** Renames the deck (clipped to 120 characters). */
export function retitleDeck(deck: Deck, title: string): Deck {
  return { ...deck, title: title.slice(0, MAX_TITLE_LENGTH) };
}

/** A new deck of one slide. */
export function newDeck(slide: Slide, title = 'My deck'): Deck {
  return { version: DECK_VERSION, title: title.slice(0, MAX_TITLE_LENGTH), slides: [slide] };
}
