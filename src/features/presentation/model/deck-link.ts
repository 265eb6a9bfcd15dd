// The default export: Node's ESM loader (Playwright importing this file) sees no named exports.
import LZString from 'lz-string';
import { orderedDeck, validateDeck, type Deck, type DeckResult } from './deck-schema';

/*
 * A deck in a link's `deck=` parameter. lz-string is loaded with this module only, when a deck
 * link is made or opened, not with the app's shell.
 */

/** The deck compressed for a link's `deck=` parameter (lz-string, URI-safe alphabet). */
export function encodeDeckParam(deck: Deck): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(orderedDeck(deck)));
}

/** Reads a `deck=` parameter; a damaged or cut-short one is refused with a reason. */
export function decodeDeckParam(param: string): DeckResult {
  const damaged = { ok: false, reason: 'the deck in the link is damaged or cut short' } as const;
  if (param.trim() === '') return { ok: false, reason: 'the link’s deck parameter is empty' };
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(param) as string | null;
  } catch {
    return damaged;
  }
  if (!text) return damaged;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return damaged;
  }
  return validateDeck(value);
}
