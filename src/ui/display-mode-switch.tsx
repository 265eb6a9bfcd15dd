import { DISPLAY_MODES } from '../view-state/search-params';
import { useSetView, useViewParam } from '../view-state/use-view-state';

const DISPLAY_MODE_LABELS = { chart: 'Charts', table: 'Tables' } as const;

/** Every card shows its chart or the table of the same rows (key t switches). */
export function DisplayModeSwitch({ name = 'display-mode' }: { name?: string }) {
  const view = useViewParam('view');
  const setView = useSetView();
  return (
    <fieldset className="segmented">
      <legend>Show</legend>
      {DISPLAY_MODES.map((mode) => (
        <label key={mode} className="segmented__option">
          <input type="radio" name={name} value={mode} checked={view === mode} onChange={() => setView({ view: mode })} />
          <span>{DISPLAY_MODE_LABELS[mode]}</span>
        </label>
      ))}
    </fieldset>
  );
}
