import type { Currency, Figure, Industry, Rate, Source } from '../../api/schemas';
import { GEO_LEVEL_LABELS } from '../../api/vocabulary';
import { figureCsvCells, figureFields, prefixedFigureColumns, sourceCells } from '../../export/csv/observation-csv';
import { CITY_NAMES } from '../../domain/cities';
import type { CsvTable } from '../../export/csv/csv';
import { findRate } from '../../domain/currency';
import { formatMoneyFigure } from '../../domain/format';

/** An industry with its output as the card shows it (in the chosen currency's billions), or none. */
export type IndustryCsvEntry = {
  industry: Industry;
  output: Figure | undefined;
  /** The source states an output that no rate converts to the chosen currency. */
  outputNotConverted: boolean;
};

export const INDUSTRY_CSV_HEADER = [
  'city',
  'city_zh',
  'industry',
  'industry_zh',
  'headline',
  'geography',
  ...prefixedFigureColumns('output'),
  'output_as_stated',
  'output_conversion',
  ...prefixedFigureColumns('growth'),
  ...prefixedFigureColumns('firms'),
  'anchor_companies',
  'designation',
  'industry_sources',
  'industry_note',
] as const;

/** The decimals a stated number was written with (at most two), so "25.87" stays "25.87" and "1,350" stays "1,350". */
const statedDecimals = (value: number) => Math.min(2, (String(value).split('.')[1] ?? '').length);

/** How a stated output reached the chosen currency: its year's rate for the pair, or the source's own second figure. */
function conversionText(stated: Figure | undefined, currency: Currency, rates: readonly Rate[]): string | undefined {
  if (!stated?.currency || stated.currency === currency) return undefined;
  if (stated.alsoStated?.currency === currency) return `As the source also states it (${stated.alsoStated.valueText})`;
  const rate = findRate(stated.currency, currency, rates, stated.year);
  return rate ? `Converted at ${rate.description}` : undefined;
}

/**
 * The pillar-industry cards' CSV, one row per industry as the table lists it: output in the chosen
 * currency's billions (with the figure as stated and the rate used), growth and firms, each with
 * its own year, status and source; a missing figure is an empty value, never 0.
 */
export function toIndustryCsv(
  entries: readonly IndustryCsvEntry[],
  { currency, rates, sourceById }: { currency: Currency; rates: readonly Rate[]; sourceById: ReadonlyMap<string, Source> },
): CsvTable {
  const unit = `${currency} bn`;
  return {
    header: INDUSTRY_CSV_HEADER,
    rows: entries.map(({ industry, output, outputNotConverted }) => {
      const missingOutput = outputNotConverted && industry.output ? `Stated as ${formatMoneyFigure(industry.output, statedDecimals(industry.output.value))}; no rate converts it to ${currency}.` : undefined;
      return [
        CITY_NAMES[industry.cityId].en,
        CITY_NAMES[industry.cityId].zh,
        industry.name,
        industry.nameZh,
        String(industry.headline),
        [GEO_LEVEL_LABELS[industry.geoLevel], industry.geoNote].filter(Boolean).join(': '),
        ...figureCsvCells(figureFields(output, unit, missingOutput), sourceById),
        industry.output ? formatMoneyFigure(industry.output, statedDecimals(industry.output.value)) : undefined,
        output ? conversionText(industry.output, currency, rates) : undefined,
        ...figureCsvCells(figureFields(industry.growthPct, '%'), sourceById),
        ...figureCsvCells(figureFields(industry.firms, 'firms'), sourceById),
        industry.anchorCompanies.join('; ') || undefined,
        industry.designation,
        sourceCells(industry.sourceIds, sourceById)[0],
        industry.note,
      ];
    }),
  };
}
