import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CityId } from '../../api/schemas';
import { useChartLabels } from '../../charts/chart-labels';
import { CityLegend, scaleWithTicks, useChartText } from '../../charts/status-marks';
import { CITY_NAMES } from '../../domain/cities';
import { CITY_COLOURS } from '../../domain/palette';
import { seriesClass } from '../../domain/spotlight';
import { scoreText, type IndexRow } from './composite-text';

export type CompositeChartProps = { rows: IndexRow[]; cities: readonly CityId[] };

/** The index rows as grouped bars, one per city, each with its score written on top. */
export function CompositeChart({ rows, cities }: CompositeChartProps) {
  const { tick: tickSize, label: labelSize } = useChartText();
  const ariaLabels = useChartLabels();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart {...ariaLabels} data={rows} margin={{ top: labelSize + 10, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: tickSize }} stroke="var(--muted)" />
        <YAxis domain={[0, 100]} tick={{ fontSize: tickSize }} stroke="var(--muted)" width={scaleWithTicks(44, tickSize)} />
        <Tooltip
          formatter={(_value, _name, item) => {
            const city = (item.dataKey as string | undefined)?.split('.')[1] as CityId | undefined;
            const row = item.payload as IndexRow;
            return city ? scoreText(row.byCity[city]) : '';
          }}
        />
        <Legend content={<CityLegend cities={cities} marker="bar" />} />
        {cities.map((city) => (
          <Bar
            key={city}
            className={seriesClass(city)}
            dataKey={`byCity.${city}.score`}
            name={`${CITY_NAMES[city].en} ${CITY_NAMES[city].zh}`}
            fill={CITY_COLOURS[city]}
            isAnimationActive={false}
          >
            {/* In the city's spotlight class too: the labels sit in a layer of their own, outside the bar's group. */}
            <LabelList
              className={seriesClass(city)}
              position="top"
              style={{ fontSize: labelSize, fontWeight: 700, fill: 'var(--text)' }}
              formatter={(value: unknown) => (typeof value === 'number' ? Math.round(value) : '')}
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
