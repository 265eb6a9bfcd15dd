import type { Entity, Meta, Metric, Observation, Source } from '../../api/schemas';
import { ESTIMATE_METHOD_LABELS } from '../../api/schemas';
import { toCsv } from '../../domain/csv';

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

/**
 * The values table as CSV, one row per value with its provenance and the dataset version, so a
 * spreadsheet made from it can still be traced to its sources.
 */
export function toValuesCsv(
  rows: readonly Observation[],
  lookups: {
    entityById: ReadonlyMap<string, Entity>;
    metricById: ReadonlyMap<string, Metric>;
    sourceById: ReadonlyMap<string, Source>;
  },
  meta: Meta | undefined,
): string {
  return toCsv(
    VALUES_CSV_HEADER,
    rows.map((o) => {
      const entity = lookups.entityById.get(o.entityId);
      const metric = lookups.metricById.get(o.metricId);
      const source = lookups.sourceById.get(o.sourceId);
      return [
        entity?.nameEn ?? o.entityId,
        entity?.nameZh,
        o.entityId,
        metric?.label ?? o.metricId,
        o.metricId,
        o.year,
        o.period,
        o.value,
        o.valueHigh,
        o.qualifier,
        o.valueText,
        metric?.valueKind === 'money' ? metric.moneyScale : metric?.unit,
        o.currency,
        o.geoLevel ?? metric?.geoLevel,
        o.status,
        o.seedId,
        o.method ? `${ESTIMATE_METHOD_LABELS[o.method.kind]}: ${o.method.detail}` : undefined,
        o.conflictId,
        o.conflictId ? String(o.preferred === true) : undefined,
        source?.title ?? o.sourceId,
        source?.url,
        o.note,
        meta?.datasetVersion,
        meta?.asOf,
      ];
    }),
  );
}
