import { useEffect, useRef } from 'react';
import { setShortcutsEnabled } from '../ui/keyboard';
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

/** The list of single-key shortcuts, with the switch that turns them off (WCAG 2.1.4); opens as a modal when mounted. */
export function ShortcutsDialog({ enabled, onClose }: { enabled: boolean; onClose(): void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    openDialog(dialog);
    return () => closeDialog(dialog);
  }, []);
  return (
    <dialog ref={dialogRef} onClose={onClose} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
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
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
