import { CARDS } from '../../view-state/cards';
import { canonicalSlideSearch, isSectionPath, type Deck } from '../../features/presentation/model/deck-schema';
import { decodeDeckParam, deckParamOf } from '../../features/presentation/model/deck-link';
import { displaySlideTitle, slideLocation } from '../../features/presentation/model/deck-operations';
import { SECTIONS } from '../sections';

/** One printed page: the view it draws (a section path and its view settings) and what heads it. */
export type PrintPageSpec = {
  key: string;
  pathname: string;
  /** With '?', or '' for the default view. */
  search: string;
  /** Where the page sits: "Slide 3 of 8" or "Chips · card 2 of 6". */
  kicker: string;
  title: string;
  /** Speaker notes, printed under the card; empty for none. */
  notes: string;
};

export type PrintPlan =
  | {
      ok: true;
      kind: 'deck' | 'section';
      /** The document's title, which also names the saved PDF. */
      title: string;
      pages: PrintPageSpec[];
      /** The view "Back to Hubscope" returns to. */
      back: { pathname: string; search: string };
    }
  | { ok: false; title: string; reason: string; back: { pathname: string; search: string } };

const OVERVIEW = { pathname: '/', search: '' };

function trimmedPath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

function deckPlan(deck: Deck): PrintPlan {
  const total = deck.slides.length;
  return {
    ok: true,
    kind: 'deck',
    title: deck.title.trim() || 'Untitled deck',
    back: OVERVIEW,
    pages: deck.slides.map((slide, index) => {
      const location = slideLocation(slide);
      const page = {
        pathname: location.pathname,
        search: location.search,
        kicker: `Slide ${index + 1} of ${total}`,
        title: displaySlideTitle(slide, index + 1),
        notes: slide.notes.trim(),
      };
      // Keyed by everything it draws, not the slide's id alone: a ready page is frozen, so a slide
      // edited meanwhile (in another tab: the stored deck follows it) must be drawn again.
      return { key: [slide.id, ...Object.values(page)].join('\u0000'), ...page };
    }),
  };
}

function sectionPlan(sectionParam: string, params: URLSearchParams): PrintPlan {
  const path = trimmedPath(sectionParam);
  const section = SECTIONS.find((s) => s.path === path);
  if (!isSectionPath(path) || !section) {
    return { ok: false, title: 'Nothing to print', reason: `“${sectionParam.slice(0, 60)}” is not a Hubscope section.`, back: OVERVIEW };
  }
  params.delete('section');
  // The section's settings as the view reads them (bad values dropped, presentation state left out).
  const viewSearch = canonicalSlideSearch(path, params.toString());
  const chosenCard = new URLSearchParams(viewSearch).get('card');
  const cards = CARDS.filter((card) => card.path === path && (chosenCard === null || card.id === chosenCard));
  return {
    ok: true,
    kind: 'section',
    title: chosenCard === null ? `${section.label}: every card` : `${section.label}: ${cards[0]?.title ?? ''}`,
    back: { pathname: path, search: viewSearch ? `?${viewSearch}` : '' },
    pages: cards.map((card, index) => {
      const withCard = new URLSearchParams(viewSearch);
      withCard.set('card', card.id);
      const search = canonicalSlideSearch(path, withCard.toString());
      return {
        key: card.id,
        pathname: path,
        search: search ? `?${search}` : '',
        kicker: cards.length === 1 ? section.label : `${section.label} · card ${index + 1} of ${cards.length}`,
        title: card.title,
        notes: '',
      };
    }),
  };
}

/**
 * What `/print` + `search` + `hash` prints: a deck in the address, `#deck=<encoded>` (as deck
 * links now carry it) or `?deck=` (earlier releases), that deck (refused, with the reason, when it
 * does not parse); `section=/chips` plus view settings every card of that section, or only the
 * card named by `card=`; anything else the stored deck.
 */
export function planPrint(search: string, storedDeck: Deck, hash = ''): PrintPlan {
  const params = new URLSearchParams(search);
  // As written ('+' is part of the deck's alphabet, where URLSearchParams would read a space).
  const deckParam = deckParamOf(search, hash);
  if (deckParam !== null) {
    const decoded = decodeDeckParam(deckParam);
    if (!decoded.ok) return { ok: false, title: 'This deck cannot be printed', reason: `The link’s deck cannot be read: ${decoded.reason}.`, back: OVERVIEW };
    return deckPlan(decoded.deck);
  }
  const sectionParam = params.get('section');
  if (sectionParam !== null) return sectionPlan(sectionParam, params);
  return deckPlan(storedDeck);
}
