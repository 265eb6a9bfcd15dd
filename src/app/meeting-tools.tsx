import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMeta } from '../api/resources';
import { CITY_IDS, type CityId } from '../api/schemas';
import { CITY_NAMES } from '../domain/cities';
import { RESERVED_PARAMS, serializeViewSearch } from '../view-state/search-params';
import { hasModifier, isInControl, setShortcutsEnabled, useShortcutsEnabled } from '../ui/keyboard';
import { useSetView, useViewParam, useViewState } from '../view-state/use-view-state';

export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: '1, 2, 3', action: `Spotlight ${CITY_IDS.map((c) => CITY_NAMES[c].en).join(', ')} on every chart (again to clear)` },
  { keys: '0', action: 'Clear the spotlight' },
  { keys: 't', action: 'Switch every card between chart and table' },
  { keys: 'p', action: 'Present the deck from its first slide' },
  { keys: '→ ↓ Page Down Space', action: 'In presentation mode: next slide' },
  { keys: '← ↑ Page Up Shift+Space', action: 'In presentation mode: previous slide' },
  { keys: 'Home, End', action: 'In presentation mode: first or last slide' },
  { keys: 'Esc', action: 'Leave presentation mode (and full screen)' },
  { keys: '?', action: 'Show this list of shortcuts' },
];

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

/**
 * "Copy link": the address of this view with its year range written out and the dataset version,
 * so the link never silently follows newer data; mock-only parameters are dropped. "Reset view"
 * returns to the defaults.
 */
export function LinkTools() {
  const [state] = useViewState();
  const meta = useMeta();
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState('');

  const copy = async () => {
    const params = new URLSearchParams(serializeViewSearch({ ...state, v: null }));
    params.set('from', String(state.from));
    params.set('to', String(state.to));
    if (meta.data) params.set('v', meta.data.datasetVersion);
    // A slide number means nothing without its deck: a presentation link carries the deck too.
    if (state.slide !== null) {
      const [{ encodeDeckParam }, { getDeckSnapshot }] = await Promise.all([
        import('../features/presentation/model/deck-link'),
        import('../features/presentation/model/deck-store'),
      ]);
      params.set('deck', encodeDeckParam(getDeckSnapshot().deck));
    }
    const url = `${window.location.origin}${location.pathname}?${params.toString()}`;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied.');
    } catch {
      setMessage(`Copy this link: ${url}`);
    }
  };

  const reset = () => {
    const kept = new URLSearchParams();
    const current = new URLSearchParams(location.search);
    for (const name of RESERVED_PARAMS) {
      const value = current.get(name);
      if (value !== null) kept.set(name, value);
    }
    const search = kept.toString();
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '' });
    setMessage('View reset to the defaults.');
  };

  return (
    <div className="link-tools">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <button type="button" className="button button--quiet" onClick={reset}>
        Reset view
      </button>
      <span role="status" className="link-tools__message">
        {message}
      </span>
    </div>
  );
}

/** When the API says its data are not the real dataset (synthetic benchmark rows), every page says so. */
export function DataNotice() {
  const meta = useMeta();
  if (!meta.data?.dataNotice) return null;
  return (
    <div className="banner banner--error banner--pinned" role="alert" aria-label="Not real data">
      <p>
        <strong>{meta.data.dataNotice}</strong>
      </p>
    </div>
  );
}

/** A link made with another dataset version opens with a notice saying so. */
export function VersionNotice() {
  const v = useViewParam('v');
  const meta = useMeta();
  const [dismissed, setDismissed] = useState(false);
  if (!v || !meta.data || v === meta.data.datasetVersion || dismissed) return null;
  return (
    <div className="notice" role="status" aria-label="Dataset version">
      <p>
        This link was made with dataset <strong>{v}</strong>; you are seeing dataset <strong>{meta.data.datasetVersion}</strong> (as of{' '}
        {meta.data.asOf}). Figures may differ from what the link’s author saw.
      </p>
      <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
