import { useCallback, useEffect, useRef } from 'react';
import type { CityId } from '../api/schemas';
import { CITY_IDS } from '../api/vocabulary';
import { hasModifier, isInControl, setShortcutsEnabled, useShortcutsEnabled } from '../ui/keyboard';
import { useSetView, useViewParam } from '../view-state/use-view-state';
import { SHORTCUTS } from './keymap';

// Browsers without <dialog> modals (and jsdom) get a plain open dialog instead.
function openDialog(dialog: HTMLDialogElement | null) {
  if (!dialog) return;
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function closeDialog(dialog: HTMLDialogElement | null) {
  if (!dialog) return;
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

/**
 * Single-key shortcuts that never fire inside a control and can be turned off (WCAG 2.1.4), and
 * the dialog that lists them.
 */
export function ShortcutsControl() {
  const spot = useViewParam('spot');
  const view = useViewParam('view');
  const setView = useSetView();
  const enabled = useShortcutsEnabled();
  const dialogRef = useRef<HTMLDialogElement>(null);

  const toggleSpot = useCallback((city: CityId) => setView({ spot: spot === city ? null : city }, { replace: true }), [spot, setView]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasModifier(event)) return;
      if (event.key === '?' && !isInControl(event.target)) {
        openDialog(dialogRef.current);
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
        onClick={() => openDialog(dialogRef.current)}
        aria-haspopup="dialog"
        aria-label="Keyboard shortcuts (?)"
        title="Keyboard shortcuts (?)"
      >
        Keys ?
      </button>
      <dialog ref={dialogRef} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>Keys never act while you type in a field or use a list or slider.</p>
        <label className="shortcuts-toggle">
          <input type="checkbox" checked={enabled} onChange={(e) => setShortcutsEnabled(e.target.checked)} />
          Single-key shortcuts on
        </label>
        <p>Off, the keys 1, 2, 3, 0, t and p do nothing; slide keys still work while presenting.</p>
        <button type="button" className="button" onClick={() => closeDialog(dialogRef.current)}>
          Close
        </button>
      </dialog>
    </>
  );
}
