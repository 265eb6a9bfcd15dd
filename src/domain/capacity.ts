import type { CityId, Fab, FabStatus, Figure, Qualifier, Status } from '../api/schemas';
import { CITY_IDS, FAB_STATUSES } from '../api/vocabulary';
import { formatNumber } from './format';
import { weakestStatus } from './status';

export type WaferSizeMm = NonNullable<Fab['waferSizeMm']>;

/**
 * Wafer area relative to a 300 mm wafer, (d / 300)², rounded to three places as the issue states
 * it (×0.444 for 200 mm), so anyone in a meeting can redo a conversion by hand.
 */
export const AREA_FACTOR_TO_300MM: Record<WaferSizeMm, number> = { 300: 1, 200: 0.444, 150: 0.25 };

type Summable = Pick<Figure, 'value' | 'valueHigh' | 'qualifier' | 'status'>;

export type FigureSum = { value: number; valueHigh?: number; qualifier?: Qualifier; status: Status };

/**
 * The sum of several figures: a range when any input is a range (low ends and high ends summed),
 * "at least" when every qualified input is a lower bound, otherwise "about" when any input is
 * qualified; the status is the weakest of the inputs. Undefined for no input (a gap, not a zero).
 */
export function sumFigures(figures: readonly Summable[]): FigureSum | undefined {
  if (figures.length === 0) return undefined;
  const value = figures.reduce((total, f) => total + f.value, 0);
  const status = weakestStatus(...figures.map((f) => f.status));
  const qualifiers = figures.map((f) => f.qualifier).filter((q): q is Qualifier => q !== undefined);
  if (figures.some((f) => f.valueHigh !== undefined)) {
    const valueHigh = figures.reduce((total, f) => total + (f.valueHigh ?? f.value), 0);
    return { value, valueHigh, qualifier: 'range', status };
  }
  if (qualifiers.length === 0) return { value, status };
  return { value, qualifier: qualifiers.every((q) => q === 'atLeast') ? 'atLeast' : 'approx', status };
}

/**
 * A plant's wafer capacity in 300 mm-equivalent wafers per month. A 300 mm figure is returned as
 * it is; a 200 mm or 150 mm figure is converted by wafer area, keeps its own status (the factor is
 * geometry, not a guess) and says how it was derived. Undefined when the wafer size is unknown.
 */
export function to300mmEquivalent(capacity: Figure, waferSizeMm: WaferSizeMm | undefined): Figure | undefined {
  if (waferSizeMm === undefined) return undefined;
  if (waferSizeMm === 300) return capacity;
  const factor = AREA_FACTOR_TO_300MM[waferSizeMm];
  const stated = `${formatNumber(capacity.value, 0)}${capacity.valueHigh !== undefined ? `–${formatNumber(capacity.valueHigh, 0)}` : ''}`;
  const detail = `${stated} ${waferSizeMm} mm wafers a month converted to 300 mm-equivalent by wafer area (×${factor}).`;
  return {
    ...capacity,
    value: capacity.value * factor,
    ...(capacity.valueHigh !== undefined ? { valueHigh: capacity.valueHigh * factor } : {}),
    valueText: undefined,
    // The factor is exact geometry, so the converted figure is as strong as the stated one.
    status: capacity.status,
    method: { kind: 'derived', detail: capacity.method ? `${detail} Before conversion: ${capacity.method.detail}` : detail },
  };
}

export type CapacityContribution = { fab: Fab; stated: Figure; equivalent: Figure };

export type CapacityTotal = FigureSum & {
  cityId: CityId;
  fabStatus: FabStatus;
  years: number[];
  contributions: CapacityContribution[];
};

export type FrontEndCapacity = {
  /** One total per city and plant status that has at least one stated capacity, in display order. */
  totals: CapacityTotal[];
  /** Front-end fabs of the selected cities with no usable capacity (none stated, or no wafer size). */
  withoutCapacity: Fab[];
  /** Assembly/test and materials plants of the selected cities: never summed into wafer capacity. */
  notFrontEnd: Fab[];
  /** Selected cities with no front-end fab at all (a true zero, unlike a missing figure). */
  citiesWithoutFrontEnd: CityId[];
};

/**
 * Front-end capacity by city and plant status, in 300 mm-equivalent wafers a month. Only
 * front-end fabs count; assembly/test and materials plants are returned apart. A total keeps
 * the weakest status of its plants and lists them, so each bar can be defended plant by plant.
 */
export function frontEndCapacity(fabs: readonly Fab[], cities: readonly CityId[]): FrontEndCapacity {
  const selected = fabs.filter((f) => cities.includes(f.cityId));
  const frontEnd = selected.filter((f) => f.facilityType === 'frontEnd');
  const contributions: CapacityContribution[] = [];
  const withoutCapacity: Fab[] = [];
  for (const fab of frontEnd) {
    const equivalent = fab.capacityWpm ? to300mmEquivalent(fab.capacityWpm, fab.waferSizeMm) : undefined;
    if (fab.capacityWpm && equivalent) contributions.push({ fab, stated: fab.capacityWpm, equivalent });
    else withoutCapacity.push(fab);
  }
  const totals: CapacityTotal[] = [];
  for (const fabStatus of FAB_STATUSES) {
    for (const cityId of CITY_IDS.filter((c) => cities.includes(c))) {
      const matching = contributions.filter((c) => c.fab.cityId === cityId && c.fab.status === fabStatus);
      const sum = sumFigures(matching.map((c) => c.equivalent));
      if (!sum) continue;
      const years = [...new Set(matching.map((c) => c.stated.year))].sort((a, b) => a - b);
      totals.push({ ...sum, cityId, fabStatus, years, contributions: matching });
    }
  }
  return {
    totals,
    withoutCapacity,
    notFrontEnd: selected.filter((f) => f.facilityType !== 'frontEnd'),
    citiesWithoutFrontEnd: CITY_IDS.filter((c) => cities.includes(c) && !frontEnd.some((f) => f.cityId === c)),
  };
}
