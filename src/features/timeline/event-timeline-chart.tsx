import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { EVENT_KIND_LABELS, STATUS_LABELS } from '../../api/schemas';
import { cityLabel } from '../../domain/cities';
import { CITY_COLOURS, NEUTRAL_SERIES_COLOUR } from '../../domain/palette';
import type { EventLane, EventPoint } from './to-event-points';

export type EventTimelineChartProps = { points: readonly EventPoint[]; lanes: readonly EventLane[] };

const laneLabel = (lane: EventLane) => (lane === 'national' ? 'National, provincial' : cityLabel(lane));
const laneColour = (lane: EventLane) => (lane === 'national' ? NEUTRAL_SERIES_COLOUR : CITY_COLOURS[lane]);

function EventTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: EventPoint }[] }) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip" style={{ maxWidth: 360 }}>
      <p className="chart-tooltip__title">
        {point.event.date}: {point.event.title}
      </p>
      <p>
        {laneLabel(point.lane)} · {EVENT_KIND_LABELS[point.event.kind]} · {STATUS_LABELS[point.event.status]}
      </p>
    </div>
  );
}

/** One lane per city (and a national lane), a mark per dated event. */
export function EventTimelineChart({ points, lanes }: EventTimelineChartProps) {
  const xs = points.map((p) => p.x);
  const domain: [number, number] = [Math.floor(Math.min(...xs)) - 1, Math.ceil(Math.max(...xs)) + 1];
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={domain}
          tickCount={Math.min(12, domain[1] - domain[0] + 1)}
          allowDecimals={false}
          tick={{ fontSize: 15 }}
          stroke="var(--muted)"
          name="Year"
        />
        <YAxis
          type="number"
          dataKey="laneIndex"
          domain={[-0.5, lanes.length - 0.5]}
          ticks={lanes.map((_, i) => i)}
          tickFormatter={(i: number) => {
            const lane = lanes[i];
            return lane ? laneLabel(lane) : '';
          }}
          reversed
          width={150}
          tick={{ fontSize: 15 }}
          stroke="var(--muted)"
          name="Place"
        />
        {/* A fixed, large mark: readable on a projector. */}
        <ZAxis range={[160, 160]} />
        <Tooltip content={<EventTooltip />} cursor={{ strokeDasharray: '3 3' }} />
        {lanes.map((lane) => (
          <Scatter
            key={lane}
            name={laneLabel(lane)}
            data={points.filter((p) => p.lane === lane)}
            fill={laneColour(lane)}
            shape="diamond"
            legendType="none"
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
