import { useEffect, useSyncExternalStore } from 'react';
import { THEMES, THEME_LABELS, type Theme } from '../domain/palette';
import { useViewState } from '../view-state/use-view-state';

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

/** The theme from the URL, else the system's; applied to the whole page as `data-theme`. */
export function ThemeSelect() {
  const [{ theme }, setView] = useViewState();
  const system = useSystemTheme();
  const active = theme ?? system;
  useEffect(() => {
    document.documentElement.dataset.theme = active;
  }, [active]);
  return (
    <label className="theme-select">
      Theme
      <select value={theme ?? 'system'} onChange={(e) => setView({ theme: e.target.value === 'system' ? null : (e.target.value as Theme) })}>
        <option value="system">System ({system})</option>
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {THEME_LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
