import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type Context, type ReactNode } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { getCard, type CardId } from './cards';
import { loadViewSearch, RESERVED_PARAMS, serializeViewSearch, type ViewState } from './search-params';

/*
 * The view settings that live in the URL, read by selector: one component, ViewStateProvider,
 * subscribes to the router; each setting reaches its readers through a context of its own, so a
 * component re-renders only when a setting it reads changes (a change of spotlight does not
 * re-render a table). Each change is a history entry, so Back and Forward step through views;
 * defaults are left out; unknown parameters are dropped once the link notice has reported them,
 * reserved mock parameters are kept.
 */

type ViewKey = keyof ViewState;
export type SetView = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

const VIEW_KEYS = Object.keys(loadViewSearch('')) as ViewKey[];
const settingContexts = new Map<ViewKey, Context<unknown>>(VIEW_KEYS.map((key) => [key, createContext<unknown>(undefined)]));

type ViewStore = {
  setView: SetView;
  /** The current query string, read when needed without subscribing to it. */
  currentSearch: () => string;
  /** Runs `listener` after each change of address has been committed; returns the unsubscribe. */
  onCommitted: (listener: (search: string) => void) => () => void;
};
const StoreContext = createContext<ViewStore | null>(null);
const StateContext = createContext<ViewState | null>(null);
const PathnameContext = createContext<string>('/');

/** Same value: identical, or equal lists and records of plain values (cities, weights, kinds). */
function sameSetting(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `next`, with each setting equal to the one in `before` taken from `before`. */
function keepUnchanged(before: ViewState, next: ViewState): ViewState {
  const merged = { ...next };
  for (const key of VIEW_KEYS) if (sameSetting(before[key], next[key])) (merged as Record<ViewKey, unknown>)[key] = before[key];
  return merged;
}

/** Provides the view state to everything below it; put it inside the router. */
export function ViewStateProvider({ children }: { children: ReactNode }) {
  const [searchParams, setSearchParams] = useSearchParams();
  // The address's own query string (as typed, '?' included), which marks of drawn charts name.
  const { pathname, search } = useLocation();
  const parsed = useMemo(() => loadViewSearch(searchParams), [searchParams]);
  // Settings that did not change keep their previous value, so their readers skip the render
  // (React's "information from previous renders": the state is adjusted during render).
  const [kept, setKept] = useState(() => ({ parsed, state: parsed }));
  let state = kept.state;
  if (kept.parsed !== parsed) {
    state = keepUnchanged(kept.state, parsed);
    setKept({ parsed, state });
  }

  const latest = useRef({ search, setSearchParams });
  const listeners = useRef(new Set<(search: string) => void>());
  // Before any passive effect below runs, so a card drawing for this view reads this address.
  // On every commit, not only when the address changed: a change asked for (written ahead below)
  // that the router then did not make must not linger.
  useLayoutEffect(() => {
    latest.current = { search, setSearchParams };
  });
  // After every effect below it: the cards that did not need to redraw are drawn for this view too.
  useEffect(() => {
    for (const listener of listeners.current) listener(search);
  }, [search]);

  const setView = useCallback<SetView>((patch, { replace = false } = {}) => {
    // Built on the latest address this provider knows, including changes asked for earlier in the
    // same tick (two effects that each tidy the address), not on the one last rendered.
    const before = new URLSearchParams(latest.current.search);
    const kept = new URLSearchParams();
    for (const name of RESERVED_PARAMS) {
      const value = before.get(name);
      if (value !== null) kept.set(name, value);
    }
    const next = new URLSearchParams(serializeViewSearch(kept, { ...loadViewSearch(before), ...patch }));
    latest.current = { ...latest.current, search: `?${next.toString()}` };
    latest.current.setSearchParams(next, { replace });
  }, []);
  const store = useMemo<ViewStore>(
    () => ({
      setView,
      currentSearch: () => (latest.current.search === '?' ? '' : latest.current.search),
      onCommitted: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    // Stable: the settings, the state and the pathname travel through their own contexts.
    [setView],
  );

  let tree = (
    <StateContext value={state}>
      <PathnameContext value={pathname}>{children}</PathnameContext>
    </StateContext>
  );
  for (const key of VIEW_KEYS) {
    const SettingContext = settingContexts.get(key) as Context<unknown>;
    tree = <SettingContext value={state[key]}>{tree}</SettingContext>;
  }
  return <StoreContext value={store}>{tree}</StoreContext>;
}

function useStore(): ViewStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('View state is read outside ViewStateProvider');
  return store;
}

/** One view setting; the component re-renders only when it changes. */
export function useViewParam<K extends ViewKey>(key: K): ViewState[K] {
  useStore();
  return useContext(settingContexts.get(key) as Context<ViewState[K]>);
}

/** Changes view settings (stable across renders). `replace` for settings that change per keystroke, so Back is not flooded with them. */
export function useSetView(): SetView {
  return useStore().setView;
}

/** Every setting and the setter: for the few components that need the whole view (a copied link); the rest use useViewParam. */
export function useViewState() {
  const store = useStore();
  const state = useContext(StateContext) as ViewState;
  return [state, store.setView] as const;
}

/** The current query string, read at the moment it is needed (no re-render when it changes). */
export function useCurrentSearch(): () => string {
  return useStore().currentSearch;
}

/** Calls `listener` after every change of address is committed (the address's query string). */
export function useAfterViewCommitted(listener: (search: string) => void) {
  const { onCommitted } = useStore();
  const latestListener = useRef(listener);
  useLayoutEffect(() => {
    latestListener.current = listener;
  });
  useEffect(() => onCommitted((search) => latestListener.current(search)), [onCommitted]);
}

export function useSelectedCities() {
  const cities = useViewParam('cities');
  const setView = useSetView();
  return [cities, (next: typeof cities) => setView({ cities: next })] as const;
}

/** The card shown alone (`card=`), when it is on this section; a card of another section is ignored. */
export function useFocusedCard(): CardId | null {
  const card = useViewParam('card');
  const pathname = useContext(PathnameContext);
  return card !== null && getCard(card)?.path === pathname ? card : null;
}

/** True in presentation mode (`slide=` in the URL): charts label their marks, since viewers cannot hover. */
export function usePresenting(): boolean {
  return useViewParam('slide') !== null;
}
