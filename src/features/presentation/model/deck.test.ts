import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { addSlide, displaySlideTitle, isSlideView, moveSlide, removeSlide, retitleDeck, slideLocation, slideTitleFor, updateSlide, viewToSlide, withCarriedParams } from './deck-operations';
import { decodeDeckParam, encodeDeckParam } from './deck-link';
import { deckToJson, DeckSchema, parseDeckJson, type Deck, type Slide } from './deck-schema';
import { DEFAULT_DECK } from './default-deck';
import { MAX_SLIDES } from '../../../view-state/search-params';

const slide = (id: string, overrides: Partial<Slide> = {}): Slide => ({ id, title: `Slide ${id}`, notes: '', path: '/chips', search: 'card=capacity', ...overrides });
const deckOf = (...slides: Slide[]): Deck => ({ version: 1, title: 'Chip story', slides });
const sample = deckOf(
  slide('a', { title: 'Capacity', notes: 'Point at Xi’an.\nThen Wuhan.' }),
  slide('b', { path: '/', search: 'cities=wuhan,xian&cur=USD&card=composite', title: '综合指数 · “quotes” & <b>tags</b>' }),
  slide('c', { path: '/timeline', search: 'kinds=fab,exportControl&card=events' }),
);
const json = (value: unknown) => JSON.stringify(value);
const reasonOf = (result: ReturnType<typeof parseDeckJson>) => (result.ok ? 'accepted' : result.reason);

describe('deck files (JSON)', () => {
  it('round-trips a deck, Chinese text, quotes and line breaks included', () => {
    const text = deckToJson(sample);
    expect(parseDeckJson(text)).toEqual({ ok: true, deck: sample });
  });

  it('writes stable, readable JSON whatever order the keys were built in', () => {
    const shuffled = { slides: sample.slides.map((s) => ({ search: s.search, path: s.path, notes: s.notes, title: s.title, id: s.id })), title: sample.title, version: 1 as const };
    expect(deckToJson(shuffled)).toBe(deckToJson(sample));
    expect(deckToJson(sample)).toMatch(/^\{\n {2}"version": 1,\n {2}"title": "Chip story",\n {2}"slides": \[/);
    expect(deckToJson(sample).endsWith('\n')).toBe(true);
  });

  it('reads a file saved with a byte-order mark (as Download JSON writes it)', () => {
    expect(parseDeckJson(`\uFEFF${deckToJson(sample)}`).ok).toBe(true);
  });

  it('stores valid view settings in their canonical form', () => {
    const result = parseDeckJson(json(deckOf(slide('a', { search: 'card=capacity&view=chart&cities=xian,wuhan' }))));
    expect(result.ok && result.deck.slides[0]?.search).toBe('cities=wuhan,xian&card=capacity');
  });

  it.each([
    ['text that is not JSON', 'nope {', 'the file is not JSON'],
    ['a cut-off file', deckToJson(sample).slice(0, 80), 'the file is not JSON'],
    ['a list', '[]', 'it does not contain a Hubscope deck'],
    ['an object that is not a deck', '{"name":"x"}', 'it does not contain a Hubscope deck (no version or slides)'],
    ['another version', json({ ...sample, version: 2 }), 'this deck is version 2; this Hubscope reads version 1'],
    ['a version written as text', json({ ...sample, version: '1' }), 'this deck is version "1"; this Hubscope reads version 1'],
    ['no slides', json(deckOf()), 'the deck has no slides'],
    ['too many slides', json(deckOf(...Array.from({ length: MAX_SLIDES + 1 }, (_, i) => slide(`s${i}`)))), 'the deck has 51 slides; at most 50 are allowed'],
    ['an unknown path', json(deckOf(slide('a'), slide('b', { path: '/admin' as Slide['path'], search: '' }))), 'slide 2: "/admin" is not a Hubscope section'],
    ['a bad city', json(deckOf(slide('a', { search: 'cities=paris' }))), 'slide 1: the view setting "cities=paris" would be ignored (no known city; showing all three)'],
    ['an unknown parameter', json(deckOf(slide('a', { search: 'card=capacity&evil=1' }))), 'slide 1: the view setting "evil=1" would be ignored (not a Hubscope setting)'],
    ['a backwards year range', json(deckOf(slide('a', { search: 'from=2020&to=2016' }))), 'slide 1: the view setting "from=2020 (to=2016)" would be ignored (the range runs backwards; the default years were used)'],
    ['a card of another section', json(deckOf(slide('a', { path: '/talent', search: 'card=capacity' }))), 'slide 1: the view setting "card=capacity" would be ignored (that card is on another section; showing the whole section)'],
    ['a theme in a slide', json(deckOf(slide('a', { search: 'theme=dark' }))), 'slide 1: its view settings contain "theme", which a slide never stores'],
    ['a slide number in a slide', json(deckOf(slide('a', { search: 'slide=2' }))), 'slide 1: its view settings contain "slide", which a slide never stores'],
    ['a mock switch in a slide', json(deckOf(slide('a', { search: '_scenario=fabs:hang' }))), 'slide 1: its view settings contain "_scenario", which a slide never stores'],
    ['a leading "?"', json(deckOf(slide('a', { search: '?card=capacity' }))), 'slide 1: its view settings start with "?"'],
    ['duplicate ids', json(deckOf(slide('a'), slide('b'), slide('a'))), 'slide 3 has the same id as slide 1'],
    ['a bad id', json(deckOf(slide('a b'))), 'slide 1: id must be 1 to 64 letters, digits, "-" or "_"'],
    ['an oversize slide title', json(deckOf(slide('a'), slide('b'), slide('c', { title: 'x'.repeat(121) }))), 'slide 3: title is longer than 120 characters'],
    ['an oversize deck title', json({ ...sample, title: 'x'.repeat(121) }), 'the deck’s title is longer than 120 characters'],
    ['oversize notes', json(deckOf(slide('a', { notes: 'n'.repeat(4001) }))), 'slide 1: notes is longer than 4000 characters'],
    ['oversize view settings', json(deckOf(slide('a', { path: '/sources', search: `q=${'a'.repeat(2000)}` }))), 'slide 1: search is longer than 2000 characters'],
    ['a missing field', json(deckOf({ id: 'a', title: 't', path: '/', search: '' } as Slide)), 'slide 1: notes is missing'],
    ['a field of the wrong type', json(deckOf(slide('a', { title: 42 as unknown as string }))), 'slide 1: title should be text'],
    ['a "__proto__" key in a slide', '{"version":1,"title":"t","slides":[{"__proto__":{"admin":true},"id":"a","title":"t","notes":"","path":"/","search":""}]}', 'slide 1 has an unknown field "__proto__"'],
    ['a "__proto__" key in the deck', '{"__proto__":{"admin":true},"version":1,"title":"t","slides":[{"id":"a","title":"t","notes":"","path":"/","search":""}]}', 'the deck has an unknown field "__proto__"'],
    ['a "constructor" key', '{"version":1,"title":"t","constructor":1,"slides":[{"id":"a","title":"t","notes":"","path":"/","search":""}]}', 'the deck has an unknown field "constructor"'],
  ])('refuses %s with a reason', (_case, text, reason) => {
    expect(reasonOf(parseDeckJson(text))).toBe(reason);
    // Nothing leaked onto shared prototypes on the way.
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('accepts the limits themselves', () => {
    const full = deckOf(...Array.from({ length: MAX_SLIDES }, (_, i) => slide(`s${i}`, { title: 't'.repeat(120), notes: 'n'.repeat(4000) })));
    expect(parseDeckJson(deckToJson({ ...full, title: 'd'.repeat(120) })).ok).toBe(true);
    expect(DeckSchema.safeParse(sample).success).toBe(true);
  });
});

describe('deck links (deck=)', () => {
  it('round-trips through a URL-safe parameter', () => {
    const param = encodeDeckParam(sample);
    expect(param).toMatch(/^[A-Za-z0-9+\-$]+$/);
    expect(decodeDeckParam(param)).toEqual({ ok: true, deck: sample });
  });

  it('survives the "+" becoming a space, as query strings decode it', () => {
    const param = encodeDeckParam(sample);
    const read = new URLSearchParams(`deck=${param}`).get('deck') ?? '';
    expect(decodeDeckParam(read)).toEqual({ ok: true, deck: sample });
  });

  it('is much shorter than the JSON it carries, written into a link', () => {
    expect(encodeDeckParam(DEFAULT_DECK).length).toBeLessThan(encodeURIComponent(json(DEFAULT_DECK)).length / 2);
  });

  it.each([
    ['cut short', (p: string) => p.slice(0, Math.floor(p.length / 2))],
    ['corrupted', (p: string) => `${p.slice(0, 10)}zzzz${p.slice(14)}`],
    ['garbage', () => 'not-a-deck'],
    ['characters outside the alphabet', () => '%%%%'],
  ])('refuses a parameter that is %s', (_case, damage) => {
    expect(decodeDeckParam(damage(encodeDeckParam(sample)))).toEqual({ ok: false, reason: 'the deck in the link is damaged or cut short' });
  });

  it('refuses an empty parameter', () => {
    expect(decodeDeckParam('')).toEqual({ ok: false, reason: 'the link’s deck parameter is empty' });
  });

  it('refuses a well-compressed deck that breaks the rules, with the rule', () => {
    const param = compressToEncodedURIComponent(json({ ...sample, version: 3 }));
    expect(decodeDeckParam(param)).toEqual({ ok: false, reason: 'this deck is version 3; this Hubscope reads version 1' });
  });
});

describe('slides from views', () => {
  it('keeps the view and drops presentation, deck, dataset version, theme and mock switches', () => {
    const made = viewToSlide('/chips', '?slide=3&deck=abc&v=2026.11&theme=contrast&_scenario=fabs:slow&cur=USD&cities=xian,wuhan&card=capacity', 'Capacity');
    expect(made).toMatchObject({ title: 'Capacity', notes: '', path: '/chips', search: 'cities=wuhan,xian&cur=USD&card=capacity' });
    expect(made.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('gives every slide a new id', () => {
    const ids = new Set(Array.from({ length: 100 }, () => viewToSlide('/', '', 'x').id));
    expect(ids.size).toBe(100);
  });

  it('leaves defaults out and drops values the view ignores', () => {
    expect(viewToSlide('/', '?view=chart&from=2015&cities=paris&w=pillar:9', 'x').search).toBe('');
    expect(viewToSlide('/', '?from=2020&to=2016', 'x').search).toBe('');
  });

  it('drops a card that is on another section', () => {
    expect(viewToSlide('/talent', '?card=capacity&spot=wuhan', 'x').search).toBe('spot=wuhan');
  });

  it('normalises a trailing slash and turns a page that is not a section into the Overview', () => {
    expect(viewToSlide('/chips/', '', 'x').path).toBe('/chips');
    expect(viewToSlide('/nowhere', '', 'x').path).toBe('/');
  });

  it('clips title and notes to their limits', () => {
    const made = viewToSlide('/', '', 't'.repeat(500), 'n'.repeat(5000));
    expect(made.title).toHaveLength(120);
    expect(made.notes).toHaveLength(4000);
  });

  it('always makes a slide the schema accepts, even with a huge free-text filter', () => {
    const made = viewToSlide('/sources', `?q=${'数'.repeat(3000)}&status=seed`, 'Values');
    expect(made.search).toBe('status=seed');
    expect(parseDeckJson(deckToJson(deckOf(made))).ok).toBe(true);
  });

  it('tells whether the current view is a slide’s view', () => {
    const made = viewToSlide('/chips', '?card=capacity&cur=USD', 'x');
    expect(isSlideView(made, '/chips', '?cur=USD&card=capacity&theme=dark&slide=2')).toBe(true);
    expect(isSlideView(made, '/chips', '?card=capacity')).toBe(false);
    expect(isSlideView(made, '/talent', '?cur=USD')).toBe(false);
  });

  it('titles a slide after its card, or the section when no card is shown alone', () => {
    expect(slideTitleFor('/chips', '?card=capacity', 'Chips')).toBe('Front-end wafer capacity');
    expect(slideTitleFor('/chips', '', 'Chips')).toBe('Chips');
    expect(slideTitleFor('/talent', '?card=capacity', 'Talent')).toBe('Talent');
    expect(slideTitleFor('/chips', '?card=nonsense', 'Chips')).toBe('Chips');
  });

  it('shows an emptied title as the slide number', () => {
    expect(displaySlideTitle(slide('a', { title: '  ' }), 4)).toBe('Slide 4');
    expect(displaySlideTitle(slide('a', { title: 'Capacity' }), 4)).toBe('Capacity');
  });
});

describe('slide locations', () => {
  it('gives the path and the search with "?", or no search at all', () => {
    expect(slideLocation(slide('a'))).toEqual({ pathname: '/chips', search: '?card=capacity' });
    expect(slideLocation(slide('a', { path: '/', search: '' }))).toEqual({ pathname: '/', search: '' });
  });

  it('adds the slide number for presentation mode', () => {
    expect(slideLocation(slide('a'), 3)).toEqual({ pathname: '/chips', search: '?card=capacity&slide=3' });
    expect(slideLocation(slide('a', { path: '/', search: '' }), 1)).toEqual({ pathname: '/', search: '?slide=1' });
  });

  it('carries the viewer’s theme and mock switches, nothing else', () => {
    expect(withCarriedParams('?card=capacity', '?theme=contrast&cur=USD&_scenario=fabs:slow')).toBe('?card=capacity&theme=contrast&_scenario=fabs%3Aslow');
    expect(withCarriedParams('', '?cities=wuhan')).toBe('');
  });
});

describe('deck operations', () => {
  const ids = (deck: Deck) => deck.slides.map((s) => s.id).join('');

  it('adds a slide at the end, and refuses past the limit by returning the same deck', () => {
    expect(ids(addSlide(sample, slide('d')))).toBe('abcd');
    const full = deckOf(...Array.from({ length: MAX_SLIDES }, (_, i) => slide(`s${i}`)));
    expect(addSlide(full, slide('x'))).toBe(full);
  });

  it('moves a slide up, down, to either end, and ignores moves out of range', () => {
    expect(ids(moveSlide(sample, 2, 0))).toBe('cab');
    expect(ids(moveSlide(sample, 0, 1))).toBe('bac');
    expect(ids(moveSlide(sample, 0, 2))).toBe('bca');
    expect(moveSlide(sample, 0, -1)).toBe(sample);
    expect(moveSlide(sample, 2, 3)).toBe(sample);
    expect(moveSlide(sample, 1, 1)).toBe(sample);
    expect(moveSlide(sample, 0.5, 1)).toBe(sample);
  });

  it('removes a slide but never the last one', () => {
    expect(ids(removeSlide(sample, 1))).toBe('ac');
    expect(removeSlide(sample, 3)).toBe(sample);
    const one = deckOf(slide('a'));
    expect(removeSlide(one, 0)).toBe(one);
  });

  it('updates a slide’s text and view, keeps its id and clips text to the limits', () => {
    const updated = updateSlide(sample, 1, { title: 'New', notes: 'x'.repeat(5000), path: '/talent', search: 'card=talent-latest' });
    expect(updated.slides[1]).toEqual({ id: 'b', title: 'New', notes: 'x'.repeat(4000), path: '/talent', search: 'card=talent-latest' });
    expect(updated.slides[0]).toBe(sample.slides[0]);
    expect(updateSlide(sample, 5, { title: 'x' })).toBe(sample);
    expect(parseDeckJson(deckToJson(updated)).ok).toBe(true);
  });

  it('never changes the deck it is given', () => {
    const before = deckToJson(sample);
    addSlide(sample, slide('d'));
    moveSlide(sample, 0, 2);
    removeSlide(sample, 0);
    updateSlide(sample, 0, { title: 'x' });
    retitleDeck(sample, 'y');
    expect(deckToJson(sample)).toBe(before);
  });

  it('renames the deck within the limit', () => {
    expect(retitleDeck(sample, 'd'.repeat(200)).title).toHaveLength(120);
  });
});
