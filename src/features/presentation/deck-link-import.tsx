import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { decodeDeckParam } from './model/deck-link';
import { deckToJson, type DeckResult } from './model/deck-schema';
import { getDeckSnapshot, useDeck, type DeckSnapshot } from './model/deck-store';
import { useSetView } from '../../view-state/use-view-state';

const slideCount = (n: number) => `${n} ${n === 1 ? 'slide' : 'slides'}`;
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function describeDeck(snapshot: Pick<DeckSnapshot, 'deck' | 'isDefault'>): string {
  return snapshot.isDefault ? 'the default deck' : `your deck “${snapshot.deck.title || 'Untitled deck'}” (${slideCount(snapshot.deck.slides.length)})`;
}

type Opened = { result: DeckResult; before: DeckSnapshot; alreadyCurrent: boolean };

/**
 * A link's `deck=`: read once, when the page opens. A deck that reads replaces the current one and
 * can be undone; one that does not is refused with the reason and the current deck is kept. Either
 * way `deck` leaves the address (replacing the history entry), so reloading or copying the
 * address afterwards does not import it again.
 */
export function DeckLinkImport() {
  const location = useLocation();
  const setView = useSetView();
  const { setDeck, resetToDefault } = useDeck();
  // Decided from the address the page was opened with, with the deck as it was before the import.
  const [opened] = useState<Opened | null>(() => {
    const param = new URLSearchParams(location.search).get('deck');
    if (param === null) return null;
    const result = decodeDeckParam(param);
    const before = getDeckSnapshot();
    return { result, before, alreadyCurrent: result.ok && deckToJson(result.deck) === deckToJson(before.deck) };
  });
  const [phase, setPhase] = useState<'loaded' | 'undone' | 'dismissed'>('loaded');
  const applied = useRef(false);

  useEffect(() => {
    if (!opened || applied.current) return;
    applied.current = true;
    if (opened.result.ok && !opened.alreadyCurrent) setDeck(opened.result.deck);
  }, [opened, setDeck]);

  // Runs again after any other replacement of the address (the link notice's, say) until `deck` is gone.
  const hasDeckParam = new URLSearchParams(location.search).has('deck');
  useEffect(() => {
    if (hasDeckParam) setView({ deck: null }, { replace: true });
  }, [hasDeckParam, setView]);

  if (!opened || opened.alreadyCurrent || phase === 'dismissed') return null;
  const { result, before } = opened;

  const undo = () => {
    if (before.isDefault) resetToDefault();
    else setDeck(before.deck);
    setPhase('undone');
  };

  return (
    <div className="notice deck-notice" role="status" aria-label="Deck notice">
      <div>
        {!result.ok ? (
          <>
            <p className="notice__title">The deck in this link was not loaded.</p>
            <p>
              {sentence(result.reason)}. Nothing changed: you keep {describeDeck(before)}.
            </p>
          </>
        ) : phase === 'undone' ? (
          <p>Undone: back to {describeDeck(before)}.</p>
        ) : (
          <p>
            Loaded the deck “{result.deck.title || 'Untitled deck'}” from this link ({slideCount(result.deck.slides.length)}). It replaces{' '}
            {describeDeck(before)}.
          </p>
        )}
      </div>
      <div className="deck-notice__actions">
        {result.ok && phase === 'loaded' ? (
          <button type="button" className="button" onClick={undo} aria-label={`Undo, back to ${describeDeck(before)}`}>
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
