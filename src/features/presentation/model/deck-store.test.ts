import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deckToJson, type Deck } from './deck-schema';
import { DEFAULT_DECK } from './default-deck';
import { BACKUP_KEY_PREFIX, createDeckStore, DECK_KEY_PREFIX, DEFAULT_DECK_ID, LEGACY_DECK_KEY, uniqueDeckTitle, useDeck, useDeckLibrary } from './deck-store';
import { addSlide } from './deck-operations';
import { deck, slide } from '../../../../tests/factories';

const myDeck: Deck = deck('Board meeting', [
  slide({ id: 'one', title: 'Capacity', notes: 'Xi’an first.' }),
  slide({ id: 'two', title: 'Talent', path: '/talent', search: 'card=talent-latest' }),
]);

/** A Storage of its own (one per "browser profile"), optionally refusing writes past a size, as a full one does. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(public quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  [name: string]: unknown;
}

/** A store as one tab holds it: the profile's local storage, the tab's own session storage. */
function tab(local: Storage, session: Storage = new MemoryStorage()) {
  return createDeckStore({ local: () => local, session: () => session });
}

const storedDecks = (local: Storage) =>
  Array.from({ length: local.length }, (_, i) => local.key(i) ?? '')
    .filter((key) => key.startsWith(DECK_KEY_PREFIX) || key === LEGACY_DECK_KEY)
    .map((key) => JSON.parse(local.getItem(key) ?? 'null') as Deck);

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('the deck library', () => {
  it('shows the built-in deck when nothing is saved, and saves an edit of it as a deck of the user’s', () => {
    const local = new MemoryStorage();
    const store = tab(local);
    expect(store.getLibrary()).toMatchObject({ deck: DEFAULT_DECK, isDefault: true, currentId: DEFAULT_DECK_ID, entries: [] });
    const { saved } = store.update(DEFAULT_DECK_ID, (d) => ({ ...d, title: 'My story' }));
    expect(saved).toBe(true);
    expect(store.getLibrary()).toMatchObject({ isDefault: false, deck: { title: 'My story' } });
    expect(storedDecks(local).map((d) => d.title)).toEqual(['My story']);
  });

  it('reads the single deck of earlier releases as one of the decks, where it was', () => {
    const local = new MemoryStorage();
    local.setItem(LEGACY_DECK_KEY, deckToJson(myDeck));
    const store = tab(local);
    expect(store.getLibrary().deck).toEqual(myDeck);
    store.update(store.getLibrary().currentId, (d) => ({ ...d, title: 'Renamed' }));
    expect(JSON.parse(local.getItem(LEGACY_DECK_KEY) ?? '{}').title).toBe('Renamed');
  });

  it('keeps several decks by name: create, open, duplicate-as-create, delete and put back', () => {
    const local = new MemoryStorage();
    const store = tab(local);
    const first = store.create(myDeck);
    const second = store.create({ ...myDeck, title: uniqueDeckTitle(myDeck.title, [myDeck.title]) });
    expect(store.getLibrary().entries.map((e) => e.deck?.title)).toEqual(['Board meeting', 'Board meeting (2)']);
    expect(store.getLibrary().currentId).toBe(second.id);
    store.select(first.id);
    expect(store.getLibrary().deck.title).toBe('Board meeting');

    const removed = store.remove(first.id);
    expect(store.getLibrary().entries.map((e) => e.id)).toEqual([second.id]);
    // The deck shown was deleted: the newest remaining one is shown.
    expect(store.getLibrary().currentId).toBe(second.id);
    store.restore(removed);
    expect(store.getLibrary().entries.map((e) => e.id)).toEqual([first.id, second.id]);
    expect(store.getLibrary().currentId).toBe(first.id);
  });

  it('two tabs on one storage keep both edits of the same deck, and each keeps the deck it shows', () => {
    const local = new MemoryStorage();
    const a = tab(local);
    const { id } = a.create(myDeck);
    const b = tab(local);
    // A new tab starts on the last deck chosen, then keeps its own choice.
    expect(b.getLibrary().currentId).toBe(id);

    a.update(id, (d) => addSlide(d, slide({ id: 'from-a', title: 'Added in tab A' })));
    b.update(id, (d) => addSlide(d, slide({ id: 'from-b', title: 'Added in tab B' })));
    a.update(id, (d) => ({ ...d, title: 'Renamed in tab A' }));

    const [stored] = storedDecks(local);
    expect(stored?.title).toBe('Renamed in tab A');
    expect(stored?.slides.map((s) => s.id)).toEqual(['one', 'two', 'from-a', 'from-b']);

    // Tab B opens a colleague's deck; tab A still shows its own.
    b.create(deck('Colleague’s deck'));
    expect(b.getLibrary().deck.title).toBe('Colleague’s deck');
    expect(a.getLibrary().deck.title).toBe('Renamed in tab A');
  });

  it('says at once when storage is full, keeps the deck in memory, and saves it when there is room', () => {
    vi.useFakeTimers();
    try {
      const local = new MemoryStorage();
      const store = tab(local);
      const { id } = store.create(myDeck);
      local.quota = local.getItem(`${DECK_KEY_PREFIX}${id}`)?.length ?? 0;
      const big = slide({ id: 'big', title: 'A long one', notes: 'n'.repeat(3000) });
      const result = store.update(id, (d) => addSlide(d, big));
      expect(result.saved).toBe(false);
      expect(store.getLibrary()).toMatchObject({ storageFull: true, persistent: true });
      expect(store.getLibrary().entries[0]).toMatchObject({ unsaved: true });
      expect(store.getLibrary().deck.slides.map((s) => s.id)).toEqual(['one', 'two', 'big']);
      // The stored text is the last one that fitted, not a cut one.
      expect(storedDecks(local)[0]?.slides).toHaveLength(2);

      local.quota = Infinity;
      vi.advanceTimersByTime(5000);
      expect(store.getLibrary().storageFull).toBe(false);
      expect(storedDecks(local)[0]?.slides.map((s) => s.id)).toEqual(['one', 'two', 'big']);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['bad JSON', '{"version":1,"title":"Board', 'the file is not JSON', null, undefined],
    ['a later release', JSON.stringify({ ...myDeck, version: 2 }), 'this deck is version 2; this Hubscope reads version 1', ['one', 'two'], 2],
    ['a card renamed since', JSON.stringify({ ...myDeck, slides: [myDeck.slides[0], { ...myDeck.slides[1], path: '/people' }] }), 'slide 2: "/people" is not a Hubscope section', ['one'], 2],
    ['a year outside the limits', JSON.stringify({ ...myDeck, slides: [{ ...myDeck.slides[0], search: 'from=1850' }, myDeck.slides[1]] }), 'slide 1: the view setting "from=1850"', ['two'], 2],
  ])('an unreadable stored deck (%s) is backed up as it was, reported and salvaged slide by slide, never overwritten', (_case, raw, reason, kept, total) => {
    const local = new MemoryStorage();
    const key = `${DECK_KEY_PREFIX}d0old`;
    local.setItem(key, raw);
    const store = tab(local);
    const [entry] = store.getLibrary().entries;
    expect(entry?.damage?.reason).toContain(reason);
    expect(entry?.damage?.totalSlides).toBe(total);
    expect(entry?.deck?.slides.map((s) => s.id) ?? null).toEqual(kept);
    expect(local.getItem(`${BACKUP_KEY_PREFIX}d0old`)).toBe(raw);
    expect(entry && store.backupText(entry)).toBe(raw);
    // Reading it, and adding a deck beside it, leave its text alone.
    store.create(deck('Another'));
    expect(local.getItem(key)).toBe(raw);
    if (entry?.deck) {
      store.update(entry.id, (d) => ({ ...d, title: 'Salvaged' }));
      expect(JSON.parse(local.getItem(key) ?? '{}')).toMatchObject({ title: 'Salvaged', slides: kept?.map((id) => ({ id })) });
      // The original stays backed up after the edit.
      expect(local.getItem(`${BACKUP_KEY_PREFIX}d0old`)).toBe(raw);
    }
  });

  it('keeps decks in memory for the page when storage refuses to be read', () => {
    const refusing = new MemoryStorage();
    refusing.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    refusing.key = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const store = tab(refusing);
    expect(store.getLibrary()).toMatchObject({ deck: DEFAULT_DECK, persistent: false });
    const { saved } = store.create(myDeck);
    expect(saved).toBe(false);
    expect(store.getLibrary().deck).toEqual(myDeck);
  });
});

describe('useDeck', () => {
  it('gives every component the same deck and tells all of them about a change, saved in local storage', () => {
    const a = renderHook(() => useDeck());
    const b = renderHook(() => useDeckLibrary());
    act(() => {
      a.result.current.setDeck(myDeck);
    });
    expect(b.result.current.deck).toEqual(myDeck);
    expect(a.result.current.deck).toBe(b.result.current.deck);
    expect(storedDecks(localStorage)).toEqual([myDeck]);
  });

  it('follows a change another tab saved to the deck it shows', () => {
    localStorage.setItem(LEGACY_DECK_KEY, deckToJson(myDeck));
    const { result } = renderHook(() => useDeck());
    expect(result.current.deck).toEqual(myDeck);
    act(() => {
      localStorage.setItem(LEGACY_DECK_KEY, deckToJson({ ...myDeck, title: 'Renamed elsewhere' }));
      window.dispatchEvent(new StorageEvent('storage', { key: LEGACY_DECK_KEY }));
    });
    expect(result.current.deck.title).toBe('Renamed elsewhere');
  });
});
