import type { CityId } from '../api/schemas';
import { seriesClass } from '../domain/spotlight';

/** What a LabelList's `dataKey` gives each bar's label: its text and its bar's city. */
export type BarValue = { text: string; city: CityId | undefined };

/** The geometry Recharts hands a LabelList's `content` for a horizontal bar, and the `dataKey`'s value. */
export type BarLabelProps = { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown };

const isBarValue = (value: unknown): value is BarValue => typeof value === 'object' && value !== null && typeof (value as BarValue).text === 'string';

/**
 * A horizontal bar's value on one line to its right (Recharts would wrap it to the bar's width),
 * in its city's spotlight class: Recharts draws a LabelList in a layer of its own, outside the
 * bar's group, so a label without the class stayed bright while its bar dimmed. The city comes
 * with the text from the `dataKey` (a BarValue), not from the label's index: Recharts numbers
 * only the bars it draws, so beside a city with no figure the index named the wrong city.
 */
export function BarValueLabel({ x, y, width, height, value, size }: BarLabelProps & { size: number }) {
  if (!isBarValue(value) || value.text === '') return null;
  return (
    <text
      className={value.city ? seriesClass(value.city) : undefined}
      x={Number(x) + Number(width) + 6}
      y={Number(y) + Number(height) / 2}
      dominantBaseline="central"
      fontSize={size}
      fontWeight={size > 15 ? 700 : 400}
      fill="var(--text)"
    >
      {value.text}
    </text>
  );
}
