import type { CityId, Entity, Metric, Source } from '../../api/schemas';
import { observationCsv, type ObservationCsvRow } from '../../export/csv/observation-csv';
import { NOT_COMPARED_NOTE } from '../../domain/comparison';
import type { CsvTable } from '../../export/csv/csv';
import type { Normalisation } from '../../domain/normalise';
import { seriesDerivation } from '../../panels/to-trend-csv';
import { verdictText, type ComparisonRow } from './to-latest-comparison';

export type LatestCsvLookups = {
  entityById: ReadonlyMap<string, Entity>;
  metricById: ReadonlyMap<string, Metric>;
  sourceById: ReadonlyMap<string, Source>;
  cityName: (city: CityId) => string;
};

/**
 * The talent race's CSV: for each measure, each selected city's latest value as the card shows it
 * (normalised where the URL asks), with who leads; a city without a figure is an empty value, and a
 * measure that cannot be shown is one row saying why.
 */
export function toLatestComparisonCsv(
  rows: readonly ComparisonRow[],
  cities: readonly CityId[],
  norm: Normalisation,
  lookups: LatestCsvLookups,
  rowNotes: Readonly<Record<string, string>> = {},
): CsvTable {
  const metricById = new Map(lookups.metricById);
  // The shown unit of a normalised measure is the normalised one.
  for (const row of rows) if (row.ok) metricById.set(row.metricId, row.metric);
  const csvRows = rows.flatMap((row): ObservationCsvRow[] => {
    if (!row.ok) return [{ observation: undefined, entityId: '', metricId: row.metricId, metricLabel: row.label, note: row.reason, extra: [undefined] }];
    const verdict = verdictText(row.verdict, lookups.cityName);
    // Without a common year each city's latest value is written, said not to be compared.
    const compared = Object.keys(row.cells).length > 0;
    return cities.map((city) => {
      const observation = compared ? row.cells[city] : row.latest[city];
      const missing = observation ? undefined : 'No figure in the selected years.';
      const uncompared = observation && !compared ? NOT_COMPARED_NOTE : undefined;
      return {
        observation,
        entityId: city,
        metricId: row.metricId,
        note: [missing, uncompared, rowNotes[row.metricId]].filter(Boolean).join(' ') || undefined,
        extra: [verdict],
      };
    });
  });
  return observationCsv(csvRows, {
    entityById: lookups.entityById,
    metricById,
    sourceById: lookups.sourceById,
    derivation: () => seriesDerivation(norm, undefined, { kind: 'none' }) || undefined,
    extraColumns: ['who_leads'],
  });
}
