import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CityId, Qualifier, Status } from '../../api/schemas';
import { STATUS_LABELS } from '../../api/vocabulary';
import { useChartLabels } from '../../charts/chart-labels';
import { CityLegend, CitySwatch, scaleWithTicks, useChartText } from '../../charts/status-marks';
import { niceMax } from './to-group-bars';
import { CITY_NAMES, cityLabel } from '../../domain/cities';
import { CITY_COLOURS } from '../../domain/palette';
import { seriesClass } from '../../domain/spotlight';

/**
 * One bar: its value, the number written on it (the axis and subtitle name the unit), the value
 * with its unit for the tooltip, its status and the lines its tooltip shows below.
 */
export type GroupBarValue = {
  value: number;
  /** As the source gives the total ("about", "at least", a range): the bar's label writes it, a slide names it. */
  qualifier?: Qualifier | undefined;
  valueHigh?: number | undefined;
  label: string;
  text: string;
  status: Status;
  details: readonly string[];
};

/** One group of bars (a plant status, say), with at most one bar per city; a missing city is a gap. */
export type GroupBarRow = { key: string; label: string; values: Partial<Record<CityId, GroupBarValue>> };

export type CityGroupBarChartProps = {
  rows: readonly GroupBarRow[];
  cities: readonly CityId[];
  /** Axis tick text. */
  formatTick: (value: number) => string;
  yAxisWidth?: number;
};


function GroupTooltip({ active, payload, cities }: { active?: boolean; payload?: readonly { payload?: GroupBarRow }[]; cities: readonly CityId[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip chips-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      {cities.map((city) => {
        const bar = row.values[city];
        return (
          <div key={city} className="chips-tooltip__city">
            <p>
              <CitySwatch colour={CITY_COLOURS[city]} /> <strong>{cityLabel(city)}</strong>:{' '}
              {bar ? (
                <>
                  {bar.text} ({STATUS_LABELS[bar.status]})
                </>
              ) : (
                <span className="missing">no figure</span>
              )}
            </p>
            {bar?.details.map((line) => (
              <p key={line} className="chips-tooltip__detail">
                {line}
              </p>
            ))}
          </div>
        );
      })}
    </div>
  );
}

/**
 * Grouped bars: for each group, one bar per selected city in its colour with its value written on
 * it. Estimates are hollow with a dashed edge; a city without a figure has no bar (a gap).
 */
export function CityGroupBarChart({ rows, cities, formatTick, yAxisWidth = 96 }: CityGroupBarChartProps) {
  const { tick: tickSize, label: labelSize } = useChartText();
  const ariaLabels = useChartLabels();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart {...ariaLabels} data={rows as GroupBarRow[]} margin={{ top: labelSize + 13, right: 16, bottom: 8, left: 8 }} barCategoryGap="18%">
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: tickSize }} stroke="var(--muted)" interval={0} />
        <YAxis tick={{ fontSize: tickSize }} stroke="var(--muted)" width={scaleWithTicks(yAxisWidth, tickSize)} tickFormatter={formatTick} domain={[0, niceMax]} />
        <Tooltip content={<GroupTooltip cities={cities} />} cursor={{ fill: 'var(--surface)' }} />
        <Legend content={<CityLegend cities={cities} marker="bar" />} />
        {cities.map((city) => (
          <Bar
            key={city}
            className={seriesClass(city)}
            dataKey={(row: GroupBarRow) => row.values[city]?.value ?? null}
            name={`${CITY_NAMES[city].en} ${CITY_NAMES[city].zh}`}
            fill={CITY_COLOURS[city]}
            stroke={CITY_COLOURS[city]}
            isAnimationActive={false}
          >
            {rows.map((row) => {
              const estimate = row.values[city]?.status === 'estimate';
              return (
                <Cell
                  key={row.key}
                  fill={estimate ? 'var(--bg)' : CITY_COLOURS[city]}
                  stroke={CITY_COLOURS[city]}
                  strokeWidth={2}
                  strokeDasharray={estimate ? '5 3' : undefined}
                />
              );
            })}
            {/* In the city's spotlight class too: the labels sit in a layer of their own, outside the bar's group. */}
            <LabelList
              className={seriesClass(city)}
              dataKey={(row: GroupBarRow) => row.values[city]?.label ?? null}
              position="top"
              style={{ fontSize: labelSize, fontWeight: 700, fill: 'var(--text)' }}
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
