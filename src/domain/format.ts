import type { Currency, Metric, Qualifier } from '../api/schemas';

const CURRENCY_SYMBOLS: Record<Currency, string> = { CNY: 'CNY', USD: 'US$', CAD: 'C$' };
const SCALE_SUFFIX = { million: 'm', billion: 'bn', trillion: 'tn' } as const;

// `toLocaleString` and `localeCompare` with a locale build a new ICU formatter or collator on
// every call; at thousands of values per render that was the largest single cost in a profile of
// the Chips section. One formatter per set of options, one collator, built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const englishCollator = new Intl.Collator('en');

/** `value.toLocaleString('en-GB', options)`, with the formatter built once per set of options. */
export function formatEnGb(value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat('en-GB', options)));
  return format.format(value);
}

/** `a.localeCompare(b, 'en')`, with the collator built once. */
export function compareText(a: string, b: string): number {
  return englishCollator.compare(a, b);
}

export function formatNumber(value: number, decimals: number): string {
  return formatEnGb(value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
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
