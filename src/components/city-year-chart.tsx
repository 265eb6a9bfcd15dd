import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CityId, Metric, Observation } from '../api/schemas';
import { STATUS_LABELS } from '../api/schemas';
import { CITY_NAMES, cityLabel } from '../domain/cities';
import { formatValue } from '../domain/format';
import { CITY_COLOURS } from '../domain/palette';
import type { YearRow } from '../domain/series';
import { CitySwatch, StatusMark } from './status-marks';

export type CityYearChartProps = {
  rows: readonly YearRow[];
  cities: readonly CityId[];
  metric: Metric;
  sourceTitle: (sourceId: string) => string;
};

type TooltipEntry = { payload?: YearRow };

function YearTooltip({
  active,
  payload,
  cities,
  metric,
  sourceTitle,
}: {
  active?: boolean;
  payload?: readonly TooltipEntry[];
  cities: readonly CityId[];
  metric: Metric;
  sourceTitle: (id: string) => string;
}) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.year}</p>
      {cities.map((city) => {
        const obs: Observation | undefined = row.values[city];
        return (
          <p key={city}>
            <CitySwatch colour={CITY_COLOURS[city]} /> <strong>{cityLabel(city)}</strong>:{' '}
            {obs ? (
              <>
                {formatValue(obs, metric)} ({STATUS_LABELS[obs.status]}; {sourceTitle(obs.sourceId)})
              </>
            ) : (
              <span className="missing">no value</span>
            )}
          </p>
        );
      })}
    </div>
  );
}

const valueOf = (city: CityId) => (row: YearRow) => row.values[city]?.value ?? null;

/**
 * One metric over the years for the selected cities, each in its own colour. Missing years are
 * gaps, never zeros; each point's shape tells its status.
 */
export function CityYearChart({ rows, cities, metric, sourceTitle }: CityYearChartProps) {
  const common = {
    data: rows as YearRow[],
    margin: { top: 8, right: 16, bottom: 8, left: 8 },
  };
  const axes = (
    <>
      <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="year"
        type="number"
        domain={['dataMin', 'dataMax']}
        allowDecimals={false}
        tick={{ fontSize: 15 }}
        stroke="var(--muted)"
      />
      <YAxis
        tick={{ fontSize: 15 }}
        stroke="var(--muted)"
        width={70}
        tickFormatter={(v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: metric.decimals })}
      />
      <Tooltip content={<YearTooltip cities={cities} metric={metric} sourceTitle={sourceTitle} />} />
      <Legend wrapperStyle={{ fontSize: 15 }} itemSorter={null} />
    </>
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart {...common}>
        {axes}
        {cities.map((city) => (
          <Line
            key={city}
            type="linear"
            dataKey={valueOf(city)}
            name={`${CITY_NAMES[city].en} ${CITY_NAMES[city].zh}`}
            stroke={CITY_COLOURS[city]}
            strokeWidth={3}
            connectNulls={false}
            isAnimationActive={false}
            dot={(props: { cx?: number; cy?: number; payload?: YearRow; index?: number }) => {
              const obs = props.payload?.values[city];
              if (!obs || props.cx === undefined || props.cy === undefined) return <g key={`${city}-${props.index}`} />;
              return (
                <g key={`${city}-${props.index}`}>
                  <StatusMark cx={props.cx} cy={props.cy} colour={CITY_COLOURS[city]} status={obs.status} />
                </g>
              );
            }}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
