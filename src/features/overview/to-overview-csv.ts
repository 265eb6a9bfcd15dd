import { comparisonYearText, NOT_COMPARED_NOTE, type Comparison } from '../../domain/comparison';
import { NATIONAL_ENTITY_ID, type YardstickRow } from '../../domain/yardstick';
import type { CityId, Currency, Entity, Metric, MetricCategory, Observation, Source, Status } from '../../api/schemas';
import { METRIC_CATEGORIES, METRIC_CATEGORY_LABELS, STATUSES } from '../../api/vocabulary';
import { FIGURE_CSV_COLUMNS, NO_SOURCE_CELLS, SOURCE_CSV_COLUMNS, csvNumber, figureCsvCells, observationCsv, sourceCells, yearCell, type ObservationCsvRow } from '../../export/csv/observation-csv';
import { CITY_NAMES } from '../../domain/cities';
import type { CompositeIndex } from '../../domain/composite';
import type { CsvTable } from '../../export/csv/csv';
import { distinct, isWholeCityYear, pickPreferred } from '../../domain/series';
import { weakestStatus } from '../../domain/status';

export type OverviewCsvLookups = {
  entityById: ReadonlyMap<string, Entity>;
  metricById: ReadonlyMap<string, Metric>;
  sourceById: ReadonlyMap<string, Source>;
  /** The currency money is shown in (the URL's). */
  currency: Currency;
  /** How a shown value was made from the stored one (the conversion rate), by observation. */
  derivation: (observation: Observation) => string | undefined;
};

const observationOptions = (lookups: OverviewCsvLookups, extraColumns?: readonly string[]) => ({
  entityById: lookups.entityById,
  metricById: lookups.metricById,
  sourceById: lookups.sourceById,
  currency: lookups.currency,
  derivation: lookups.derivation,
  extraColumns,
});

export type HeadlineCell = {
  metric: Metric;
  byCity: Readonly<Record<string, Observation | undefined>>;
  /** "2024 for all three", or why the cities are not compared. */
  yearText: string;
  compared: boolean;
};

/**
 * The headline card: each headline metric per city, at the year it is compared at (named in
 * `compared_at`); a value shown without a common year says it is not compared; a city without one
 * is an empty value.
 */
export function toHeadlineCsv(cells: readonly HeadlineCell[], cities: readonly CityId[], lookups: OverviewCsvLookups): CsvTable {
  const rows: ObservationCsvRow[] = cells.flatMap((cell) =>
    cities.map((city) => {
      const observation = cell.byCity[city];
      const note = !observation ? 'No figure in these years.' : cell.compared ? undefined : NOT_COMPARED_NOTE;
      return { observation, entityId: city, metricId: cell.metric.id, note, extra: [cell.yearText] };
    }),
  );
  return observationCsv(rows, observationOptions(lookups, ['compared_at']));
}

const SCORECARD_COLUMNS = ['category', 'compared_year', 'rank', 'gap_to_leader', 'relative_gap_pct', 'off_year'] as const;

/**
 * The scorecard: for each comparable metric, a row per city with its value, rank and gap to the
 * leader (in the metric's unit, and in percent); a metric that cannot be compared is one row saying why.
 */
export function toScorecardCsv(scorecard: readonly Comparison[], lookups: OverviewCsvLookups): CsvTable {
  const ordered = [...scorecard.filter((r) => r.comparable), ...scorecard.filter((r) => !r.comparable)];
  const rows: ObservationCsvRow[] = ordered.flatMap((row): ObservationCsvRow[] => {
    const category = METRIC_CATEGORY_LABELS[row.metric.category];
    if (!row.comparable) {
      return [{ observation: undefined, entityId: '', metricId: row.metric.id, note: row.reason, extra: [category, undefined, undefined, undefined, undefined, undefined] }];
    }
    return row.cells.map((cell) => ({
      observation: cell.observation,
      entityId: cell.city,
      metricId: row.metric.id,
      note: [cell.observation ? undefined : 'No value.', row.reason].filter(Boolean).join(' ') || undefined,
      extra: [
        category,
        row.year,
        cell.rank,
        csvNumber(cell.gapToLeader),
        csvNumber(cell.relativeGap === undefined ? undefined : cell.relativeGap * 100),
        cell.observation ? String(cell.offYear) : undefined,
      ],
    }));
  });
  return observationCsv(rows, observationOptions(lookups, SCORECARD_COLUMNS));
}

/** The values the composite index of one city and category (or every category) stands on. */
function compositeInputs(scorecard: readonly Comparison[], metricIds: ReadonlySet<string>, city: CityId): Observation[] {
  return scorecard
    .filter((r) => r.comparable && metricIds.has(r.metric.id))
    .flatMap((r) => {
      const observation = r.cells.find((c) => c.city === city)?.observation;
      return observation ? [observation] : [];
    });
}

export const COMPOSITE_UNIT = 'index, 0–100 (the leader on each metric = 100)';

/**
 * The composite index: a row per index (overall, then each category) and city, with its score,
 * coverage and weight; status is the weakest of the values it stands on, and their sources are named.
 */
export function toCompositeCsv(
  composite: CompositeIndex | undefined,
  scorecard: readonly Comparison[],
  cities: readonly CityId[],
  weights: Readonly<Record<MetricCategory, number>>,
  lookups: Pick<OverviewCsvLookups, 'metricById' | 'sourceById'>,
): CsvTable {
  const header = ['index', 'place', 'place_zh', ...FIGURE_CSV_COLUMNS, 'metrics_covered', 'metrics_of', 'weight', 'metrics'];
  if (!composite) return { header, rows: [] };
  const indices = [
    {
      label: 'Overall',
      weight: undefined as number | undefined,
      metricIds: new Set(composite.categories.filter((c) => weights[c.category] > 0).flatMap((c) => c.metricIds)),
      byCity: composite.overall as Record<CityId, { score: number | undefined; covered: number; of: number }>,
    },
    ...METRIC_CATEGORIES.flatMap((category) => {
      const index = composite.categories.find((c) => c.category === category);
      return index ? [{ label: METRIC_CATEGORY_LABELS[category], weight: weights[category] as number | undefined, metricIds: new Set(index.metricIds), byCity: index.byCity }] : [];
    }),
  ];
  const rows = indices.flatMap((index) =>
    cities.map((city) => {
      const cell = index.byCity[city];
      const inputs = compositeInputs(scorecard, index.metricIds, city);
      const score = cell?.score;
      return [
        index.label,
        CITY_NAMES[city].en,
        CITY_NAMES[city].zh,
        ...figureCsvCells(
          {
            year: yearCell(scorecard.filter((r) => r.comparable && index.metricIds.has(r.metric.id)).flatMap((r) => (r.year ? [r.year] : []))),
            value: score === undefined ? undefined : Math.round(score * 10) / 10,
            unit: COMPOSITE_UNIT,
            status: inputs.length > 0 ? weakestStatus(...inputs.map((o) => o.status)) : undefined,
            method: 'Mean of the city’s values relative to the leader on each comparable metric (direction-aware); overall: the weighted mean of the category indices.',
            note: score === undefined ? 'No score: no comparable value for this city.' : undefined,
            sourceIds: inputs.map((o) => o.sourceId),
          },
          lookups.sourceById,
        ),
        cell?.covered,
        cell?.of,
        index.weight,
        distinct(inputs.map((o) => lookups.metricById.get(o.metricId)?.label ?? o.metricId)).join('; ') || undefined,
      ];
    }),
  );
  return { header, rows };
}


/**
 * The metrics a sentence is about: every scorecard metric whose label it contains, longest label
 * first so "Real GDP growth" is not also read as "GDP".
 */
export function metricsNamedIn(sentence: string, scorecard: readonly Comparison[]): Metric[] {
  let rest = sentence;
  const named: Metric[] = [];
  for (const row of [...scorecard].sort((a, b) => b.metric.label.length - a.metric.label.length)) {
    if (!rest.includes(row.metric.label)) continue;
    named.push(row.metric);
    rest = rest.split(row.metric.label).join(' ');
  }
  return named;
}

/**
 * The insight sentences, each with the values behind it: for a sentence naming metrics, the values
 * the scorecard compares for them, plus their values in any other year the sentence names; for one
 * naming none (the composite index), every compared value. Their statuses and sources are listed.
 */
export function toInsightsCsv(
  insights: readonly string[],
  scorecard: readonly Comparison[],
  observations: readonly Observation[],
  cities: readonly CityId[],
  sourceById: ReadonlyMap<string, Source>,
): CsvTable {
  const compared = scorecard.filter((r) => r.comparable).flatMap((r) => r.cells.flatMap((c) => (c.observation ? [c.observation] : [])));
  const cityValues = pickPreferred(observations.filter((o) => (cities as readonly string[]).includes(o.entityId) && isWholeCityYear(o)));
  const rows = insights.map((sentence) => {
    const metrics = metricsNamedIn(sentence, scorecard);
    const years = new Set((sentence.match(/\b(?:19|20)\d{2}\b/g) ?? []).map(Number));
    const behind =
      metrics.length === 0
        ? compared
        : metrics.flatMap((metric) => {
            const row = scorecard.find((r) => r.metric.id === metric.id);
            if (!row?.comparable) return [];
            // The values compared, plus those of any other year the sentence names (a change of leader since then).
            const cells = row.cells.flatMap((c) => (c.observation ? [c.observation] : []));
            const cellYears = new Set(cells.map((o) => o.year));
            return [...cells, ...cityValues.filter((o) => o.metricId === metric.id && years.has(o.year) && !cellYears.has(o.year))];
          });
    const statuses: Status[] = STATUSES.filter((s) => behind.some((o) => o.status === s));
    const sources = behind.length > 0 ? sourceCells(behind.map((o) => o.sourceId), sourceById) : NO_SOURCE_CELLS;
    return [
      sentence,
      metrics.map((m) => m.label).join('; ') || (behind.length > 0 ? 'Every compared metric (composite index)' : undefined),
      yearCell(behind.map((o) => o.year)),
      statuses.join('; ') || undefined,
      behind.length,
      ...sources,
    ];
  });
  return { header: ['finding', 'metrics', 'year', 'status', 'values_behind', ...SOURCE_CSV_COLUMNS], rows };
}

/**
 * China as the yardstick: per measure, a row per city at the compared year and a row for China's
 * national figure of that year; counts are per million residents, as the card shows them.
 */
export function toYardstickCsv(rows: readonly YardstickRow[], cities: readonly CityId[], lookups: OverviewCsvLookups): CsvTable {
  const metricById = new Map(lookups.metricById);
  for (const row of rows) metricById.set(row.metric.id, row.metric);
  const csvRows = rows.flatMap((row): ObservationCsvRow[] => [
    ...cities.map((city) => {
      const cell = row.comparison.cells.find((c) => c.city === city);
      return {
        observation: cell?.observation,
        entityId: city,
        metricId: row.metric.id,
        note: cell?.observation ? undefined : (row.comparison.reason ?? 'No value.'),
        extra: [comparisonYearText(row.comparison), cell?.rank, 'city'],
      };
    }),
    {
      observation: row.china,
      entityId: NATIONAL_ENTITY_ID,
      metricId: row.metric.id,
      note: row.chinaMissing,
      extra: [comparisonYearText(row.comparison), undefined, 'national yardstick'],
    },
  ]);
  return observationCsv(csvRows, { ...observationOptions(lookups, ['compared_at', 'rank', 'role']), metricById });
}
