import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { decodeDeckParam, deckParamOf } from './model/deck-link';
import { deckToJson, type Deck, type DeckResult } from './model/deck-schema';
import { DEFAULT_DECK_ID, deckStore, uniqueDeckTitle, useDeckLibrary, type DeckLibrary } from './model/deck-store';
import { useSetView } from '../../view-state/use-view-state';

const slideCount = (n: number) => `${n} ${n === 1 ? 'slide' : 'slides'}`;
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function describeCurrent(library: Pick<DeckLibrary, 'deck' | 'isDefault'>): string {
  return library.isDefault ? 'the default deck' : `your deck “${library.deck.title || 'Untitled deck'}” (${slideCount(library.deck.slides.length)})`;
}

/** What the link's deck is to this browser: refused, a deck it already has (current or not), or new. */
type Opened =
  | { kind: 'refused'; reason: string; before: string }
  | { kind: 'known'; id: string; deck: Deck; wasCurrent: boolean }
  | { kind: 'new'; deck: Deck; before: string; previousId: string };

function classify(result: DeckResult, library: DeckLibrary): Opened {
  const before = describeCurrent(library);
  if (!result.ok) return { kind: 'refused', reason: result.reason, before };
  const text = deckToJson(result.deck);
  const known = text === deckToJson(library.deck) ? { id: library.currentId, deck: library.deck } : library.entries.find((e) => e.deck && deckToJson(e.deck) === text);
  if (known?.deck) return { kind: 'known', id: known.id, deck: known.deck, wasCurrent: known.id === library.currentId };
  const titles = library.entries.flatMap((e) => (e.deck ? [e.deck.title] : []));
  return { kind: 'new', deck: { ...result.deck, title: uniqueDeckTitle(result.deck.title, titles) }, before, previousId: library.currentId };
}

/**
 * A link's deck (`#deck=`, or `?deck=` from earlier releases): read once, when the page opens. A deck that reads opens as a new deck of its
 * own, named after its title, beside the decks this browser has (none is replaced; Undo takes it
 * away again); a deck already here is simply opened; one that does not read is refused with the
 * reason. Either way `deck` leaves the address (replacing the history entry), so reloading or
 * copying the address afterwards does not import it again.
 */
export function DeckLinkImport() {
  const location = useLocation();
  const setView = useSetView();
  const navigate = useNavigate();
  const library = useDeckLibrary();
  // Decided from the address the page was opened with, against the decks as they were then.
  const [opened] = useState<Opened | null>(() => {
    const param = deckParamOf(location.search, location.hash);
    return param === null ? null : classify(decodeDeckParam(param), deckStore.getLibrary());
  });
  const [phase, setPhase] = useState<'loaded' | 'undone' | 'dismissed'>('loaded');
  const createdId = useRef<string | null>(null);

  useEffect(() => {
    if (!opened || createdId.current !== null) return;
    if (opened.kind === 'known') {
      createdId.current = opened.id;
      if (!opened.wasCurrent) deckStore.select(opened.id);
    } else if (opened.kind === 'new') {
      createdId.current = deckStore.create(opened.deck).id;
    }
  }, [opened]);

  // Runs again after any other replacement of the address (the link notice's, say) until `deck` is gone.
  const hasDeckParam = new URLSearchParams(location.search).has('deck');
  const hasDeckFragment = deckParamOf('', location.hash) !== null;
  useEffect(() => {
    if (hasDeckParam) setView({ deck: null }, { replace: true });
  }, [hasDeckParam, setView]);
  useEffect(() => {
    if (hasDeckFragment) void navigate({ pathname: location.pathname, search: location.search, hash: '' }, { replace: true, state: location.state as unknown });
  }, [hasDeckFragment, navigate, location.pathname, location.search, location.state]);

  if (!opened || (opened.kind === 'known' && opened.wasCurrent) || phase === 'dismissed') return null;

  const undo = () => {
    if (opened.kind !== 'new' || createdId.current === null) return;
    deckStore.remove(createdId.current);
    deckStore.select(opened.previousId === DEFAULT_DECK_ID || library.entries.some((e) => e.id === opened.previousId) ? opened.previousId : DEFAULT_DECK_ID);
    setPhase('undone');
  };

  return (
    <div className="notice deck-notice" role="status" aria-label="Deck notice">
      <div>
        {opened.kind === 'refused' ? (
          <>
            <p className="notice__title">The deck in this link was not loaded.</p>
            <p>
              {sentence(opened.reason)}. Nothing changed: you keep {opened.before}.
            </p>
          </>
        ) : opened.kind === 'known' ? (
          <p>
            This link’s deck is one you already have: “{opened.deck.title || 'Untitled deck'}” ({slideCount(opened.deck.slides.length)}), now open.
          </p>
        ) : phase === 'undone' ? (
          <p>Undone: the link’s deck was not kept; back to {opened.before}.</p>
        ) : (
          <p>
            Opened the deck “{opened.deck.title || 'Untitled deck'}” from this link as a new deck ({slideCount(opened.deck.slides.length)}). Your other
            decks are unchanged; {opened.before} is one click away in Deck.
            {library.storageFull ? ' It is not saved: this browser’s storage is full, so it lasts until this tab closes.' : ''}
          </p>
        )}
      </div>
      <div className="deck-notice__actions">
        {opened.kind === 'new' && phase === 'loaded' ? (
          <button type="button" className="button" onClick={undo} aria-label={`Undo, back to ${opened.before}`}>
            Undo
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={() => setPhase('dismissed')}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
