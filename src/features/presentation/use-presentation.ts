import { useCallback } from 'react';
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

function requestFullscreen() {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root
    .requestFullscreen()
    .then(() => {
      enteredFullscreen = true;
    })
    .catch(() => {
      // Refused (no user gesture, a policy, an iframe): the full-window layout is used instead.
    });
}

function exitFullscreen() {
  if (!enteredFullscreen) return;
  enteredFullscreen = false;
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(() => undefined);
}

/** Called when the document leaves full screen; true when presentation mode should end with it. */
export function leftFullscreenWeEntered(): boolean {
  if (document.fullscreenElement || !enteredFullscreen) return false;
  enteredFullscreen = false;
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
