import { useSyncExternalStore } from 'react';
import { DEFAULT_DECK } from './default-deck';
import { deckToJson, parseDeckJson, salvageDeckJson, type Deck } from './deck-schema';

/*
 * The user's decks, several and named (by their titles), each under its own key in local storage,
 * so two tabs editing different decks never touch each other's text, and every edit is applied to
 * the deck as stored at that moment (read, change, write in one task), so two tabs editing the
 * same deck keep both edits. Which deck a tab shows is the tab's own (session storage): opening a
 * colleague's link in one tab never changes the deck another tab is working on.
 *
 * Nothing is lost: a stored deck that no longer reads (renamed card, later release, bad JSON) is
 * backed up as it was, reported, and salvaged slide by slide; it is never written over until the
 * user edits the salvaged deck. A write the browser refuses (storage full, or no storage) keeps
 * the deck in memory for the page, says so, and is tried again at the next change or when another
 * tab frees space.
 */

/** Where the single deck of earlier releases lives; it stays there and is listed like any other. */
export const LEGACY_DECK_KEY = 'hubscope.deck';
export const DECK_KEY_PREFIX = 'hubscope.deck.';
export const BACKUP_KEY_PREFIX = 'hubscope.deck-backup.';
/** The deck a tab shows (session storage), and the last one chosen in any tab (local storage), for new tabs. */
export const CURRENT_DECK_KEY = 'hubscope.current-deck';
/** The built-in deck, which is never stored: editing it saves a copy. */
export const DEFAULT_DECK_ID = 'default';
const LEGACY_DECK_ID = 'legacy';
const RETRY_MS = 5000;

export type DeckDamage = {
  /** Why the stored text does not read as a deck. */
  reason: string;
  /** Slides that still read, and how many the stored text had (undefined when it is not JSON). */
  keptSlides: number;
  totalSlides: number | undefined;
  /** Where the stored text is backed up as it was, or undefined when the browser refused the copy. */
  backupKey: string | undefined;
};

export type DeckEntry = {
  id: string;
  /** The deck, salvaged where it was damaged; null when nothing of the stored text reads. */
  deck: Deck | null;
  damage: DeckDamage | undefined;
  /** True while the browser refuses to store this deck's latest version: it lives in this page only. */
  unsaved: boolean;
};

export type DeckLibrary = {
  /** The user's decks, oldest first. */
  entries: readonly DeckEntry[];
  /** The deck this tab shows: an entry's id, or DEFAULT_DECK_ID. */
  currentId: string;
  /** The deck this tab shows (the built-in one when none of the user's is chosen). */
  deck: Deck;
  isDefault: boolean;
  /** False when the browser gives no storage at all: decks last as long as the page. */
  persistent: boolean;
  /** True when some deck could not be saved (storage full): it is kept in memory and retried. */
  storageFull: boolean;
};

/** What a change did: the deck's id, and whether it is safely stored. */
export type SaveResult = { id: string; saved: boolean };

/** A deck taken out of the library, enough to put it back exactly (Undo). */
export type RemovedDeck = { id: string; raw: string | null; backup: string | null; wasCurrent: boolean };

type Storages = { local: () => Storage | null; session: () => Storage | null };

/** The local-storage key a deck is kept under. */
export function deckStorageKey(id: string): string {
  return id === LEGACY_DECK_ID ? LEGACY_DECK_KEY : `${DECK_KEY_PREFIX}${id}`;
}

function idOfKey(key: string): string | undefined {
  if (key === LEGACY_DECK_KEY) return LEGACY_DECK_ID;
  if (key.startsWith(DECK_KEY_PREFIX)) return key.slice(DECK_KEY_PREFIX.length);
  return undefined;
}

let lastIdTime = 0;

/** Ids sort by creation: a base-36 time (strictly increasing in a page), then randomness (the legacy deck, oldest, sorts first). */
function newDeckId(): string {
  lastIdTime = Math.max(Date.now(), lastIdTime + 1);
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return `d${lastIdTime.toString(36).padStart(9, '0')}${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

function sortKey(id: string): string {
  return id === LEGACY_DECK_ID ? '' : id;
}

function tryGet(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function trySet(storage: Storage | null, key: string, value: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function tryRemove(storage: Storage | null, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** The title a new deck gets: its own, made unique among the user's decks ("Board meeting (2)"). */
export function uniqueDeckTitle(title: string, taken: readonly string[]): string {
  const base = title.trim() || 'Untitled deck';
  const names = new Set(taken.map((t) => t.trim() || 'Untitled deck'));
  if (!names.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate)) return candidate;
  }
}

export function createDeckStore(storages: Storages) {
  const listeners = new Set<() => void>();
  /** Deck texts the browser refused to store (null: a removal it refused), newest first in effect. */
  const pending = new Map<string, string | null>();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let cache: { signature: string; chosen: string | undefined; library: DeckLibrary } | undefined;
  /** This tab's choice when session storage is refused. */
  let memoryCurrentId: string | undefined;
  const entryCache = new Map<string, { raw: string; entry: Omit<DeckEntry, 'unsaved'> }>();

  /** Set once storage refused to be read: the decks then live in memory for the rest of the page. */
  let storageBroken = false;
  const local = () => {
    if (storageBroken) return null;
    try {
      return storages.local();
    } catch {
      storageBroken = true;
      return null;
    }
  };
  const session = () => {
    try {
      return storages.session();
    } catch {
      return null;
    }
  };

  function emit() {
    cache = undefined;
    for (const listener of listeners) listener();
  }

  /** Every stored deck's raw text, with this page's unsaved versions on top. */
  function rawDecks(): Map<string, string> {
    const raws = new Map<string, string>();
    const storage = local();
    if (storage) {
      try {
        // A read that always happens, so a storage that refuses reads is found even when it is empty.
        storage.getItem(CURRENT_DECK_KEY);
        for (let i = 0; i < storage.length; i += 1) {
          const key = storage.key(i);
          const id = key === null ? undefined : idOfKey(key);
          if (id === undefined || key === null) continue;
          const raw = storage.getItem(key);
          if (raw !== null) raws.set(id, raw);
        }
      } catch {
        // Refused while reading (a policy, a private mode): memory from now on.
        storageBroken = true;
      }
    }
    for (const [id, raw] of pending) {
      if (raw === null) raws.delete(id);
      else raws.set(id, raw);
    }
    return raws;
  }

  /** Reads one stored text; a damaged one is backed up (once, as it was) and salvaged. */
  function readEntry(id: string, raw: string): Omit<DeckEntry, 'unsaved'> {
    const cached = entryCache.get(id);
    if (cached?.raw === raw) return cached.entry;
    const parsed = parseDeckJson(raw);
    let entry: Omit<DeckEntry, 'unsaved'>;
    if (parsed.ok) {
      entry = { id, deck: parsed.deck, damage: undefined };
    } else {
      const backupKey = `${BACKUP_KEY_PREFIX}${id}`;
      const storage = local();
      const backedUp = tryGet(storage, backupKey) === raw || trySet(storage, backupKey, raw);
      const salvage = salvageDeckJson(raw);
      entry = {
        id,
        deck: salvage.deck,
        damage: { reason: parsed.reason, keptSlides: salvage.deck?.slides.length ?? 0, totalSlides: salvage.totalSlides, backupKey: backedUp ? backupKey : undefined },
      };
    }
    entryCache.set(id, { raw, entry });
    return entry;
  }

  function chosenId(): string | undefined {
    return tryGet(session(), CURRENT_DECK_KEY) ?? memoryCurrentId;
  }

  function resolveCurrent(entries: readonly DeckEntry[]): string {
    const usable = (id: string | null | undefined) => id === DEFAULT_DECK_ID || entries.some((e) => e.id === id && e.deck);
    const chosen = chosenId();
    if (usable(chosen)) return chosen as string;
    const lastUsed = tryGet(local(), CURRENT_DECK_KEY);
    const resolved = usable(lastUsed) ? (lastUsed as string) : ([...entries].reverse().find((e) => e.deck)?.id ?? DEFAULT_DECK_ID);
    // The tab keeps what it shows from now on, whatever other tabs choose later.
    if (!trySet(session(), CURRENT_DECK_KEY, resolved)) memoryCurrentId = resolved;
    return resolved;
  }

  function getLibrary(): DeckLibrary {
    const raws = rawDecks();
    const ids = [...raws.keys()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    const signature = [...ids.map((id) => `${id}\u0001${raws.get(id) ?? ''}`), `pending\u0001${[...pending.keys()].join(',')}`].join('\u0000');
    if (cache?.signature === signature && cache.chosen === chosenId()) return cache.library;
    const entries: DeckEntry[] = ids.map((id) => ({ ...readEntry(id, raws.get(id) ?? ''), unsaved: pending.has(id) }));
    const currentId = resolveCurrent(entries);
    const current = entries.find((e) => e.id === currentId)?.deck;
    const persistent = local() !== null;
    const library: DeckLibrary = {
      entries,
      currentId,
      deck: current ?? DEFAULT_DECK,
      isDefault: !current,
      persistent,
      storageFull: persistent && pending.size > 0,
    };
    // Read after resolving, which may have pinned the tab's deck in session storage.
    cache = { signature, chosen: chosenId(), library };
    return library;
  }

  function scheduleRetry() {
    if (retryTimer !== undefined || pending.size === 0 || local() === null) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (flushPending()) emit();
      scheduleRetry();
    }, RETRY_MS);
  }

  /** Tries to store what memory holds; true when something changed. */
  function flushPending(): boolean {
    const storage = local();
    if (!storage) return false;
    let changed = false;
    for (const [id, raw] of [...pending]) {
      const done = raw === null ? tryRemove(storage, deckStorageKey(id)) : trySet(storage, deckStorageKey(id), raw);
      if (done) {
        pending.delete(id);
        changed = true;
      }
    }
    return changed;
  }

  function write(id: string, raw: string | null): boolean {
    flushPending();
    const storage = local();
    const done = raw === null ? tryRemove(storage, deckStorageKey(id)) : trySet(storage, deckStorageKey(id), raw);
    if (done) pending.delete(id);
    else {
      pending.set(id, raw);
      scheduleRetry();
    }
    return done;
  }

  function select(id: string) {
    if (!trySet(session(), CURRENT_DECK_KEY, id)) memoryCurrentId = id;
    else memoryCurrentId = undefined;
    trySet(local(), CURRENT_DECK_KEY, id);
    emit();
  }

  /** Adds a deck to the library (chosen for this tab unless `select` is false). */
  function create(deck: Deck, { select: choose = true }: { select?: boolean } = {}): SaveResult {
    const id = newDeckId();
    const saved = write(id, deckToJson(deck));
    if (choose) select(id);
    else emit();
    return { id, saved };
  }

  /**
   * Changes a deck as it is stored now (another tab's edit included), never from a copy held in
   * memory. The built-in deck is never changed: the change is saved as a new deck of the user's.
   */
  function update(id: string, change: (deck: Deck) => Deck): SaveResult {
    if (id === DEFAULT_DECK_ID) {
      const next = change(DEFAULT_DECK);
      if (next === DEFAULT_DECK) return { id, saved: true };
      return create(next);
    }
    const raw = rawDecks().get(id);
    // A deck removed in another tab meanwhile comes back with this edit rather than losing it.
    const base = raw === undefined ? cache?.library.entries.find((e) => e.id === id)?.deck : readEntry(id, raw).deck;
    if (!base) return { id, saved: false };
    const next = change(base);
    if (next === base) return { id, saved: !pending.has(id) };
    const saved = write(id, deckToJson(next));
    emit();
    return { id, saved };
  }

  /** Takes a deck out of the library (its backup too), returning what Undo needs to put it back. */
  function remove(id: string): RemovedDeck {
    const library = getLibrary();
    const removed: RemovedDeck = {
      id,
      raw: rawDecks().get(id) ?? null,
      backup: tryGet(local(), `${BACKUP_KEY_PREFIX}${id}`),
      wasCurrent: library.currentId === id,
    };
    write(id, null);
    tryRemove(local(), `${BACKUP_KEY_PREFIX}${id}`);
    entryCache.delete(id);
    if (removed.wasCurrent) {
      const others = library.entries.filter((e) => e.id !== id && e.deck);
      select(others.at(-1)?.id ?? DEFAULT_DECK_ID);
    } else emit();
    return removed;
  }

  function restore(removed: RemovedDeck): boolean {
    if (removed.raw === null) return true;
    if (removed.backup !== null) trySet(local(), `${BACKUP_KEY_PREFIX}${removed.id}`, removed.backup);
    const saved = write(removed.id, removed.raw);
    if (removed.wasCurrent) select(removed.id);
    else emit();
    return saved;
  }

  /** The stored text of a damaged deck as it was, for download. */
  function backupText(entry: DeckEntry): string | null {
    return entry.damage?.backupKey ? tryGet(local(), entry.damage.backupKey) : (rawDecks().get(entry.id) ?? null);
  }

  function subscribe(listener: () => void) {
    listeners.add(listener);
    // Another tab's change: read again (this tab's own choice of deck stays).
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || idOfKey(event.key) !== undefined) {
        if (flushPending()) cache = undefined;
        listener();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  }

  /** Tries at once to save what storage refused; true when everything is saved now. */
  function retrySaving(): boolean {
    if (flushPending()) emit();
    return pending.size === 0;
  }

  return { getLibrary, subscribe, select, create, update, remove, restore, backupText, retrySaving };
}

export type DeckStore = ReturnType<typeof createDeckStore>;

/** The page's store: local storage for the decks, session storage for the tab's choice. */
export const deckStore: DeckStore = createDeckStore({ local: () => window.localStorage, session: () => window.sessionStorage });

/** The whole library and its operations. */
export function useDeckLibrary(store: DeckStore = deckStore) {
  return useSyncExternalStore(store.subscribe, store.getLibrary, store.getLibrary);
}

/**
 * The deck this tab shows and a way to change it: `setDeck` takes the next deck or, better, a
 * change to apply to the deck as stored now (so another tab's edit is kept).
 */
export function useDeck(store: DeckStore = deckStore) {
  const library = useDeckLibrary(store);
  const setDeck = (next: Deck | ((deck: Deck) => Deck)): SaveResult => store.update(library.currentId, typeof next === 'function' ? next : () => next);
  return { ...library, setDeck, store };
}

/** The deck this tab shows, outside React (the link tools read it once). */
export function getCurrentDeck(): Deck {
  return deckStore.getLibrary().deck;
}
