import { useCallback, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { RESERVED_PARAMS } from '../../view-state/search-params';
import { isSlideView, slideLocation, updateSlide, viewToSlide } from './model/deck-operations';
import type { Deck } from './model/deck-schema';
import { useDeck } from './model/deck-store';
import { useSetView, useViewParam } from '../../view-state/use-view-state';

/** Settings that belong to the room, not to a slide: they follow the presenter from slide to slide. */
const CARRIED_PARAMS = [...RESERVED_PARAMS, 'theme'] as const;

// Whether this page put the browser in full screen, so leaving full screen by the browser's own
// means (Esc, F11) also leaves presentation mode, and leaving the mode leaves full screen.
let enteredFullscreen = false;

/** The Keyboard Lock API (Chromium-based browsers, in full screen only); not in TypeScript's DOM types yet. */
type KeyboardLock = { lock?: (keyCodes?: string[]) => Promise<void>; unlock?: () => void };
const keyboardLock = (): KeyboardLock | undefined => (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;

/** Puts the page in full screen, if the browser allows it (call it from a click or key press). */
export function requestFullscreen() {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root
    .requestFullscreen()
    .then(() => {
      enteredFullscreen = true;
      // Esc then reaches the page, which closes the open panel first and leaves the mode only when
      // none is open; the browser leaves full screen on a held Esc instead. Where the lock is
      // missing or refused, the browser takes Esc, and PresentationKeys handles leaving full screen.
      void keyboardLock()?.lock?.(['Escape'])?.catch(() => undefined);
    })
    .catch(() => {
      // Refused (no user gesture, a policy, an iframe): the full-window layout is used instead.
    });
}

function exitFullscreen() {
  if (!enteredFullscreen) return;
  enteredFullscreen = false;
  keyboardLock()?.unlock?.();
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(() => undefined);
}

// Until this time (ms, Date.now), leaving full screen was caused by the page itself and keeps the mode.
let fullscreenExitExpectedUntil = 0;

/**
 * Opening or focusing another window takes a page out of full screen in Chromium (against
 * spoofing); the presenter view does that, and presentation mode must stay (windowed) when it does.
 */
export function expectFullscreenExit() {
  // Only from the full screen this page entered: opened while windowed, nothing leaves full screen,
  // and an expectation left standing would keep the mode through the reader's own Esc or F11 a
  // moment later (it did in the tests, which present again within two seconds).
  if (!enteredFullscreen) return;
  fullscreenExitExpectedUntil = Date.now() + 2000;
}

/** Called when the document leaves full screen; true when presentation mode should end with it. */
export function leftFullscreenWeEntered(): boolean {
  if (document.fullscreenElement || !enteredFullscreen) return false;
  enteredFullscreen = false;
  keyboardLock()?.unlock?.();
  const expected = Date.now() <= fullscreenExitExpectedUntil;
  // The exit expected has happened: the next one is the reader's.
  fullscreenExitExpectedUntil = 0;
  return !expected;
}

function subscribeToFullscreen(listener: () => void) {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}

/** Whether the page could enter full screen now: the browser allows it and it is not there already. */
export function useCanEnterFullscreen(): boolean {
  return useSyncExternalStore(
    subscribeToFullscreen,
    () => document.fullscreenEnabled === true && !document.fullscreenElement && typeof document.documentElement.requestFullscreen === 'function',
    () => false,
  );
}

// The presentation bar's open panel (settings, or the notes shown on screen), closed by leaving
// full screen where the browser took the Esc that would have closed it.
let openPanelCloser: (() => void) | null = null;

/** The bar registers how to close its open panel (null when none is open). */
export function setOpenPanelCloser(close: (() => void) | null) {
  openPanelCloser = close;
}

/** Closes the bar's open panel; false when none was open. */
export function closeOpenPanel(): boolean {
  if (!openPanelCloser) return false;
  openPanelCloser();
  return true;
}

function withCarried(search: string, current: URLSearchParams): string {
  const params = new URLSearchParams(search);
  for (const name of CARRIED_PARAMS) {
    const value = current.get(name);
    if (value !== null) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export type SlideStatus = {
  /** 1-based slide number from the URL, or null when not presenting. */
  slideNumber: number | null;
  /** The slide index in the deck (clamped), or null when not presenting. */
  index: number | null;
  /** True when a control changed the view since the slide was shown ("Update slide" saves it). */
  modified: boolean;
};

/** The deck and where presentation mode stands in it, plus the moves: enter, go, exit, update. */
export function usePresentation() {
  const { deck, setDeck } = useDeck();
  const slide = useViewParam('slide');
  const setView = useSetView();
  const location = useLocation();
  const navigate = useNavigate();

  const index = slide === null ? null : Math.min(slide, deck.slides.length) - 1;
  const current = index === null ? undefined : deck.slides[index];
  const modified = current !== undefined && !isSlideView(current, location.pathname, location.search);

  const goTo = useCallback(
    (target: number, { replace = false, from = deck, state }: { replace?: boolean; from?: Deck; state?: unknown } = {}) => {
      const bounded = Math.max(0, Math.min(target, from.slides.length - 1));
      const chosen = from.slides[bounded];
      if (!chosen) return;
      const next = slideLocation(chosen, bounded + 1);
      navigate({ pathname: next.pathname, search: withCarried(next.search, new URLSearchParams(location.search)) }, { replace, state });
    },
    [deck, navigate, location.search],
  );

  /** Enters presentation mode; call it from a click or key press, so full screen is allowed. */
  const enter = useCallback(
    (target = 0) => {
      requestFullscreen();
      goTo(target);
    },
    [goTo],
  );

  const exit = useCallback(() => {
    exitFullscreen();
    setView({ slide: null });
  }, [setView]);

  const update = useCallback(() => {
    if (index === null || !current) return;
    const here = viewToSlide(location.pathname, location.search, current.title);
    setDeck(updateSlide(deck, index, { path: here.path, search: here.search }));
  }, [deck, setDeck, index, current, location.pathname, location.search]);

  return {
    deck,
    status: { slideNumber: slide, index, modified } satisfies SlideStatus,
    slide: current,
    enter,
    exit,
    goTo,
    update,
  };
}
