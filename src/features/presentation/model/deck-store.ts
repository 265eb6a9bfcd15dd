import { useSyncExternalStore } from 'react';
import { DEFAULT_DECK } from './default-deck';
import { deckToJson, parseDeckJson, type Deck } from './deck-schema';

export const DECK_STORAGE_KEY = 'hubscope.deck';

export type DeckSnapshot = {
  deck: Deck;
  /** True when the built-in deck is shown: none was saved, or the saved one no longer reads. */
  isDefault: boolean;
  /** False when the browser refuses storage: the deck then lasts for this page only. */
  persistent: boolean;
  /** Why a saved deck could not be read (the default deck is shown instead); it is kept until the user changes something. */
  unreadable: string | undefined;
};

const listeners = new Set<() => void>();
/** Once storage has failed, the deck lives here for the rest of the page. */
let memory: DeckSnapshot | undefined;
/** The last stored text read and its snapshot, so every render of an unchanged store gets the same object. */
let cache: { raw: string | null; snapshot: DeckSnapshot } | undefined;

function emit() {
  for (const listener of listeners) listener();
}

function snapshotOf(raw: string | null): DeckSnapshot {
  if (raw === null) return { deck: DEFAULT_DECK, isDefault: true, persistent: true, unreadable: undefined };
  const parsed = parseDeckJson(raw);
  if (parsed.ok) return { deck: parsed.deck, isDefault: false, persistent: true, unreadable: undefined };
  return { deck: DEFAULT_DECK, isDefault: true, persistent: true, unreadable: parsed.reason };
}

/** The deck now: the saved one, else the default deck. Stable between changes (useSyncExternalStore needs that). */
export function getDeckSnapshot(): DeckSnapshot {
  if (memory) return memory;
  let raw: string | null;
  try {
    raw = localStorage.getItem(DECK_STORAGE_KEY);
  } catch {
    memory = { deck: DEFAULT_DECK, isDefault: true, persistent: false, unreadable: undefined };
    return memory;
  }
  if (cache?.raw !== raw) cache = { raw, snapshot: snapshotOf(raw) };
  return cache.snapshot;
}

/** Replaces the deck, saved in local storage (or kept in memory for the page when storage is refused or full). */
export function saveDeck(next: Deck) {
  if (memory) {
    memory = { ...memory, deck: next, isDefault: false };
  } else {
    try {
      localStorage.setItem(DECK_STORAGE_KEY, deckToJson(next));
    } catch {
      memory = { deck: next, isDefault: false, persistent: false, unreadable: undefined };
    }
  }
  emit();
}

/** Back to the built-in deck: the saved deck is removed. */
export function resetDeckToDefault() {
  if (memory) {
    memory = { ...memory, deck: DEFAULT_DECK, isDefault: true };
  } else {
    try {
      localStorage.removeItem(DECK_STORAGE_KEY);
    } catch {
      memory = { deck: DEFAULT_DECK, isDefault: true, persistent: false, unreadable: undefined };
    }
  }
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab saving the deck updates this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === DECK_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The one deck every component sees, kept in local storage under `hubscope.deck`. A saved deck
 * that no longer reads falls back to the default deck and stays in storage untouched until the
 * user changes something; when storage throws, the deck lives in memory for the page.
 */
export function useDeck() {
  const snapshot = useSyncExternalStore(subscribe, getDeckSnapshot, getDeckSnapshot);
  return { ...snapshot, setDeck: saveDeck, resetToDefault: resetDeckToDefault };
}
