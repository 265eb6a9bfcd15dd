import { useEffect, useSyncExternalStore } from 'react';
import { hasModifier, isInControl, useShortcutsEnabled } from '../../ui/keyboard';
import './deck-toolbar.css';

/** What a reader asked of the deck tools before their code was here. */
export type DeckToolAction = 'present' | 'add' | 'deck';

/*
 * The deck tools (the deck store, its schema, the default deck and presentation mode's keys) load
 * when first asked for, not with the page: a pointer over or focus on one of their buttons, a click
 * on one, or the P key. The click or key is kept and carried out once they arrive, and focus moves
 * to the real button, so nothing a reader does before then is lost.
 */
let wanted = false;
let pendingAction: DeckToolAction | null = null;
/** Set while the real tools are mounted: a request then goes straight to them. */
let liveTools: ((action: DeckToolAction) => void) | null = null;
let focusedTool: DeckToolAction | null = null;
let keysLive = false;
const listeners = new Set<() => void>();

/** Starts loading the deck tools (once); `action` is carried out when they arrive. */
export function requestDeckTools(action?: DeckToolAction) {
  if (action && liveTools) {
    liveTools(action);
    return;
  }
  if (action) pendingAction = action;
  if (wanted) return;
  wanted = true;
  for (const listener of listeners) listener();
}

/** True once the deck tools have been asked for: the app then renders (and loads) them. */
export function useDeckToolsWanted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => wanted,
  );
}

/**
 * Called by the real tools when they mount: returns what was asked of the placeholders meanwhile
 * (once) and which of them had focus; from then until the returned release, requests (the early
 * P key, say, before presentation mode's own keys have mounted) go straight to `carryOut`.
 */
export function takeDeckToolRequest(carryOut: (action: DeckToolAction) => void): {
  action: DeckToolAction | null;
  focus: DeckToolAction | null;
  release: () => void;
} {
  const request = { action: pendingAction, focus: focusedTool };
  pendingAction = null;
  focusedTool = null;
  liveTools = carryOut;
  return {
    ...request,
    release: () => {
      if (liveTools === carryOut) liveTools = null;
    },
  };
}

/** Presentation mode's own keys are mounted (or not): the early listener stands aside while they are. */
export function setPresentationKeysLive(live: boolean) {
  keysLive = live;
}

function placeholderHandlers(tool: DeckToolAction) {
  return {
    onPointerEnter: () => requestDeckTools(),
    onFocus: () => {
      focusedTool = tool;
      requestDeckTools();
    },
    onBlur: () => {
      if (focusedTool === tool) focusedTool = null;
    },
    onClick: () => requestDeckTools(tool),
  };
}

/**
 * The same three buttons, holding their place until the tools arrive (no layout shift). They
 * work: each asks for the tools and its action is carried out when they are here.
 */
export function DeckToolsPlaceholder() {
  return (
    <>
      <button type="button" className="button button--primary" {...placeholderHandlers('present')}>
        Present
      </button>
      <span className="deck-add">
        <button type="button" className="button" {...placeholderHandlers('add')}>
          Add to deck
        </button>
        <span className="deck-add__message" />
      </span>
      <button type="button" className="button deck-button" aria-haspopup="dialog" {...placeholderHandlers('deck')}>
        Deck
      </button>
    </>
  );
}

/**
 * P pressed before the deck tools have loaded: asks for them and remembers the key, so
 * presentation mode starts as soon as they arrive rather than the key being lost.
 */
export function useEarlyPresentKey() {
  const shortcutsOn = useShortcutsEnabled();
  useEffect(() => {
    if (!shortcutsOn) return;
    const onKey = (event: KeyboardEvent) => {
      if (keysLive || event.defaultPrevented || hasModifier(event) || isInControl(event.target)) return;
      if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        requestDeckTools('present');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcutsOn]);
}
