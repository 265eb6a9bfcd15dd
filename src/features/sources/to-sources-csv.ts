import type { CityId, Entity, HubEvent, Metric, Observation, Source } from '../../api/schemas';
import { SOURCE_KIND_LABELS, STATUSES } from '../../api/vocabulary';
import type { CityCountRow } from '../../charts/city-count-chart';
import { isHttpUrl } from '../../ui/external-link';
import { observationCsv, SOURCE_CSV_COLUMNS, sourceCells } from '../../export/csv/observation-csv';
import { CITY_NAMES, entityLabel } from '../../domain/cities';
import type { CsvTable } from '../../export/csv/csv';
import { compareText } from '../../domain/format';

/**
 * What the figures are made of, one row per status and city: how many values the dataset holds,
 * over which years, in which dataset version (the counts' only source).
 */
export function toStatusCountsCsv(
  rows: readonly CityCountRow[],
  cities: readonly CityId[],
  { years, datasetVersion }: { years: string; datasetVersion: string | undefined },
): CsvTable {
  return {
    header: ['status', 'place', 'place_zh', 'value', 'unit', 'year', 'source'],
    rows: rows.flatMap((row) =>
      cities.map((city) => [
        STATUSES.find((s) => s === row.key) ?? row.label,
        CITY_NAMES[city].en,
        CITY_NAMES[city].zh,
        row.counts[city],
        'values',
        years || undefined,
        datasetVersion ? `Hubscope dataset ${datasetVersion}` : 'Hubscope dataset',
      ]),
    ),
  };
}

/** Where sources disagree: every figure of every disagreement, the preferred one first, with the reason in `note`. */
export function toConflictsCsv(
  groups: readonly (readonly Observation[])[],
  lookups: { entityById: ReadonlyMap<string, Entity>; metricById: ReadonlyMap<string, Metric>; sourceById: ReadonlyMap<string, Source> },
): CsvTable {
  return observationCsv(groups.flat(), lookups);
}

/** Series breaks, one row per break: from when, where, what changed, the metrics it affects, status and sources. */
export function toSeriesBreaksCsv(
  breaks: readonly HubEvent[],
  lookups: { entityById: ReadonlyMap<string, Entity>; metricById: ReadonlyMap<string, Metric>; sourceById: ReadonlyMap<string, Source> },
): CsvTable {
  return {
    header: ['date', 'year', 'place', 'change', 'metrics_affected', 'status', 'seed_id', ...SOURCE_CSV_COLUMNS, 'place_id'],
    rows: [...breaks]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((event) => [
        event.date,
        Number(event.date.slice(0, 4)),
        entityLabel(event.entityId, lookups.entityById),
        `${event.title}. ${event.description}`.trim(),
        event.metricIds.map((id) => lookups.metricById.get(id)?.label ?? id).join('; ') || undefined,
        event.status,
        event.seedId,
        ...sourceCells(event.sourceIds, lookups.sourceById),
        event.entityId,
      ]),
  };
}

/** Every source, by title as the list sorts it: publisher, year, kind and an address where it is public (http(s) only). */
export function toSourceListCsv(sources: readonly Source[]): CsvTable {
  return {
    header: ['source', 'short_title', 'source_publisher', 'source_year', 'kind', 'source_url', 'accessed', 'held_at', 'note', 'source_id'],
    rows: [...sources]
      .sort((a, b) => compareText(a.title, b.title))
      .map((s) => [s.title, s.shortTitle, s.publisher || undefined, s.year ?? undefined, SOURCE_KIND_LABELS[s.kind], isHttpUrl(s.url) ? s.url : undefined, s.accessed, s.heldAt, s.note, s.id]),
  };
}
