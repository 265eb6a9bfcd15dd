import type { Currency, Metric, Qualifier } from '../api/schemas';

const CURRENCY_SYMBOLS: Record<Currency, string> = { CNY: 'CNY', USD: 'US$', CAD: 'C$' };
const SCALE_SUFFIX = { million: 'm', billion: 'bn', trillion: 'tn' } as const;

export function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

type ValueLike = {
  value: number;
  valueHigh?: number | undefined;
  qualifier?: Qualifier | undefined;
  currency?: Currency | undefined;
};

type MetricFormat = Pick<Metric, 'unit' | 'valueKind' | 'moneyScale' | 'decimals'>;

/** The number alone, with its qualifier: "≥100", "~300", "≤74", "3–5". */
export function formatQualifiedNumber(row: ValueLike, decimals: number): string {
  const main = formatNumber(row.value, decimals);
  switch (row.qualifier) {
    case 'approx':
      return `~${main}`;
    case 'atLeast':
      return `≥${main}`;
    case 'upTo':
      return `≤${main}`;
    case 'range':
      return row.valueHigh === undefined ? main : `${main}–${formatNumber(row.valueHigh, decimals)}`;
    default:
      return main;
  }
}

/** A value with its unit: "CNY 1,771.7 bn", "≥100 firms", "26%", "3–5 years". */
export function formatValue(row: ValueLike, metric: MetricFormat): string {
  const number = formatQualifiedNumber(row, metric.decimals);
  if (metric.valueKind === 'money') {
    const symbol = row.currency ? CURRENCY_SYMBOLS[row.currency] : '';
    const scale = metric.moneyScale ? ` ${SCALE_SUFFIX[metric.moneyScale]}` : '';
    return `${symbol} ${number}${scale}`.trim();
  }
  if (metric.unit === '%') return `${number}%`;
  if (metric.valueKind === 'rank') return `#${number}`;
  return `${number} ${metric.unit}`;
}

/** The unit as a subtitle names it: "CNY bn", "% of GDP", "firms". */
export function unitLabel(metric: MetricFormat, currency?: Currency): string {
  if (metric.valueKind === 'money') {
    const scale = metric.moneyScale ? ` ${SCALE_SUFFIX[metric.moneyScale]}` : '';
    return `${currency ?? 'CNY'}${scale}`;
  }
  return metric.unit;
}

/** "2015–2024", or "2020" for a single year; empty input gives "". */
export function formatYearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const min = Math.min(...years);
  const max = Math.max(...years);
  return min === max ? String(min) : `${min}–${max}`;
}

/** A money figure that carries its own scale (industries, fabs): "US$ 22.0 bn", "CNY 581 m". */
export function formatMoneyFigure(
  figure: ValueLike & { moneyScale?: keyof typeof SCALE_SUFFIX | undefined },
  decimals = 1,
): string {
  return formatValue(figure, { unit: '', valueKind: 'money', moneyScale: figure.moneyScale, decimals });
}
