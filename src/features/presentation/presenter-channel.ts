import { THEMES, type Theme } from '../../domain/palette';
import { SECTION_PATHS, validateDeck, type Deck } from './model/deck-schema';

/*
 * The presenter view (a window on the presenter's own screen) and the presentation window (the
 * shared screen) talk on a BroadcastChannel, which reaches only pages of the same origin:
 *   presenter -> screen  {type:'hello'}          on opening, and asking again after a silence
 *                        {type:'go', index}      a key or button of the presenter view
 *   screen -> presenter  {type:'state', ...}     on every change of slide or view, and on 'hello'
 *                        {type:'ended'}          leaving presentation mode, closing or reloading
 * The state carries the whole deck, so the presenter view needs neither the deck store nor the
 * shared screen's storage. Both sides read every message with the functions below and ignore what
 * does not read: another build of Hubscope in a stale tab must not steer a talk.
 */

/** The size of the shared screen's slide area in its own rem, so a preview lays the slide out as it does. */
export type ScreenSize = { width: number; height: number };

export type ScreenState = {
  type: 'state';
  deck: Deck;
  /** The slide shown, 0-based. */
  index: number;
  /** The shared screen's address within the app: the slide's view, with any change made on screen. */
  view: { pathname: string; search: string };
  screen: ScreenSize;
  theme: Theme;
};

export type ScreenMessage = ScreenState | { type: 'ended' };
export type PresenterMessage = { type: 'hello' } | { type: 'go'; index: number };

const CHANNEL_ID = /^[A-Za-z0-9_-]{8,64}$/;
/** Rem sizes outside this range are not a screen (a 320 px phone is 20 rem wide, an 8K wall at 12 px 640). */
const SCREEN_REM = { min: 10, max: 800 } as const;
const MAX_VIEW_SEARCH_LENGTH = 8000;
const sectionPaths = new Set<string>(SECTION_PATHS);
const themes = new Set<string>(THEMES);

/** The BroadcastChannel's name for a channel id. */
export function presenterChannelName(channelId: string): string {
  return `hubscope-presenter:${channelId}`;
}

/** True for an id made by newPresenterChannelId (letters, digits, '-' and '_'; 8 to 64 of them). */
export function isPresenterChannelId(value: string | null): value is string {
  return value !== null && CHANNEL_ID.test(value);
}

/** A fresh, unguessable channel id, so two presentations on one computer never answer each other. */
export function newPresenterChannelId(): string {
  const bytes = new Uint8Array(12);
  // getRandomValues works outside secure contexts too (randomUUID does not).
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isRem(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= SCREEN_REM.min && value <= SCREEN_REM.max;
}

/**
 * Reads a message the shared screen sent: a state with a deck that passes the deck schema, a
 * slide index inside it, one of the six sections as its address, a screen size in rem and a
 * theme; or 'ended'. Anything else is null.
 */
export function readScreenMessage(data: unknown): ScreenMessage | null {
  if (!isRecord(data)) return null;
  if (data.type === 'ended') return { type: 'ended' };
  if (data.type !== 'state') return null;
  const { index, view, screen, theme } = data;
  if (!isIndex(index) || !isRecord(view) || !isRecord(screen)) return null;
  if (typeof view.pathname !== 'string' || !sectionPaths.has(view.pathname)) return null;
  if (typeof view.search !== 'string' || view.search.length > MAX_VIEW_SEARCH_LENGTH || (view.search !== '' && !view.search.startsWith('?'))) return null;
  if (!isRem(screen.width) || !isRem(screen.height)) return null;
  if (typeof theme !== 'string' || !themes.has(theme)) return null;
  const deck = validateDeck(data.deck);
  if (!deck.ok || index >= deck.deck.slides.length) return null;
  return {
    type: 'state',
    deck: deck.deck,
    index,
    view: { pathname: view.pathname, search: view.search },
    screen: { width: screen.width, height: screen.height },
    theme: theme as Theme,
  };
}

/** Reads a message the presenter view sent: 'hello', or 'go' to a slide of a deck of `slideCount`. Anything else is null. */
export function readPresenterMessage(data: unknown, slideCount: number): PresenterMessage | null {
  if (!isRecord(data)) return null;
  if (data.type === 'hello') return { type: 'hello' };
  if (data.type === 'go' && isIndex(data.index) && data.index < slideCount) return { type: 'go', index: data.index };
  return null;
}
