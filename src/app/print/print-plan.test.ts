import { describe, expect, it } from 'vitest';
import { CARDS } from '../../view-state/cards';
import { encodeDeckParam } from '../../features/presentation/model/deck-link';
import type { Deck } from '../../features/presentation/model/deck-schema';
import { DEFAULT_DECK } from '../../features/presentation/model/default-deck';
import { planPrint } from './print-plan';
import { deck, slide } from '../../../tests/factories';

const threeSlides: Deck = deck('Chips briefing', [
  slide({ id: 'a', title: 'Capacity', notes: 'Say the years.' }),
  slide({ id: 'b', title: '', path: '/', search: 'cities=wuhan,xian&card=scorecard' }),
  slide({ id: 'c', title: 'Timeline', notes: '  ', path: '/timeline', search: '' }),
]);

describe('planPrint', () => {
  it('prints the stored deck when the link names nothing, one page per slide', () => {
    const plan = planPrint('', DEFAULT_DECK);
    expect(plan.ok && plan.kind).toBe('deck');
    if (!plan.ok) return;
    expect(plan.title).toBe(DEFAULT_DECK.title);
    expect(plan.pages).toHaveLength(DEFAULT_DECK.slides.length);
    expect(plan.pages[0]).toMatchObject({ pathname: '/', search: '?card=insights', kicker: `Slide 1 of ${DEFAULT_DECK.slides.length}` });
  });

  it('keys a page by what it draws, so a slide edited elsewhere is drawn again rather than kept frozen', () => {
    const keys = (d: Deck) => {
      const plan = planPrint('', d);
      if (!plan.ok) throw new Error(plan.reason);
      return plan.pages.map((p) => p.key);
    };
    const before = keys(threeSlides);
    expect(keys(threeSlides)).toEqual(before);
    const retitled = keys({ ...threeSlides, slides: threeSlides.slides.map((s) => (s.id === 'a' ? { ...s, title: 'Capacity, 2024' } : s)) });
    expect(retitled[0]).not.toBe(before[0]);
    expect(retitled.slice(1)).toEqual(before.slice(1));
  });

  it('prints a deck carried by the link, with titles, notes and each slide’s view', () => {
    const plan = planPrint(`?deck=${encodeDeckParam(threeSlides)}`, DEFAULT_DECK);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.pages.map((p) => [p.kicker, p.title, p.notes, p.pathname, p.search])).toEqual([
      ['Slide 1 of 3', 'Capacity', 'Say the years.', '/chips', '?card=capacity'],
      ['Slide 2 of 3', 'Slide 2', '', '/', '?cities=wuhan,xian&card=scorecard'],
      ['Slide 3 of 3', 'Timeline', '', '/timeline', ''],
    ]);
  });

  it('reads the deck after # as deck links now carry it, as well as ?deck=', () => {
    const param = encodeDeckParam(threeSlides);
    const fromFragment = planPrint('', DEFAULT_DECK, `#deck=${param}`);
    const fromQuery = planPrint(`?deck=${encodeURIComponent(param)}`, DEFAULT_DECK);
    expect(fromFragment).toEqual(fromQuery);
    expect(fromFragment.ok && fromFragment.pages.map((p) => p.title)).toEqual(['Capacity', 'Slide 2', 'Timeline']);
    const refused = planPrint('', DEFAULT_DECK, '#deck=not-a-deck');
    expect(refused.ok).toBe(false);
  });

  it('refuses a deck that does not parse, with the reason', () => {
    const plan = planPrint('?deck=not-a-deck', DEFAULT_DECK);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.reason).toMatch(/damaged or cut short/);
  });

  it('prints every card of a section with the section’s settings, presentation state left out', () => {
    const plan = planPrint('?section=/chips&cur=USD&slide=2&v=old&cities=wuhan,paris', DEFAULT_DECK);
    if (!plan.ok) throw new Error(plan.reason);
    const chipCards = CARDS.filter((c) => c.path === '/chips');
    expect(plan.kind).toBe('section');
    expect(plan.pages.map((p) => p.title)).toEqual(chipCards.map((c) => c.title));
    expect(plan.pages[1]).toMatchObject({ pathname: '/chips', kicker: `Chips · card 2 of ${chipCards.length}` });
    for (const page of plan.pages) {
      const params = new URLSearchParams(page.search);
      expect(params.get('cur')).toBe('USD');
      expect(params.get('cities')).toBe('wuhan');
      expect(params.has('slide') || params.has('v') || params.has('section')).toBe(false);
    }
    expect(plan.back).toEqual({ pathname: '/chips', search: '?cities=wuhan&cur=USD' });
  });

  it('prints only the card named in a section link, and ignores a card of another section', () => {
    const one = planPrint('?section=/chips/&card=national', DEFAULT_DECK);
    expect(one.ok && one.pages.map((p) => p.title)).toEqual(["China's chip gap: national context"]);
    const other = planPrint('?section=/talent&card=national', DEFAULT_DECK);
    expect(other.ok && other.pages.length).toBe(CARDS.filter((c) => c.path === '/talent').length);
  });

  it('refuses a section that does not exist', () => {
    const plan = planPrint('?section=/weather', DEFAULT_DECK);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toBe('“/weather” is not a Hubscope section.');
  });
});
