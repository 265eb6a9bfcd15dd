// The default export: Node's ESM loader (Playwright importing this file) sees no named exports.
import LZString from 'lz-string';
import { decompressUriSafeBounded } from './bounded-lz';
import { orderedDeck, validateDeck, type Deck, type DeckResult } from './deck-schema';

/*
 * A deck in a link: `#deck=<lz-string>` after the address (a fragment never reaches a server or
 * its logs), or `?deck=` in links made by earlier releases, which keep working. lz-string is
 * loaded with this module only, when a deck link is made or opened, not with the app's shell.
 */

/** Longer links are refused before any decompressing: a full deck of long notes is far shorter. */
export const MAX_DECK_PARAM_CHARS = 32_000;
/** Decompressing stops past this many characters: no valid deck comes near it. */
export const MAX_DECK_JSON_CHARS = 1_000_000;

/** The deck compressed for a link (lz-string, URI-safe alphabet). */
export function encodeDeckParam(deck: Deck): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(orderedDeck(deck)));
}

/** The fragment that carries a deck in a link: `#deck=…`. */
export function deckLinkFragment(deck: Deck): string {
  return `#deck=${encodeDeckParam(deck)}`;
}

/** The deck a link carries, as written: in its fragment (`#deck=`), else in its query (`?deck=`), else null. */
export function deckParamOf(search: string, hash: string): string | null {
  return rawParam(hash.replace(/^#/, ''), 'deck') ?? rawParam(search.replace(/^\?/, ''), 'deck');
}

/** A parameter as written, '+' kept (it is part of lz-string's alphabet; URLSearchParams would read a space). */
function rawParam(text: string, name: string): string | null {
  for (const part of text.split('&')) {
    const at = part.indexOf('=');
    if ((at < 0 ? part : part.slice(0, at)) !== name) continue;
    const value = at < 0 ? '' : part.slice(at + 1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/** Reads a deck parameter; a damaged, cut-short or oversized one is refused with a reason. */
export function decodeDeckParam(param: string): DeckResult {
  const damaged = { ok: false, reason: 'the deck in the link is damaged or cut short' } as const;
  if (param.trim() === '') return { ok: false, reason: 'the link’s deck parameter is empty' };
  if (param.length > MAX_DECK_PARAM_CHARS) {
    return { ok: false, reason: `the deck in the link is too long (${param.length.toLocaleString('en-GB')} characters; a deck link has at most ${MAX_DECK_PARAM_CHARS.toLocaleString('en-GB')})` };
  }
  const expanded = decompressUriSafeBounded(param, MAX_DECK_JSON_CHARS);
  if (!expanded.ok) {
    return expanded.reason === 'too-large' ? { ok: false, reason: 'the deck in the link expands to more than 1 MB, far more than any deck' } : damaged;
  }
  let value: unknown;
  try {
    value = JSON.parse(expanded.text);
  } catch {
    return damaged;
  }
  return validateDeck(value);
}
