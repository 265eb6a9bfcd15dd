import {
  CartesianGrid,
  DefaultZIndexes,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import type { CityId, Metric, Observation } from '../api/schemas';
import { useChartLabels } from './chart-labels';
import { EVENT_KIND_LABELS, STATUS_LABELS } from '../api/vocabulary';
import { breakMarks, type ChartAnnotation } from '../domain/annotations';
import { CITY_NAMES, cityLabel } from '../domain/cities';
import { formatEnGb, formatQualifiedNumber, formatValue } from '../domain/format';
import { CITY_COLOURS, textOnFill } from '../domain/palette';
import type { YearRow } from '../domain/series';
import { CityLegend, CitySwatch, REFERENCE_COLOUR, StatusMark, scaleWithTicks, useChartText } from './status-marks';
import { seriesClass } from '../domain/spotlight';
import { annotationColour, BADGE_RADIUS, BASE_TOP_MARGIN, cityYearLayout, LABEL_GAP, labelBoxHeight, TIER_HEIGHT, valueLabelPlacements } from './city-year-layout';
import { usePresenting } from '../view-state/use-view-state';

export type CityYearChartProps = {
  rows: readonly YearRow[];
  cities: readonly CityId[];
  metric: Metric;
  sourceTitle: (sourceId: string) => string;
  /** Dated events drawn as numbered vertical lines (see `toChartAnnotations`). */
  annotations?: readonly ChartAnnotation[];
  /** The place an annotation is about, for its hover text. */
  annotationPlace?: (annotation: ChartAnnotation) => string;
  /** A national yardstick drawn as a dashed line beside the cities (China's value, by year). */
  reference?: { label: string; byYear: ReadonlyMap<number, Observation> };
};

type LineShapeProps = { x1?: number; y1?: number; x2?: number; y2?: number };

/** An annotation's vertical line, joined by a thin stem to its badge row above the plot. */
function AnnotationLine({ line, annotation, tier, lift }: { line: LineShapeProps; annotation: ChartAnnotation; tier: number; lift: number }) {
  const { x1, y1, x2, y2 } = line;
  if (x1 === undefined || y1 === undefined || x2 === undefined || y2 === undefined) return <g />;
  const colour = annotationColour(annotation);
  const top = Math.min(y1, y2);
  return (
    <g className="annotation-line" data-annotation={annotation.number} data-kind={annotation.event.kind}>
      <line
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        stroke={colour}
        strokeWidth={annotation.isSeriesBreak ? 2.5 : 1.5}
        strokeDasharray={annotation.isSeriesBreak ? '7 4' : undefined}
        strokeOpacity={annotation.isSeriesBreak ? 1 : 0.8}
      />
      <line x1={x1} y1={badgeCentre(top, tier, lift) + BADGE_RADIUS} x2={x1} y2={top} stroke={colour} strokeWidth={1.5} />
    </g>
  );
}

/** Where a badge row sits: above the plot, and above the room kept for value labels (`lift`) in presentation mode. */
const badgeCentre = (plotTop: number, tier: number, lift: number) => plotTop - lift - BASE_TOP_MARGIN / 2 - BADGE_RADIUS - tier * TIER_HEIGHT;

/**
 * The numbered badge of an annotation, drawn in a layer above every line so that stems of badges
 * stacked at the same date never cross another badge's number.
 */
function AnnotationBadge({
  line,
  annotation,
  tier,
  place,
  lift,
}: {
  line: LineShapeProps;
  annotation: ChartAnnotation;
  tier: number;
  place: string;
  lift: number;
}) {
  const { x1, y1, y2 } = line;
  if (x1 === undefined || y1 === undefined || y2 === undefined) return <g />;
  const colour = annotationColour(annotation);
  const cy = badgeCentre(Math.min(y1, y2), tier, lift);
  const label = `${annotation.number}. ${annotation.event.date}, ${place}: ${EVENT_KIND_LABELS[annotation.event.kind]}: ${annotation.event.title}`;
  return (
    <g className="annotation-badge" data-annotation={annotation.number}>
      <title>{label}</title>
      {annotation.isSeriesBreak ? (
        // A square badge: a series break is not an event in the city's life but a change of what is counted.
        <rect
          x={x1 - BADGE_RADIUS}
          y={cy - BADGE_RADIUS}
          width={2 * BADGE_RADIUS}
          height={2 * BADGE_RADIUS}
          rx={3}
          fill="var(--bg)"
          stroke={colour}
          strokeWidth={2.5}
          strokeDasharray="5 2"
        />
      ) : (
        <circle cx={x1} cy={cy} r={BADGE_RADIUS} fill={colour} stroke="var(--bg)" strokeWidth={1.5} />
      )}
      <text
        x={x1}
        y={cy}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={15}
        fontWeight={700}
        fill={annotation.isSeriesBreak ? 'var(--text)' : textOnFill(colour)}
      >
        {annotation.number}
      </text>
    </g>
  );
}

/** Two slanted strokes across a city's line where a series break cuts it. */
function BreakGlyph({ cx, cy, colour }: { cx?: number; cy?: number; colour: string }) {
  if (cx === undefined || cy === undefined) return <g />;
  const strokes = [-4, 4].map((dx) => `M${cx + dx - 4},${cy + 9}L${cx + dx + 4},${cy - 9}`).join('');
  return (
    <g className="series-break-mark">
      <path d={strokes} stroke="var(--bg)" strokeWidth={7} strokeLinecap="round" />
      <path d={strokes} stroke={colour} strokeWidth={3} strokeLinecap="round" />
    </g>
  );
}

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
 * The value labels of a line chart in presentation mode, drawn above the lines and marks: each in
 * its city's colour with a halo of the background so no line cuts it, and in its city's spotlight
 * class so a dimmed city's labels dim with it. Labels at the plot's edges align inwards.
 */
function ValueLabelLayer({ rows, cities, metric }: { rows: readonly YearRow[]; cities: readonly CityId[]; metric: Metric }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const size = useChartText().label;
  if (!xScale || !yScale || !plot) return null;
  const toY = (value: number) => yScale(value) ?? 0;
  const placements = valueLabelPlacements(rows, cities, toY, labelBoxHeight(size));
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="value-labels">
        {cities.map((city) => (
          <g key={city} className={seriesClass(city)}>
            {rows.map((row) => {
              const obs = row.values[city];
              const placement = placements.get(`${city}|${row.year}`);
              const x = xScale(row.year);
              if (!obs || !placement || x === undefined) return null;
              const text = formatQualifiedNumber(obs, metric.decimals);
              const half = (text.length * size * 0.6) / 2;
              const anchor = x - half < plot.x ? 'start' : x + half > plot.x + plot.width ? 'end' : 'middle';
              const y = toY(obs.value);
              return (
                <text
                  key={row.year}
                  className="value-label"
                  x={anchor === 'start' ? x - 4 : anchor === 'end' ? x + 4 : x}
                  y={placement === 'above' ? y - LABEL_GAP : y + LABEL_GAP}
                  textAnchor={anchor}
                  dominantBaseline={placement === 'above' ? 'text-after-edge' : 'text-before-edge'}
                  fontSize={size}
                  fontWeight={700}
                  fill={CITY_COLOURS[city]}
                  stroke="var(--bg)"
                  strokeWidth={5}
                  strokeLinejoin="round"
                  paintOrder="stroke"
                >
                  {text}
                </text>
              );
            })}
          </g>
        ))}
      </g>
    </ZIndexLayer>
  );
}

/**
 * One metric over the years for the selected cities, each in its own colour. Missing years are
 * gaps, never zeros; each point's shape tells its status.
 */
export function CityYearChart({ rows, cities, metric, sourceTitle, annotations = [], annotationPlace, reference }: CityYearChartProps) {
  const presenting = usePresenting();
  const ariaLabels = useChartLabels();
  const { tick: tickSize, label: labelSize } = useChartText();
  const layout = cityYearLayout(rows, annotations);
  // In presentation mode the top point's value label needs room between the plot and the event badges.
  const labelRoom = presenting ? LABEL_GAP + labelBoxHeight(labelSize) : 0;
  const common = {
    data: rows as YearRow[],
    margin: { top: layout.topMargin + labelRoom, right: 20, bottom: 8, left: 8 },
  };
  const axes = (
    <>
      <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="year"
        type="number"
        domain={layout.domain}
        ticks={layout.ticks}
        // The domain is the layout's, exactly: rounding it out to whole-year ticks had stretched a
        // single year's half-year padding to 2017-2020 and put its point a third of the way along.
        niceTicks="none"
        allowDecimals={false}
        tick={{ fontSize: tickSize }}
        stroke="var(--muted)"
      />
      <YAxis
        tick={{ fontSize: tickSize }}
        stroke="var(--muted)"
        width={scaleWithTicks(70, tickSize)}
        tickFormatter={(v: number) => formatEnGb(v, { maximumFractionDigits: metric.decimals })}
      />
      <Tooltip content={<YearTooltip cities={cities} metric={metric} sourceTitle={sourceTitle} />} />
      <Legend content={<CityLegend cities={cities} marker="line" referenceLabel={reference?.label} />} />
    </>
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart {...common} {...ariaLabels}>
        {axes}
        {annotations.map((annotation, index) => (
          <ReferenceLine
            key={annotation.event.id}
            x={annotation.x}
            stroke={annotationColour(annotation)}
            // Behind the data lines.
            zIndex={350}
            shape={(line: LineShapeProps) => <AnnotationLine line={line} annotation={annotation} tier={layout.tiers[index] ?? 0} lift={labelRoom} />}
          />
        ))}
        {annotations.map((annotation, index) => (
          <ReferenceLine
            key={`badge-${annotation.event.id}`}
            x={annotation.x}
            zIndex={2000}
            shape={(line: LineShapeProps) => (
              <AnnotationBadge
                line={line}
                annotation={annotation}
                tier={layout.tiers[index] ?? 0}
                lift={labelRoom}
                place={annotationPlace?.(annotation) ?? (annotation.city ? cityLabel(annotation.city) : 'National')}
              />
            )}
          />
        ))}
        {cities.map((city) => (
          <Line
            key={city}
            className={seriesClass(city)}
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
                // The marks are drawn in a layer of their own, outside the line's group: they carry the
                // city's spotlight class themselves, so a dimmed city's marks dim with its line.
                <g key={`${city}-${props.index}`} className={seriesClass(city)}>
                  <StatusMark cx={props.cx} cy={props.cy} colour={CITY_COLOURS[city]} status={obs.status} size={presenting ? 6.5 : 5} />
                </g>
              );
            }}
          />
        ))}
        {reference ? (
          <Line
            type="linear"
            dataKey={(row: YearRow) => reference.byYear.get(row.year)?.value ?? null}
            name={reference.label}
            stroke={REFERENCE_COLOUR}
            strokeWidth={2.5}
            strokeDasharray="6 4"
            connectNulls={false}
            isAnimationActive={false}
            // An estimated national value gets a mark, hollow and dashed like a city's; so does one
            // with no value beside it, which no dashed segment would show.
            dot={(props: { cx?: number; cy?: number; payload?: YearRow; index?: number }) => {
              const obs = props.payload ? reference.byYear.get(props.payload.year) : undefined;
              const index = props.index ?? -1;
              const hasNeighbour = [rows[index - 1], rows[index + 1]].some((row) => row !== undefined && reference.byYear.has(row.year));
              if (!obs || (obs.status !== 'estimate' && hasNeighbour) || props.cx === undefined || props.cy === undefined) return <g key={`reference-${props.index}`} />;
              return <StatusMark key={`reference-${props.index}`} cx={props.cx} cy={props.cy} colour={REFERENCE_COLOUR} status={obs.status} size={presenting ? 6.5 : 5} />;
            }}
            activeDot={false}
          />
        ) : null}
        {breakMarks(annotations, rows)
          .filter((mark) => cities.includes(mark.city))
          .map((mark) => (
            <ReferenceDot
              key={`break-${mark.number}`}
              x={mark.x}
              y={mark.y}
              zIndex={450}
              shape={(props: { cx?: number; cy?: number }) => <BreakGlyph cx={props.cx} cy={props.cy} colour={CITY_COLOURS[mark.city]} />}
            />
          ))}
        {presenting ? <ValueLabelLayer rows={rows} cities={cities} metric={metric} /> : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
