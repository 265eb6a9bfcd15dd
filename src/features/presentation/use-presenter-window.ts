import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { THEMES, type Theme } from '../../domain/palette';
import type { Deck } from './model/deck-schema';
import { expectFullscreenExit } from './use-presentation';
import { isPresenterChannelId, newPresenterChannelId, presenterChannelName, readPresenterMessage, type ScreenState } from './presenter-channel';

/** The tab's channel (session storage): after a reload, or leaving and entering the mode, the open presenter view finds this window again. */
const CHANNEL_KEY = 'hubscope.presenter-channel';

function storedChannelId(): string | null {
  try {
    const id = sessionStorage.getItem(CHANNEL_KEY);
    return isPresenterChannelId(id) ? id : null;
  } catch {
    return null;
  }
}

function storeChannelId(id: string) {
  try {
    sessionStorage.setItem(CHANNEL_KEY, id);
  } catch {
    // No storage: the channel lasts as long as this page.
  }
}

/** The presenter view this page opened: pressing Presenter view again brings it forward instead of opening another. */
let presenterWindow: Window | null = null;

const themes = new Set<string>(THEMES);
/** Within the sizes the presenter view accepts (presenter-channel.ts), whatever a test or odd window reports. */
const toRem = (px: number, rootPx: number) => Math.round(Math.min(800, Math.max(10, px / rootPx)) * 100) / 100;

function isBlank(opened: Window): boolean {
  try {
    return opened.location.href === 'about:blank';
  } catch {
    // Another origin's page under that name: not ours to keep.
    return true;
  }
}

export type PresenterWindowOutcome = 'opened' | 'blocked' | 'unsupported';

export type PresenterWindowOptions = {
  /** The presenter view's address for a channel id (the app owns its path). */
  href: (channelId: string) => string;
  deck: Deck;
  /** The slide shown, 0-based, or null when not presenting. */
  index: number | null;
  goTo: (index: number) => void;
  /** The presentation bar: the slide area is the window less the bar. */
  bar: RefObject<HTMLElement | null>;
};

/**
 * The presentation window's side of the presenter view: `open` opens it (or brings it forward),
 * and while this hook is mounted (presentation mode) the window answers on the channel: it sends
 * its state on every change of slide or view and on the presenter's 'hello', goes where the
 * presenter's keys ask, and says 'ended' when it leaves the mode or the page.
 */
export function usePresenterWindow({ href, deck, index, goTo, bar }: PresenterWindowOptions) {
  const location = useLocation();
  const [channelId, setChannelId] = useState(storedChannelId);
  const latest = useRef({ deck, index, location, goTo });
  useLayoutEffect(() => {
    latest.current = { deck, index, location, goTo };
  });
  const channelRef = useRef<BroadcastChannel | null>(null);
  const pendingPost = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A task later, so the state sent is the one on screen: the shell applies the theme in its own
  // effect after this one, and the bar may have changed height. Not a frame: a minimised window
  // draws none, yet the presenter view must keep following it.
  const schedulePost = useCallback(() => {
    if (pendingPost.current !== undefined) return;
    pendingPost.current = setTimeout(() => {
      pendingPost.current = undefined;
      const channel = channelRef.current;
      const { deck: shownDeck, index: shown, location: here } = latest.current;
      if (!channel || shown === null) return;
      const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const theme = document.documentElement.dataset.theme ?? '';
      const state: ScreenState = {
        type: 'state',
        deck: shownDeck,
        index: shown,
        view: { pathname: here.pathname, search: here.search },
        screen: { width: toRem(window.innerWidth, rootPx), height: toRem(window.innerHeight - (bar.current?.offsetHeight ?? 0), rootPx) },
        theme: themes.has(theme) ? (theme as Theme) : 'contrast',
      };
      channel.postMessage(state);
    }, 0);
  }, [bar]);

  useEffect(() => {
    if (channelId === null || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(presenterChannelName(channelId));
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent) => {
      const message = readPresenterMessage(event.data, latest.current.deck.slides.length);
      if (message?.type === 'hello') schedulePost();
      else if (message?.type === 'go') latest.current.goTo(message.index);
    };
    const sayEnded = () => channel.postMessage({ type: 'ended' });
    window.addEventListener('pagehide', sayEnded);
    window.addEventListener('resize', schedulePost);
    return () => {
      sayEnded();
      window.removeEventListener('pagehide', sayEnded);
      window.removeEventListener('resize', schedulePost);
      clearTimeout(pendingPost.current);
      pendingPost.current = undefined;
      channel.close();
      channelRef.current = null;
    };
  }, [channelId, schedulePost]);

  useEffect(schedulePost, [schedulePost, channelId, deck, index, location.pathname, location.search]);

  const open = useCallback((): PresenterWindowOutcome => {
    if (typeof BroadcastChannel === 'undefined') return 'unsupported';
    // Opening or focusing a window leaves full screen in Chromium; presenting goes on, windowed.
    expectFullscreenExit();
    if (presenterWindow && !presenterWindow.closed) {
      presenterWindow.focus();
      return 'opened';
    }
    const id = channelId ?? newPresenterChannelId();
    // Opened blank, then sent to the view: a presenter view still open from before this page
    // reloaded is found by its name and kept as it is (its timer running), not loaded again.
    const opened = window.open('', `hubscope-presenter-${id}`, 'popup,width=1280,height=800');
    if (!opened) return 'blocked';
    if (isBlank(opened)) opened.location.replace(href(id));
    opened.focus();
    presenterWindow = opened;
    storeChannelId(id);
    setChannelId(id);
    return 'opened';
  }, [channelId, href]);

  return { open };
}
