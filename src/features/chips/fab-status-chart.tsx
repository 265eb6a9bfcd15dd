import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CityId } from '../../api/schemas';
import { FAB_STATUS_LABELS } from '../../api/schemas';
import { CITY_NAMES, cityLabel } from '../../domain/cities';
import { CITY_COLOURS } from '../../domain/palette';
import type { FabStatusRow } from './to-fab-rows';

export type FabStatusChartProps = { rows: readonly FabStatusRow[]; cities: readonly CityId[] };

function FabTooltip({ active, payload, cities }: { active?: boolean; payload?: readonly { payload?: FabStatusRow }[]; cities: readonly CityId[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{FAB_STATUS_LABELS[row.status]}</p>
      {cities.map((city) => (
        <p key={city}>
          <span style={{ color: CITY_COLOURS[city], fontWeight: 700 }}>{cityLabel(city)}</span>: {row.counts[city]}
          {row.names[city].length > 0 ? ` (${row.names[city].join('; ')})` : ''}
        </p>
      ))}
    </div>
  );
}

/** Grouped bars: for each plant status, one bar per city with the number of plants. */
export function FabStatusChart({ rows, cities }: FabStatusChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows as FabStatusRow[]} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={(row: FabStatusRow) => FAB_STATUS_LABELS[row.status]} tick={{ fontSize: 15 }} stroke="var(--muted)" />
        <YAxis allowDecimals={false} tick={{ fontSize: 15 }} stroke="var(--muted)" width={40} />
        <Tooltip content={<FabTooltip cities={cities} />} cursor={{ fill: 'var(--surface)' }} />
        <Legend wrapperStyle={{ fontSize: 15 }} itemSorter={null} />
        {cities.map((city) => (
          <Bar
            key={city}
            dataKey={(row: FabStatusRow) => row.counts[city]}
            name={`${CITY_NAMES[city].en} ${CITY_NAMES[city].zh}`}
            fill={CITY_COLOURS[city]}
            isAnimationActive={false}
          >
            <LabelList position="top" style={{ fontSize: 15, fontWeight: 700, fill: 'var(--text)' }} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
