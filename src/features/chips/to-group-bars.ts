import { FAB_STATUSES, FAB_STATUS_LABELS, STATUS_LABELS } from '../../api/vocabulary';
import type { CapacityContribution, CapacityTotal, FigureSum } from '../../domain/capacity';
import { AREA_FACTOR_TO_300MM } from '../../domain/capacity';
import { formatMoneyFigure, formatQualifiedNumber } from '../../domain/format';
import type { GroupBarRow } from './city-group-bar-chart';
import { INVESTMENT_KINDS, INVESTMENT_KIND_LABELS, type InvestmentItem, type InvestmentTotal } from './to-investment';

/** Wafers a month in thousands for a bar label: "120k", "~250k", "4.4k", "60–80k". */
export function formatWafersCompact(sum: FigureSum): string {
  const decimals = sum.value < 10_000 ? 1 : 0;
  return `${formatQualifiedNumber({ ...sum, value: sum.value / 1000, valueHigh: sum.valueHigh === undefined ? undefined : sum.valueHigh / 1000 }, decimals)}k`;
}

/** Wafers a month in full: "120,000", "~250,000". */
export function formatWafers(sum: FigureSum): string {
  return formatQualifiedNumber(sum, 0);
}

/** One plant's part in a capacity total, in wafers a month, with the conversion written out when there is one. */
export function describeContribution({ fab, stated, equivalent }: CapacityContribution): string {
  const size = fab.waferSizeMm ?? 300;
  const conversion = size === 300 ? '' : ` × ${AREA_FACTOR_TO_300MM[size]} = ${formatWafers(equivalent)} in 300 mm terms`;
  return `${fab.name}: ${formatWafers(stated)} wafers/month${conversion} (${size} mm, ${stated.year}, ${STATUS_LABELS[stated.status]})`;
}

/** The decimals a stated number was written with (at most two), so "25.87" is not shown as "25.9". */
function statedDecimals(value: number): number {
  return Math.min(2, (String(value).split('.')[1] ?? '').length);
}

/** One plant's part in an investment total: as stated, and in the target currency when converted. */
export function describeInvestment({ fab, stated, converted, rate, asStated }: InvestmentItem): string {
  const original = `${formatMoneyFigure(stated, statedDecimals(stated.value))}${stated.valueText ? ` (“${stated.valueText}”)` : ''}`;
  const inTarget = rate || asStated ? ` = ${formatMoneyFigure(converted)}${asStated ? ', as the source also states it' : ''}` : '';
  return `${fab.name}: ${original}${inTarget} (${stated.year}, ${STATUS_LABELS[converted.status]})`;
}

/** Capacity totals as grouped bars: one group per plant status that has a figure, one bar per city. */
export function toCapacityBars(totals: readonly CapacityTotal[]): GroupBarRow[] {
  return FAB_STATUSES.map((status) => {
    const values: GroupBarRow['values'] = {};
    for (const total of totals.filter((t) => t.fabStatus === status)) {
      values[total.cityId] = {
        value: total.value,
        qualifier: total.qualifier,
        valueHigh: total.valueHigh,
        label: formatWafersCompact(total),
        text: `${formatWafers(total)} wafers/month, 300 mm-equivalent`,
        status: total.status,
        details: total.contributions.map(describeContribution),
      };
    }
    // Only operating plants make wafers; the other bars are what was planned, and say so on the axis.
    const label = status === 'operating' ? FAB_STATUS_LABELS[status] : `${FAB_STATUS_LABELS[status]} (planned capacity)`;
    return { key: status, label, values };
  }).filter((row) => Object.keys(row.values).length > 0);
}

/** Investment totals as grouped bars: committed, then lost, one bar per city. */
export function toInvestmentBars(totals: readonly InvestmentTotal[]): GroupBarRow[] {
  return INVESTMENT_KINDS.map((kind) => {
    const values: GroupBarRow['values'] = {};
    for (const total of totals.filter((t) => t.kind === kind)) {
      values[total.cityId] = {
        value: total.value,
        qualifier: total.qualifier,
        valueHigh: total.valueHigh,
        // The axis and subtitle name the currency and scale; the bar carries the number alone.
        label: formatQualifiedNumber(total, 1),
        text: formatMoneyFigure({ ...total, moneyScale: 'billion' }),
        status: total.status,
        details: total.items.map(describeInvestment),
      };
    }
    return { key: kind, label: INVESTMENT_KIND_LABELS[kind], values };
  }).filter((row) => Object.keys(row.values).length > 0);
}

/** A round top for the value axis (1, 2 or 5 times a power of ten, at least 10% above the tallest bar), so ticks fall on round numbers. */
export function niceMax(dataMax: number): number {
  if (!(dataMax > 0)) return 1;
  const target = dataMax * 1.1;
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= target) ?? 10;
  return step * power;
}
