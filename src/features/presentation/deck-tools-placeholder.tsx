import { useEffect } from 'react';
import { hasModifier, isInControl, useShortcutsEnabled } from '../../ui/keyboard';
import './deck-toolbar.css';

/** The same three buttons, inert, holding their place until the tools arrive (no layout shift). */
export function DeckToolsPlaceholder() {
  return (
    <>
      <button type="button" className="button button--primary" disabled>
        Present
      </button>
      <span className="deck-add">
        <button type="button" className="button" disabled>
          Add to deck
        </button>
        <span className="deck-add__message" />
      </span>
      <button type="button" className="button deck-button" disabled>
        Deck
      </button>
    </>
  );
}

let presentAsked = false;
let keysLive = false;

/** Presentation mode's own keys are mounted (or not): the early listener stands aside while they are. */
export function setPresentationKeysLive(live: boolean) {
  keysLive = live;
}

/**
 * P pressed before the deck tools have loaded: remembered, so presentation mode starts as soon as
 * they arrive rather than the key being lost (the tools load a moment after the first content).
 */
export function useEarlyPresentKey() {
  const shortcutsOn = useShortcutsEnabled();
  useEffect(() => {
    if (!shortcutsOn) return;
    const onKey = (event: KeyboardEvent) => {
      if (keysLive || event.defaultPrevented || hasModifier(event) || isInControl(event.target)) return;
      if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        presentAsked = true;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcutsOn]);
}

/** True once, if P was pressed before the tools loaded. */
export function takeEarlyPresentKey(): boolean {
  const asked = presentAsked;
  presentAsked = false;
  return asked;
}
