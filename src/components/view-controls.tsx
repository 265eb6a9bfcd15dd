import { CURRENCIES, type Currency } from '../api/schemas';
import { NORMALISATIONS, NORMALISATION_LABELS, type Normalisation } from '../domain/normalise';
import { YEAR_LIMITS } from '../view-state/search-params';
import { useViewState } from '../view-state/use-view-state';
import { ThemeSelect } from './theme-select';

const YEARS = Array.from({ length: YEAR_LIMITS.max - YEAR_LIMITS.min + 1 }, (_, i) => YEAR_LIMITS.min + i);

/** Year range, normalisation and currency: shared by every section, kept in the URL. */
export function ViewControls() {
  const [{ from, to, norm, cur }, setView] = useViewState();
  return (
    <div className="view-controls">
      <label>
        From
        <select value={from} onChange={(e) => setView({ from: Number(e.target.value), to: Math.max(to, Number(e.target.value)) })}>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        To
        <select value={to} onChange={(e) => setView({ to: Number(e.target.value), from: Math.min(from, Number(e.target.value)) })}>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        Values
        <select value={norm} onChange={(e) => setView({ norm: e.target.value as Normalisation })}>
          {NORMALISATIONS.map((n) => (
            <option key={n} value={n}>
              {NORMALISATION_LABELS[n]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Currency
        <select value={cur} onChange={(e) => setView({ cur: e.target.value as Currency })}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <ThemeSelect />
    </div>
  );
}
