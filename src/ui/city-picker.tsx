import { useId } from 'react';
import type { CityId } from '../api/schemas';
import { CITY_IDS } from '../api/vocabulary';
import { CITY_NAMES } from '../domain/cities';
import { CITY_COLOURS } from '../domain/palette';

export type CityPickerProps = {
  selected: readonly CityId[];
  onChange: (next: CityId[]) => void;
};

/** Any of the three cities; the last one selected cannot be switched off. */
export function CityPicker({ selected, onChange }: CityPickerProps) {
  const hintId = useId();
  return (
    <fieldset className="city-picker">
      <legend>Cities</legend>
      <span id={hintId} className="visually-hidden">
        At least one city stays selected.
      </span>
      {CITY_IDS.map((id) => {
        const checked = selected.includes(id);
        const isLast = checked && selected.length === 1;
        return (
          <label key={id} className="city-picker__option" title={isLast ? 'At least one city stays selected' : undefined}>
            <input
              type="checkbox"
              checked={checked}
              aria-disabled={isLast}
              aria-describedby={isLast ? hintId : undefined}
              onChange={() => {
                if (isLast) return;
                onChange(checked ? selected.filter((c) => c !== id) : CITY_IDS.filter((c) => c === id || selected.includes(c)));
              }}
            />
            <span className="city-swatch" style={{ backgroundColor: CITY_COLOURS[id] }} aria-hidden="true" />
            <span>
              {CITY_NAMES[id].en} <span lang="zh-Hans">{CITY_NAMES[id].zh}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
