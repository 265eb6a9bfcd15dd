import type { Currency, Entity, EstimateMethod, Metric, Observation, Qualifier, Source, Status } from '../../api/schemas';
import { ESTIMATE_METHOD_LABELS, GEO_LEVEL_LABELS, SOURCE_KIND_LABELS } from '../../api/vocabulary';
import type { CsvCell, CsvTable } from './csv';
import { formatYearSpan, unitLabel } from '../../domain/format';
import { isHttpUrl } from '../../ui/external-link';

/*
 * Every card's CSV follows one vocabulary, so a spreadsheet made from several cards lines up:
 * the columns that say what a row is (place, metric, plant...), then one figure's columns in
 * FIGURE_CSV_COLUMNS order (year, value, qualifier, unit, status, source...). Values are numbers,
 * missing values empty cells (never 0), statuses the dataset's codes (reported, seed, estimate),
 * and only http(s) source addresses are written.
 */

/** How a qualifier reads in a spreadsheet cell. */
export const QUALIFIER_CSV_TEXT: Record<Qualifier, string> = {
  approx: 'approx',
  atLeast: 'at least',
  upTo: 'up to',
  range: 'range',
};

/** The columns of one sourced figure, in this order in every card's CSV. */
export const FIGURE_CSV_COLUMNS = [
  'year',
  'value',
  'value_high',
  'qualifier',
  'as_written',
  'unit',
  'currency',
  'status',
  'seed_id',
  'method',
  'note',
  'source',
  'source_kind',
  'source_publisher',
  'source_year',
  'source_url',
] as const;

/** The source columns every CSV writes for the source(s) behind a row, in this order. */
export const SOURCE_CSV_COLUMNS = ['source', 'source_kind', 'source_publisher', 'source_year', 'source_url'] as const;
/** The source cells of a row with no source. */
export const NO_SOURCE_CELLS: CsvCell[] = SOURCE_CSV_COLUMNS.map(() => undefined);

/** FIGURE_CSV_COLUMNS with a prefix, for rows that carry several figures (a plant's capacity and investment). */
export function prefixedFigureColumns(prefix: string): string[] {
  return FIGURE_CSV_COLUMNS.map((column) => `${prefix}_${column}`);
}

/**
 * A number as a spreadsheet should get it: at most 12 significant digits, so a converted value
 * does not carry floating-point noise (0.30000000000000004); missing stays missing.
 */
export function csvNumber(value: number | null | undefined): number | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  return Number(value.toPrecision(12));
}

export function methodText(method: EstimateMethod | undefined): string | undefined {
  return method ? `${ESTIMATE_METHOD_LABELS[method.kind]}: ${method.detail}` : undefined;
}

/** The source columns for one or several sources (several are joined with "; "); unknown ids are written as they are. */
export function sourceCells(sourceIds: readonly string[], sourceById: ReadonlyMap<string, Source>): CsvCell[] {
  const ids = [...new Set(sourceIds)];
  const sources = ids.map((id) => sourceById.get(id));
  if (ids.length === 1) {
    const [source] = sources;
    return [source?.title ?? ids[0], source ? SOURCE_KIND_LABELS[source.kind] : undefined, source?.publisher, source?.year ?? undefined, isHttpUrl(source?.url) ? source.url : undefined];
  }
  const join = (values: readonly (string | number | null | undefined)[]) => {
    const present = values.filter((v): v is string | number => v !== null && v !== undefined && v !== '');
    return present.length > 0 ? present.join('; ') : undefined;
  };
  return [
    join(ids.map((id, i) => sources[i]?.title ?? id)),
    join(sources.map((s) => (s ? SOURCE_KIND_LABELS[s.kind] : undefined))),
    join([...new Set(sources.map((s) => s?.publisher))]),
    join([...new Set(sources.map((s) => s?.year))]),
    join(sources.map((s) => (isHttpUrl(s?.url) ? s.url : undefined))),
  ];
}

/** What a figure's columns hold; everything optional, so a missing figure is a row of empty cells. */
export type FigureCsvFields = {
  /** A year, or a span of years as text ("2019–2023") for a total over several. */
  year?: number | string | undefined;
  value?: number | undefined;
  valueHigh?: number | undefined;
  qualifier?: Qualifier | undefined;
  asWritten?: string | undefined;
  unit?: string | undefined;
  currency?: Currency | undefined;
  status?: Status | undefined;
  seedId?: string | undefined;
  method?: string | undefined;
  note?: string | undefined;
  sourceIds?: readonly string[];
};

/** One figure's cells, in FIGURE_CSV_COLUMNS order. */
export function figureCsvCells(fields: FigureCsvFields, sourceById: ReadonlyMap<string, Source>): CsvCell[] {
  const sources = fields.sourceIds && fields.sourceIds.length > 0 ? sourceCells(fields.sourceIds, sourceById) : NO_SOURCE_CELLS;
  return [
    fields.year,
    csvNumber(fields.value),
    csvNumber(fields.valueHigh),
    fields.qualifier ? QUALIFIER_CSV_TEXT[fields.qualifier] : undefined,
    fields.asWritten,
    fields.unit,
    fields.currency,
    fields.status,
    fields.seedId,
    fields.method,
    fields.note || undefined,
    ...sources,
  ];
}

/** The provenance fields every figure, observation or not, carries. */
type FigureLike = Pick<
  Observation,
  'value' | 'valueHigh' | 'qualifier' | 'valueText' | 'currency' | 'year' | 'status' | 'seedId' | 'method' | 'note' | 'sourceId'
>;

/** A figure's fields for `figureCsvCells`; `extraNote` is appended to its own note. Undefined gives empty cells with the unit and note. */
export function figureFields(figure: FigureLike | undefined, unit: string, extraNote?: string): FigureCsvFields {
  const note = [figure?.note, extraNote].filter(Boolean).join(' ');
  if (!figure) return { unit, note };
  return {
    year: figure.year,
    value: figure.value,
    valueHigh: figure.valueHigh,
    qualifier: figure.qualifier,
    asWritten: figure.valueText,
    unit,
    currency: figure.currency,
    status: figure.status,
    seedId: figure.seedId,
    method: methodText(figure.method),
    note,
    sourceIds: [figure.sourceId],
  };
}

/** A row of an observation card whose cell may be empty: the table shows "no value" there, the CSV an empty value. */
export type ObservationCsvRow = {
  observation: Observation | undefined;
  entityId: string;
  metricId: string;
  /** The metric's label when the catalogue has no entry for it (a measure that failed to load, say). */
  metricLabel?: string;
  /** Why the value is missing, or a note the card shows beside this row. */
  note?: string;
  /** The row's cells for `extraColumns`, in that order. */
  extra?: readonly CsvCell[];
};

export type ObservationCsvOptions = {
  entityById: ReadonlyMap<string, Entity>;
  /** The metrics as displayed (after normalisation: unit, kind), by id. */
  metricById: ReadonlyMap<string, Metric>;
  sourceById: ReadonlyMap<string, Source>;
  /** The currency money is shown in, for rows that do not carry their own. */
  currency?: Currency;
  /** How a shown value was made from the stored one (normalisation, conversion rate); empty when it is as stored. */
  derivation?: (observation: Observation) => string | undefined;
  /** Card-specific columns, after the figure's. */
  extraColumns?: readonly string[];
};

const OBSERVATION_LEAD_COLUMNS = ['place', 'place_zh', 'metric', 'period'] as const;
const OBSERVATION_TAIL_COLUMNS = ['geography', 'derivation', 'conflict_id', 'preferred'] as const;
const OBSERVATION_ID_COLUMNS = ['place_id', 'metric_id'] as const;

const isObservation = (row: Observation | ObservationCsvRow): row is Observation => 'id' in row;

/**
 * The CSV of a card built from observations: one row per value shown, in the order given (pass the
 * rows in the table's order), each with place, metric, year, the value as a number in the unit the
 * card shows (after normalisation and conversion), qualifier, status, method and source; a cell the
 * card shows as missing is a row with an empty value and the reason in `note`.
 */
export function observationCsv(rows: readonly (Observation | ObservationCsvRow)[], options: ObservationCsvOptions): CsvTable {
  const { entityById, metricById, sourceById, currency, derivation, extraColumns = [] } = options;
  return {
    header: [...OBSERVATION_LEAD_COLUMNS, ...FIGURE_CSV_COLUMNS, ...OBSERVATION_TAIL_COLUMNS, ...extraColumns, ...OBSERVATION_ID_COLUMNS],
    rows: rows.map((input) => {
      const row: ObservationCsvRow = isObservation(input) ? { observation: input, entityId: input.entityId, metricId: input.metricId } : input;
      const o = row.observation;
      const entity = entityById.get(row.entityId);
      const metric = metricById.get(row.metricId);
      const unit = metric ? unitLabel(metric, metric.valueKind === 'money' ? (o?.currency ?? currency) : undefined) : '';
      const geoLevel = o?.geoLevel ?? metric?.geoLevel;
      return [
        entity?.nameEn ?? (row.entityId || undefined),
        entity?.nameZh,
        metric?.label ?? row.metricLabel ?? row.metricId,
        o?.period,
        ...figureCsvCells(figureFields(o, unit, row.note), sourceById),
        geoLevel ? GEO_LEVEL_LABELS[geoLevel] : undefined,
        o ? derivation?.(o) || undefined : undefined,
        o?.conflictId,
        o?.conflictId ? String(o.preferred === true) : undefined,
        ...(row.extra ?? extraColumns.map(() => undefined)),
        row.entityId || undefined,
        row.metricId,
      ];
    }),
  };
}

/** A CSV's year cell: one year as a number, several as a span of text ("2019–2023"), none as an empty cell. */
export function yearCell(years: readonly number[]): number | string | undefined {
  if (years.length === 0) return undefined;
  const span = formatYearSpan(years);
  return /^\d+$/.test(span) ? Number(span) : span;
}
