import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { EVENT_KIND_LABELS, STATUS_LABELS } from '../../api/vocabulary';
import { cityLabel } from '../../domain/cities';
import { CITY_COLOURS, NEUTRAL_SERIES_COLOUR } from '../../domain/palette';
import { useChartLabels } from '../../charts/chart-labels';
import { CHART_TEXT, scaleWithTicks, useChartText } from '../../charts/status-marks';
import { KindMark } from './kind-marks';
import { timelineAxis, type EventLane, type EventPoint } from './to-event-points';
import { seriesClass } from '../../domain/spotlight';

export type EventTimelineChartProps = {
  points: readonly EventPoint[];
  lanes: readonly EventLane[];
  place: (entityId: string) => string;
};

export const laneLabel = (lane: EventLane) => (lane === 'national' ? 'National, provincial' : cityLabel(lane));
export const laneColour = (lane: EventLane) => (lane === 'national' ? NEUTRAL_SERIES_COLOUR : CITY_COLOURS[lane]);

function EventTooltip({
  active,
  payload,
  place,
}: {
  active?: boolean;
  payload?: readonly { payload?: EventPoint }[];
  place: (entityId: string) => string;
}) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip" style={{ maxWidth: 380 }}>
      <p className="chart-tooltip__title">
        {point.event.date}: {point.event.title}
      </p>
      <p>
        {place(point.event.entityId)} · {EVENT_KIND_LABELS[point.event.kind]} · {STATUS_LABELS[point.event.status]}
      </p>
    </div>
  );
}

type ScatterShapeProps = { cx?: number; cy?: number; payload?: EventPoint };

/** One lane per city (and a national lane), a mark per dated event: colour = place, shape = category. */
export function EventTimelineChart({ points, lanes, place }: EventTimelineChartProps) {
  const { domain, ticks } = timelineAxis(points.map((p) => p.x));
  const { tick: tickSize } = useChartText();
  const ariaLabels = useChartLabels();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart {...ariaLabels} margin={{ top: 12, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={domain}
          ticks={ticks}
          allowDecimals={false}
          tick={{ fontSize: tickSize }}
          height={scaleWithTicks(30, tickSize)}
          stroke="var(--muted)"
          name="Year"
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, lanes.length - 0.5]}
          ticks={lanes.map((_, i) => i)}
          tickFormatter={(i: number) => {
            const lane = lanes[i];
            return lane ? laneLabel(lane) : '';
          }}
          reversed
          width={Math.round((120 * tickSize) / CHART_TEXT.tick)}
          tick={{ fontSize: tickSize, fontWeight: 700 }}
          stroke="var(--muted)"
          name="Place"
        />
        <Tooltip content={<EventTooltip place={place} />} cursor={{ strokeDasharray: '3 3' }} />
        {lanes.map((lane) => (
          <Scatter
            key={lane}
            className={seriesClass(lane)}
            name={laneLabel(lane)}
            data={points.filter((p) => p.lane === lane)}
            fill={laneColour(lane)}
            legendType="none"
            isAnimationActive={false}
            shape={(props: ScatterShapeProps) =>
              props.payload && props.cx !== undefined && props.cy !== undefined ? (
                // A large mark, readable on a projector, and as large beside the text on a large slide.
                <g data-kind={props.payload.event.kind} data-event={props.payload.event.id}>
                  <KindMark kind={props.payload.event.kind} cx={props.cx} cy={props.cy} colour={laneColour(lane)} size={scaleWithTicks(9, tickSize)} />
                </g>
              ) : (
                <g />
              )
            }
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
