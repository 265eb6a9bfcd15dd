import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deckToJson, type Deck } from './deck-schema';
import { DEFAULT_DECK } from './default-deck';
import { deck, slide } from '../../../../tests/factories';

const KEY = 'hubscope.deck';
const myDeck: Deck = deck('Board meeting', [
  slide({ id: 'one', title: 'Capacity', notes: 'Xi’an first.' }),
  slide({ id: 'two', title: 'Talent', path: '/talent', search: 'card=talent-latest' }),
]);

/** A fresh store module, as after a reload (the store keeps its state at module level, like the page does). */
async function loadStore() {
  vi.resetModules();
  return import('./deck-store');
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('the deck store', () => {
  it('shows the default deck when nothing is saved', async () => {
    const { useDeck } = await loadStore();
    const { result } = renderHook(() => useDeck());
    expect(result.current.deck).toEqual(DEFAULT_DECK);
    expect(result.current.isDefault).toBe(true);
    expect(result.current.persistent).toBe(true);
  });

  it('saves a change and finds it again after a reload', async () => {
    const first = await loadStore();
    const { result } = renderHook(() => first.useDeck());
    act(() => result.current.setDeck(myDeck));
    expect(result.current.deck).toEqual(myDeck);
    expect(result.current.isDefault).toBe(false);
    expect(localStorage.getItem(KEY)).toBe(deckToJson(myDeck));

    const reloaded = await loadStore();
    const after = renderHook(() => reloaded.useDeck());
    expect(after.result.current.deck).toEqual(myDeck);
    expect(after.result.current.isDefault).toBe(false);
  });

  it('gives every component the same deck and tells all of them about a change', async () => {
    const { useDeck } = await loadStore();
    const a = renderHook(() => useDeck());
    const b = renderHook(() => useDeck());
    expect(a.result.current.deck).toBe(b.result.current.deck);
    act(() => a.result.current.setDeck(myDeck));
    expect(b.result.current.deck).toEqual(myDeck);
    expect(a.result.current.deck).toBe(b.result.current.deck);
  });

  it('goes back to the default deck and forgets the saved one', async () => {
    const { useDeck } = await loadStore();
    const { result } = renderHook(() => useDeck());
    act(() => result.current.setDeck(myDeck));
    act(() => result.current.resetToDefault());
    expect(result.current.deck).toEqual(DEFAULT_DECK);
    expect(result.current.isDefault).toBe(true);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it.each([
    ['not JSON', '{"version":1,', 'the file is not JSON'],
    ['another version', JSON.stringify({ ...myDeck, version: 9 }), 'this deck is version 9; this Hubscope reads version 1'],
    ['a slide on a section that no longer exists', JSON.stringify({ ...myDeck, slides: [{ ...myDeck.slides[0], path: '/old' }] }), 'slide 1: "/old" is not a Hubscope section'],
  ])('falls back to the default deck when the saved one is %s, and leaves it saved until the user changes something', async (_case, stored, reason) => {
    localStorage.setItem(KEY, stored);
    const { useDeck } = await loadStore();
    const { result } = renderHook(() => useDeck());
    expect(result.current.deck).toEqual(DEFAULT_DECK);
    expect(result.current.isDefault).toBe(true);
    expect(result.current.unreadable).toBe(reason);
    expect(localStorage.getItem(KEY)).toBe(stored);

    act(() => result.current.setDeck(myDeck));
    expect(localStorage.getItem(KEY)).toBe(deckToJson(myDeck));
    expect(result.current.unreadable).toBeUndefined();
  });

  it('follows a deck saved by another tab', async () => {
    const { useDeck } = await loadStore();
    const { result } = renderHook(() => useDeck());
    act(() => {
      localStorage.setItem(KEY, deckToJson(myDeck));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    });
    expect(result.current.deck).toEqual(myDeck);
  });

  it('keeps the deck in memory for the page when storage refuses to be read', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { useDeck } = await loadStore();
    const { result } = renderHook(() => useDeck());
    expect(result.current.deck).toEqual(DEFAULT_DECK);
    expect(result.current.persistent).toBe(false);
    act(() => result.current.setDeck(myDeck));
    expect(result.current.deck).toEqual(myDeck);
    expect(result.current.isDefault).toBe(false);
    expect(setItem).not.toHaveBeenCalled();
    act(() => result.current.resetToDefault());
    expect(result.current.deck).toEqual(DEFAULT_DECK);
  });

  it('keeps the deck in memory for the page when storage refuses to be written (full or private mode)', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { useDeck } = await loadStore();
    const { result } = renderHook(() => useDeck());
    act(() => result.current.setDeck(myDeck));
    expect(result.current.deck).toEqual(myDeck);
    expect(result.current.persistent).toBe(false);
    // Later changes stay in memory too, instead of reading back the stale storage.
    act(() => result.current.setDeck({ ...myDeck, title: 'Renamed' }));
    expect(result.current.deck.title).toBe('Renamed');
  });
});
