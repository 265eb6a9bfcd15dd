import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CityId } from '../api/schemas';
import { CITY_NAMES, cityLabel } from '../domain/cities';
import { CITY_COLOURS } from '../domain/palette';
import { useChartLabels } from './chart-labels';
import { CityLegend, CitySwatch, scaleWithTicks, useChartText } from './status-marks';
import { seriesClass } from '../domain/spotlight';

/** One group of bars: a category (a status, say) with a count per city. */
export type CityCountRow = { key: string; label: string; counts: Record<CityId, number>; details?: Partial<Record<CityId, string>> };

export type CityCountChartProps = { rows: readonly CityCountRow[]; cities: readonly CityId[] };

function CountTooltip({ active, payload, cities }: { active?: boolean; payload?: readonly { payload?: CityCountRow }[]; cities: readonly CityId[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      {cities.map((city) => (
        <p key={city}>
          <CitySwatch colour={CITY_COLOURS[city]} /> <strong>{cityLabel(city)}</strong>: {row.counts[city]}
          {row.details?.[city] ? ` (${row.details[city]})` : ''}
        </p>
      ))}
    </div>
  );
}

/** Grouped bars: for each category, one bar per city in its colour, the count written on the bar. */
export function CityCountChart({ rows, cities }: CityCountChartProps) {
  // Counts are always written on the bars; in presentation mode at projector size.
  const { tick: tickSize, label: labelSize } = useChartText();
  const ariaLabels = useChartLabels();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart {...ariaLabels} data={rows as CityCountRow[]} margin={{ top: labelSize + 10, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: tickSize }} stroke="var(--muted)" />
        <YAxis allowDecimals={false} tick={{ fontSize: tickSize }} stroke="var(--muted)" width={scaleWithTicks(48, tickSize)} />
        <Tooltip content={<CountTooltip cities={cities} />} cursor={{ fill: 'var(--surface)' }} />
        <Legend content={<CityLegend cities={cities} marker="bar" />} />
        {cities.map((city) => (
          <Bar
            key={city}
            className={seriesClass(city)}
            dataKey={(row: CityCountRow) => row.counts[city]}
            name={`${CITY_NAMES[city].en} ${CITY_NAMES[city].zh}`}
            fill={CITY_COLOURS[city]}
            isAnimationActive={false}
          >
            {/* In the city's spotlight class too: the labels sit in a layer of their own, outside the bar's group. */}
            <LabelList className={seriesClass(city)} position="top" style={{ fontSize: labelSize, fontWeight: 700, fill: 'var(--text)' }} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
