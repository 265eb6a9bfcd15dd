import { useEffect, useSyncExternalStore } from 'react';
import { THEMES, THEME_LABELS, type Theme } from '../domain/palette';
import { usePresenting, useSetView, useViewParam } from '../view-state/use-view-state';

const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');

function useSystemTheme(): Theme {
  return useSyncExternalStore(
    (listener) => {
      const query = darkQuery();
      query?.addEventListener('change', listener);
      return () => query?.removeEventListener('change', listener);
    },
    () => (darkQuery()?.matches ? 'dark' : 'light'),
  );
}

/**
 * The theme from the URL, else the projector theme while presenting, else the system's; applied
 * to the whole page as `data-theme`. Called once by the shell, so it holds whatever is on screen.
 */
export function useThemeAttribute() {
  const theme = useViewParam('theme');
  const presenting = usePresenting();
  const system = useSystemTheme();
  const active: Theme = theme ?? (presenting ? 'contrast' : system);
  useEffect(() => {
    document.documentElement.dataset.theme = active;
  }, [active]);
}

export function ThemeSelect() {
  const theme = useViewParam('theme');
  const setView = useSetView();
  const presenting = usePresenting();
  const system = useSystemTheme();
  return (
    <label className="theme-select">
      Theme
      <select value={theme ?? 'system'} onChange={(e) => setView({ theme: e.target.value === 'system' ? null : (e.target.value as Theme) })}>
        <option value="system">{presenting ? `Default (${THEME_LABELS.contrast})` : `System (${system})`}</option>
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {THEME_LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
