import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { getCard, type CardId } from './cards';
import { loadViewSearch, RESERVED_PARAMS, serializeViewSearch, type ViewState } from './search-params';

/**
 * The latest address's view state, shared by every reader: parsed once per change of address,
 * not once per component that reads it (some sixty on a section; 6 ms of each city change).
 */
let lastParsed: { search: string; state: ViewState } | undefined;
function parsedViewState(searchParams: URLSearchParams): ViewState {
  const search = searchParams.toString();
  if (lastParsed?.search !== search) lastParsed = { search, state: loadViewSearch(searchParams) };
  return lastParsed.state;
}

/**
 * The view settings that live in the URL, read from and written to the router's search params
 * (so every router, browser or memory, sees one truth). Each change is a history entry, so Back
 * and Forward step through views; defaults are left out; unknown parameters are dropped once the
 * link notice has reported them, reserved mock parameters are kept.
 */
export function useViewState() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parsedViewState(searchParams), [searchParams]);
  const setView = useCallback(
    /** `replace` for settings that change per keystroke, so Back is not flooded with them. */
    (patch: Partial<ViewState>, { replace = false }: { replace?: boolean } = {}) => {
      setSearchParams(
        (previous) => {
          const kept = new URLSearchParams();
          for (const name of RESERVED_PARAMS) {
            const value = previous.get(name);
            if (value !== null) kept.set(name, value);
          }
          return new URLSearchParams(serializeViewSearch(kept, { ...loadViewSearch(previous), ...patch }));
        },
        { replace },
      );
    },
    [setSearchParams],
  );
  return [state, setView] as const;
}

export function useSelectedCities() {
  const [{ cities }, setView] = useViewState();
  return [cities, (next: typeof cities) => setView({ cities: next })] as const;
}

/** The card shown alone (`card=`), when it is on this section; a card of another section is ignored. */
export function useFocusedCard(): CardId | null {
  const [{ card }] = useViewState();
  const { pathname } = useLocation();
  return card !== null && getCard(card)?.path === pathname ? card : null;
}

/** True in presentation mode (`slide=` in the URL): charts label their marks, since viewers cannot hover. */
export function usePresenting(): boolean {
  const [{ slide }] = useViewState();
  return slide !== null;
}
