import { describe, expect, it } from 'vitest';
import { getCard } from '../../../view-state/cards';
import { canonicalSlideSearch, deckToJson, parseDeckJson, SECTION_PATHS } from './deck-schema';
import { DEFAULT_DECK } from './default-deck';

describe('the default deck', () => {
  it('tells the story in 6 to 8 slides, and the schema accepts it', () => {
    expect(DEFAULT_DECK.slides.length).toBeGreaterThanOrEqual(6);
    expect(DEFAULT_DECK.slides.length).toBeLessThanOrEqual(8);
    expect(parseDeckJson(deckToJson(DEFAULT_DECK))).toEqual({ ok: true, deck: DEFAULT_DECK });
  });

  it('has unique ids', () => {
    const ids = DEFAULT_DECK.slides.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(DEFAULT_DECK.slides.map((slide, index) => [index + 1, slide] as const))('slide %i shows one card of its own section, in canonical form', (_n, slide) => {
    expect(SECTION_PATHS).toContain(slide.path);
    const cardId = new URLSearchParams(slide.search).get('card');
    expect(cardId).not.toBeNull();
    expect(getCard(cardId ?? '')?.path).toBe(slide.path);
    // Canonical, so presentation mode does not see an unchanged slide as modified.
    expect(canonicalSlideSearch(slide.path, slide.search)).toBe(slide.search);
  });

  it('gives every slide a statement for a title and two to four sentences of notes', () => {
    for (const slide of DEFAULT_DECK.slides) {
      expect(slide.title.length).toBeGreaterThan(30);
      const sentences = slide.notes.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences.length, slide.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, slide.id).toBeLessThanOrEqual(4);
    }
  });
});
