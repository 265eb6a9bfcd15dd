import { useEffect } from 'react';
import type { CityId } from '../api/schemas';
import { CITY_IDS } from '../api/vocabulary';
import { CITY_NAMES } from '../domain/cities';
import { useSetView, useViewParam } from '../view-state/use-view-state';

/** The spotlight as a page attribute that CSS turns into dimmed and thickened series (no chart re-renders). */
export function useSpotlightAttribute() {
  const spot = useViewParam('spot');
  useEffect(() => {
    if (spot) document.documentElement.dataset.spotlight = spot;
    else delete document.documentElement.dataset.spotlight;
  }, [spot]);
}

/** The spotlight as a list, for mouse and screen-reader users (keys 1, 2, 3 and 0 do the same). */
export function SpotlightSelect() {
  const spot = useViewParam('spot');
  const setView = useSetView();
  return (
    <label className="spotlight-select">
      Spotlight
      <select value={spot ?? ''} onChange={(e) => setView({ spot: (e.target.value || null) as CityId | null }, { replace: true })}>
        <option value="">None</option>
        {CITY_IDS.map((city, index) => (
          <option key={city} value={city}>
            {CITY_NAMES[city].en} ({index + 1})
          </option>
        ))}
      </select>
    </label>
  );
}
