import type { Entity, Meta, Metric, Observation, Source } from '../../api/schemas';
import { GEO_LEVEL_LABELS } from '../../api/vocabulary';
import { isHttpUrl } from '../../ui/external-link';
import { QUALIFIER_CSV_TEXT, csvNumber, methodText } from '../../export/csv/observation-csv';
import type { CsvTable } from '../../export/csv/csv';
import { unitLabel } from '../../domain/format';

export const VALUES_CSV_HEADER = [
  'place',
  'place_zh',
  'place_id',
  'metric',
  'metric_id',
  'year',
  'period',
  'value',
  'value_high',
  'qualifier',
  'as_written',
  'unit',
  'currency',
  'geography',
  'status',
  'seed_id',
  'method',
  'conflict_id',
  'preferred',
  'source',
  'source_url',
  'note',
  'dataset_version',
  'dataset_as_of',
] as const;

type ValuesLookups = {
  entityById: ReadonlyMap<string, Entity>;
  metricById: ReadonlyMap<string, Metric>;
  sourceById: ReadonlyMap<string, Source>;
};

/**
 * The values table's rows for a spreadsheet, one per value with its provenance and the dataset
 * version, so a spreadsheet made from it can still be traced to its sources. The unit column says
 * what one unit of `value` is ("CNY bn" for money, with `currency` alone too).
 */
export function toValuesTable(rows: readonly Observation[], lookups: ValuesLookups, meta: Meta | undefined): CsvTable {
  return {
    header: VALUES_CSV_HEADER,
    rows: rows.map((o) => {
      const entity = lookups.entityById.get(o.entityId);
      const metric = lookups.metricById.get(o.metricId);
      const source = lookups.sourceById.get(o.sourceId);
      const geoLevel = o.geoLevel ?? metric?.geoLevel;
      return [
        entity?.nameEn ?? o.entityId,
        entity?.nameZh,
        o.entityId,
        metric?.label ?? o.metricId,
        o.metricId,
        o.year,
        o.period,
        csvNumber(o.value),
        csvNumber(o.valueHigh),
        o.qualifier ? QUALIFIER_CSV_TEXT[o.qualifier] : undefined,
        o.valueText,
        metric ? unitLabel(metric, metric.valueKind === 'money' ? o.currency : undefined) : undefined,
        o.currency,
        geoLevel ? GEO_LEVEL_LABELS[geoLevel] : undefined,
        o.status,
        o.seedId,
        methodText(o.method),
        o.conflictId,
        o.conflictId ? String(o.preferred === true) : undefined,
        source?.title ?? o.sourceId,
        isHttpUrl(source?.url) ? source.url : undefined,
        o.note,
        meta?.datasetVersion,
        meta?.asOf,
      ];
    }),
  };
}

/** The values table as CSV text (the card's own download button). */
export async function toValuesCsv(rows: readonly Observation[], lookups: ValuesLookups, meta: Meta | undefined): Promise<string> {
  // The CSV writer (papaparse) loads when a file is asked for, not with the Sources page.
  const { toCsv } = await import('../../export/csv/csv');
  const table = toValuesTable(rows, lookups, meta);
  return toCsv(table.header, table.rows);
}
