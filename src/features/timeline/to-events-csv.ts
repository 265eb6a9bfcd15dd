import type { HubEvent, Metric, Source } from '../../api/schemas';
import { EVENT_KIND_LABELS } from '../../api/vocabulary';
import { SOURCE_CSV_COLUMNS, sourceCells } from '../../export/csv/observation-csv';
import type { CsvTable } from '../../export/csv/csv';

export const EVENTS_CSV_HEADER = [
  'date',
  'year',
  'place',
  'kind',
  'event',
  'description',
  'metrics',
  'status',
  'seed_id',
  ...SOURCE_CSV_COLUMNS,
  'place_id',
  'event_id',
] as const;

/**
 * The timeline's CSV: one row per event shown (the selected places and categories), by date, with
 * place, category, what happened, the metrics it bears on, its status and its sources.
 */
export function toEventsCsv(
  events: readonly HubEvent[],
  { place, metricById, sourceById }: { place: (entityId: string) => string; metricById: ReadonlyMap<string, Metric>; sourceById: ReadonlyMap<string, Source> },
): CsvTable {
  return {
    header: EVENTS_CSV_HEADER,
    rows: [...events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((event) => [
        event.date,
        Number(event.date.slice(0, 4)),
        place(event.entityId),
        EVENT_KIND_LABELS[event.kind],
        event.title,
        event.description || undefined,
        event.metricIds.map((id) => metricById.get(id)?.label ?? id).join('; ') || undefined,
        event.status,
        event.seedId,
        ...sourceCells(event.sourceIds, sourceById),
        event.entityId,
        event.id,
      ]),
  };
}
