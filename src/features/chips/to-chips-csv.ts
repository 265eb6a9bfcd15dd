import type { Fab, FacilityType, Source } from '../../api/schemas';
import { FAB_STATUS_LABELS, FACILITY_TYPE_LABELS } from '../../api/vocabulary';
import { FIGURE_CSV_COLUMNS, figureCsvCells, figureFields, prefixedFigureColumns, sourceCells, yearCell } from '../../export/csv/observation-csv';
import type { CapacityTotal } from '../../domain/capacity';
import { CITY_NAMES } from '../../domain/cities';
import type { CsvTable } from '../../export/csv/csv';
import { unitLabel } from '../../domain/format';
import { describeContribution, describeInvestment } from './to-group-bars';
import { INVESTMENT_KIND_LABELS, type InvestmentSummary } from './to-investment';

export const CAPACITY_UNIT = '300 mm-equivalent wafers per month';

/**
 * The capacity card's CSV: one row per city and plant status, as its bars and table show them, the
 * total in 300 mm-equivalent wafers a month with its weakest status and every plant summed (with
 * any wafer-area conversion written out) and their sources.
 */
export function toCapacityCsv(totals: readonly CapacityTotal[], sourceById: ReadonlyMap<string, Source>): CsvTable {
  return {
    header: ['city', 'city_zh', 'plant_status', ...FIGURE_CSV_COLUMNS, 'plants', 'plants_summed'],
    rows: totals.map((total) => [
      CITY_NAMES[total.cityId].en,
      CITY_NAMES[total.cityId].zh,
      FAB_STATUS_LABELS[total.fabStatus],
      ...figureCsvCells(
        {
          year: yearCell(total.years),
          value: total.value,
          valueHigh: total.valueHigh,
          qualifier: total.qualifier,
          unit: CAPACITY_UNIT,
          status: total.status,
          method: 'Sum of the plants’ stated monthly capacity; 200 mm and 150 mm wafers converted to 300 mm-equivalent by wafer area (×0.444, ×0.25).',
          note: total.fabStatus === 'operating' ? undefined : 'Planned capacity: these plants make no wafers.',
          sourceIds: total.contributions.map((c) => c.stated.sourceId),
        },
        sourceById,
      ),
      total.contributions.length,
      total.contributions.map(describeContribution).join('; '),
    ]),
  };
}

/**
 * The investment card's CSV: one row per city and kind (committed, lost), the total in the chosen
 * currency's billions, the rate(s) it was converted at, and every plant's amount as stated.
 */
export function toInvestmentCsv(summary: InvestmentSummary, sourceById: ReadonlyMap<string, Source>): CsvTable {
  return {
    header: ['city', 'city_zh', 'counted_as', ...FIGURE_CSV_COLUMNS, 'derivation', 'plants', 'plants_summed'],
    rows: summary.totals.map((total) => {
      const rates = [...new Set(total.items.flatMap((i) => (i.rate ? [`converted at ${i.rate.description}`] : i.asStated ? ['as the source also states it'] : [])))];
      return [
        CITY_NAMES[total.cityId].en,
        CITY_NAMES[total.cityId].zh,
        INVESTMENT_KIND_LABELS[total.kind],
        ...figureCsvCells(
          {
            year: yearCell(total.years),
            value: total.value,
            valueHigh: total.valueHigh,
            qualifier: total.qualifier,
            unit: `${total.currency} bn`,
            currency: total.currency,
            status: total.status,
            method: 'Sum of the plants’ announced investment, nominal, as announced in different years.',
            sourceIds: total.items.map((i) => i.stated.sourceId),
          },
          sourceById,
        ),
        rates.length > 0 ? `Some amounts ${rates.join('; ')}` : undefined,
        total.items.length,
        total.items.map(describeInvestment).join('; '),
      ];
    }),
  };
}

/** What a plant's monthly capacity counts: chip wafers, bare silicon wafers, or packaged units. */
const CAPACITY_UNITS: Record<FacilityType, string> = {
  frontEnd: 'wafers per month',
  materials: 'silicon wafers per month',
  assemblyTest: 'units per month',
};

export const PLANT_CSV_HEADER = [
  'plant',
  'company',
  'city',
  'city_zh',
  'facility_type',
  'plant_status',
  'product',
  'node_or_layers',
  'wafer_mm',
  'announced',
  'started',
  'ended',
  ...prefixedFigureColumns('capacity'),
  ...prefixedFigureColumns('investment'),
  'status_note',
  'note',
  'seed_ids',
  'plant_sources',
  'plant_source_urls',
] as const;

/**
 * The plant lists' CSV, one row per plant: what and where it is, its latest known status and
 * dates, its capacity and its investment as stated (each with year, status and source), and the
 * sources about the plant; a figure not stated is an empty value, never 0.
 */
export function toPlantsCsv(fabs: readonly Fab[], sourceById: ReadonlyMap<string, Source>): CsvTable {
  return {
    header: PLANT_CSV_HEADER,
    rows: fabs.map((fab) => {
      const [plantSourceTitles, , , , plantSourceUrls] = sourceCells(fab.sourceIds, sourceById);
      const investmentUnit = fab.investment?.currency
        ? unitLabel({ unit: '', valueKind: 'money', moneyScale: fab.investment.moneyScale, decimals: 0 }, fab.investment.currency)
        : '';
      return [
        fab.name,
        fab.company,
        CITY_NAMES[fab.cityId].en,
        CITY_NAMES[fab.cityId].zh,
        FACILITY_TYPE_LABELS[fab.facilityType],
        FAB_STATUS_LABELS[fab.status],
        fab.product || undefined,
        fab.nodeOrLayers,
        fab.waferSizeMm,
        fab.announced,
        fab.started,
        fab.ended,
        ...figureCsvCells(figureFields(fab.capacityWpm, CAPACITY_UNITS[fab.facilityType], fab.capacityWpm ? undefined : 'Not stated.'), sourceById),
        ...figureCsvCells(figureFields(fab.investment, investmentUnit, fab.investment ? undefined : 'Not stated.'), sourceById),
        fab.statusNote,
        fab.note,
        fab.seedIds?.join('; '),
        plantSourceTitles,
        plantSourceUrls,
      ];
    }),
  };
}
