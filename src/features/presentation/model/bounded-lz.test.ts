import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressUriSafeBounded } from './bounded-lz';
import { decodeDeckParam, deckParamOf, encodeDeckParam, MAX_DECK_PARAM_CHARS } from './deck-link';
import { DEFAULT_DECK } from './default-deck';

/** Deterministic text of every kind a deck holds: ASCII, CJK, curly quotes, emoji, repeats. */
function sample(seed: number, length: number): string {
  const alphabet = ['a', 'b', ' ', '武', '汉', '’', '“', '😀', '\n', '0', '='];
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

describe('bounded lz-string decompression', () => {
  it('gives exactly what lz-string gives, for every kind of text', () => {
    const texts = ['x', 'aaaaaaaaaaaaaaaaaaaaaaaa', JSON.stringify(DEFAULT_DECK), ...[1, 2, 3, 4, 5].map((seed) => sample(seed, seed * 700))];
    for (const text of texts) {
      const compressed = LZString.compressToEncodedURIComponent(text);
      expect(decompressUriSafeBounded(compressed, 1_000_000)).toEqual({ ok: true, text: LZString.decompressFromEncodedURIComponent(compressed) });
    }
  });

  it('stops as soon as the text passes the limit, whatever the input claims', () => {
    // 300,000 repeats compress to a few hundred characters (the shape of a link that expands to hundreds of MB).
    const bomb = LZString.compressToEncodedURIComponent('A'.repeat(300_000));
    expect(bomb.length).toBeLessThan(2_000);
    expect(decompressUriSafeBounded(bomb, 100_000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('rebuilds what a cut-short text holds, as lz-string does, and the deck link then calls it damaged', () => {
    const compressed = LZString.compressToEncodedURIComponent(JSON.stringify(DEFAULT_DECK));
    expect(decompressUriSafeBounded(compressed.slice(0, 40), 1_000_000)).toEqual({ ok: true, text: LZString.decompressFromEncodedURIComponent(compressed.slice(0, 40)) });
    expect(decodeDeckParam(compressed.slice(0, 40))).toEqual({ ok: false, reason: 'the deck in the link is damaged or cut short' });
    expect(decompressUriSafeBounded('', 1_000_000)).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('deck links', () => {
  it('refuses a deck parameter over 32,000 characters before decompressing it', () => {
    const result = decodeDeckParam('A'.repeat(MAX_DECK_PARAM_CHARS + 1));
    expect(result).toEqual({ ok: false, reason: 'the deck in the link is too long (32,001 characters; a deck link has at most 32,000)' });
  });

  it('refuses a parameter that expands past 1 MB', () => {
    const bomb = LZString.compressToEncodedURIComponent(`{"version":1,"title":"${'A'.repeat(1_200_000)}"}`);
    expect(bomb.length).toBeLessThan(MAX_DECK_PARAM_CHARS);
    expect(decodeDeckParam(bomb)).toEqual({ ok: false, reason: 'the deck in the link expands to more than 1 MB, far more than any deck' });
  });

  it('reads the deck from the fragment first, and from the query as earlier links have it', () => {
    const param = encodeDeckParam(DEFAULT_DECK);
    expect(deckParamOf('?card=capacity', `#deck=${param}`)).toBe(param);
    expect(deckParamOf(`?card=capacity&deck=${param}`, '')).toBe(param);
    expect(deckParamOf('?card=capacity', '')).toBeNull();
    expect(decodeDeckParam(param)).toEqual({ ok: true, deck: DEFAULT_DECK });
  });
});
