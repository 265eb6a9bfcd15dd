import { describe, expect, it } from 'vitest';
import { deck as makeDeck, screenState, slide } from '../../../tests/factories';
import { isPresenterChannelId, newPresenterChannelId, readPresenterMessage, readScreenMessage } from './presenter-channel';

const deck = makeDeck('Chip story', [
  slide({ id: 'a', title: 'Capacity', notes: 'Point at Xi’an.' }),
  slide({ id: 'b', title: 'Talent', path: '/talent', search: 'cities=wuhan' }),
]);

// Slide 2, with the spotlight changed on the shared screen.
const state = screenState(deck, 1, { view: { pathname: '/talent', search: '?cities=wuhan&spot=wuhan&slide=2' }, screen: { width: 67.57, height: 33.8 } });

/** The state with one field replaced (by a value of any type: these are messages from outside). */
const withField = (name: string, value: unknown): unknown => ({ ...state, [name]: value });

describe('messages from the shared screen', () => {
  it('reads a state and "ended"', () => {
    expect(readScreenMessage(structuredClone(state))).toEqual(state);
    expect(readScreenMessage({ type: 'ended' })).toEqual({ type: 'ended' });
  });

  it('ignores anything that is not a message', () => {
    for (const data of [null, undefined, 'state', 42, [], [state], {}, { type: 'State' }, { type: 'go', index: 0 }]) expect(readScreenMessage(data)).toBeNull();
  });

  it('ignores a state whose slide is not in its deck', () => {
    for (const index of [2, -1, 0.5, '1', null]) expect(readScreenMessage(withField('index', index))).toBeNull();
  });

  it('ignores a state whose deck does not pass the deck schema', () => {
    expect(readScreenMessage(withField('deck', undefined))).toBeNull();
    expect(readScreenMessage(withField('deck', { ...deck, version: 2 }))).toBeNull();
    expect(readScreenMessage(withField('deck', { ...deck, slides: [] }))).toBeNull();
    expect(readScreenMessage(withField('deck', { ...deck, slides: [{ ...deck.slides[0], path: '/admin' }] }))).toBeNull();
  });

  it('ignores a state whose address is not a section of the app, or whose screen or theme is unknown', () => {
    expect(readScreenMessage(withField('view', { pathname: '/print', search: '' }))).toBeNull();
    expect(readScreenMessage(withField('view', { pathname: '/talent', search: 'cities=wuhan' }))).toBeNull();
    expect(readScreenMessage(withField('view', { pathname: '/talent', search: `?${'x'.repeat(9000)}` }))).toBeNull();
    expect(readScreenMessage(withField('view', '/talent'))).toBeNull();
    expect(readScreenMessage(withField('screen', { width: 0, height: 33 }))).toBeNull();
    expect(readScreenMessage(withField('screen', { width: Number.NaN, height: 33 }))).toBeNull();
    expect(readScreenMessage(withField('screen', { width: 67, height: 1e6 }))).toBeNull();
    expect(readScreenMessage(withField('theme', 'neon'))).toBeNull();
  });

  it('keeps only the fields it knows', () => {
    const read = readScreenMessage({ ...state, extra: 'ignored', view: { ...state.view, hash: '#x' } });
    expect(read).toEqual(state);
  });
});

describe('messages from the presenter view', () => {
  it('reads "hello" and a "go" to a slide of the deck', () => {
    expect(readPresenterMessage({ type: 'hello' }, 2)).toEqual({ type: 'hello' });
    expect(readPresenterMessage({ type: 'go', index: 1 }, 2)).toEqual({ type: 'go', index: 1 });
  });

  it('ignores a "go" outside the deck and anything else', () => {
    for (const data of [{ type: 'go', index: 2 }, { type: 'go', index: -1 }, { type: 'go', index: '1' }, { type: 'go' }, { type: 'state' }, null, 'hello'])
      expect(readPresenterMessage(data, 2)).toBeNull();
  });
});

describe('channel ids', () => {
  it('are fresh each time and pass their own check; other text does not', () => {
    const id = newPresenterChannelId();
    expect(isPresenterChannelId(id)).toBe(true);
    expect(newPresenterChannelId()).not.toBe(id);
    for (const text of [null, '', 'short', 'has space in it', 'a'.repeat(65), '../../etc']) expect(isPresenterChannelId(text)).toBe(false);
  });
});
