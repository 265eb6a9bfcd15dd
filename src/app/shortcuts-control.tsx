import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { CityId } from '../api/schemas';
import { CITY_IDS } from '../api/vocabulary';
import { hasModifier, isInControl, useShortcutsEnabled } from '../ui/keyboard';
import { useSetView, useViewParam } from '../view-state/use-view-state';

// The list of keys loads when first asked for (the button or ?), not with the shell.
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })));

/**
 * Single-key shortcuts that never fire inside a control and can be turned off (WCAG 2.1.4), and
 * the dialog that lists them.
 */
export function ShortcutsControl() {
  const spot = useViewParam('spot');
  const view = useViewParam('view');
  const setView = useSetView();
  const enabled = useShortcutsEnabled();
  const [open, setOpen] = useState(false);

  const toggleSpot = useCallback((city: CityId) => setView({ spot: spot === city ? null : city }, { replace: true }), [spot, setView]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasModifier(event)) return;
      if (event.key === '?' && !isInControl(event.target)) {
        setOpen(true);
        return;
      }
      if (!enabled || isInControl(event.target)) return;
      const index = ['1', '2', '3'].indexOf(event.key);
      const city = CITY_IDS[index];
      if (city) toggleSpot(city);
      else if (event.key === '0') setView({ spot: null }, { replace: true });
      else if (event.key === 't') setView({ view: view === 'table' ? 'chart' : 'table' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, toggleSpot, setView, view]);

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label="Keyboard shortcuts (?)"
        title="Keyboard shortcuts (?)"
      >
        Keys ?
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ShortcutsDialog enabled={enabled} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
