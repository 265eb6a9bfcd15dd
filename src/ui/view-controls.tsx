import type { Currency } from '../api/schemas';
import { CURRENCIES } from '../api/vocabulary';
import { COMPARE_MODES, COMPARE_MODE_LABELS, type CompareMode } from '../domain/compare-modes';
import { NORMALISATIONS, NORMALISATION_LABELS, type Normalisation } from '../domain/normalisations';
import { YEAR_LIMITS } from '../view-state/search-params';
import { useSetView, useViewParam } from '../view-state/use-view-state';
import { ThemeSelect } from './theme-select';

const YEARS = Array.from({ length: YEAR_LIMITS.max - YEAR_LIMITS.min + 1 }, (_, i) => YEAR_LIMITS.min + i);

type LabelledSelectProps<T extends string | number> = {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel?: (option: T) => string;
  onChange: (value: T) => void;
};

/** A labelled list whose options are the values themselves (years, currencies, modes). */
function LabelledSelect<T extends string | number>({ label, value, options, optionLabel = String, onChange }: LabelledSelectProps<T>) {
  return (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => {
          const chosen = options.find((option) => String(option) === e.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Year range, normalisation, currency and the comparison year rule: shared by every section, kept in the URL. */
export function ViewControls() {
  const from = useViewParam('from');
  const to = useViewParam('to');
  const norm = useViewParam('norm');
  const cur = useViewParam('cur');
  const compare = useViewParam('compare');
  const setView = useSetView();
  return (
    <div className="view-controls">
      {/* Moving one end past the other drags it along, so the range never runs backwards. */}
      <LabelledSelect label="From" value={from} options={YEARS} onChange={(year) => setView({ from: year, to: Math.max(to, year) })} />
      <LabelledSelect label="To" value={to} options={YEARS} onChange={(year) => setView({ to: year, from: Math.min(from, year) })} />
      <LabelledSelect<Normalisation>
        label="Values"
        value={norm}
        options={NORMALISATIONS}
        optionLabel={(n) => NORMALISATION_LABELS[n]}
        onChange={(n) => setView({ norm: n })}
      />
      <LabelledSelect<Currency> label="Currency" value={cur} options={CURRENCIES} onChange={(c) => setView({ cur: c })} />
      <LabelledSelect<CompareMode>
        label="Compare at"
        value={compare}
        options={COMPARE_MODES}
        optionLabel={(m) => COMPARE_MODE_LABELS[m]}
        onChange={(m) => setView({ compare: m })}
      />
      <ThemeSelect />
    </div>
  );
}
