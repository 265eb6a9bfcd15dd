import type { Status } from '../api/schemas';
import { STATUS_LABELS } from '../api/schemas';

export type StatusMarkProps = {
  cx: number;
  cy: number;
  colour: string;
  status: Status;
  size?: number;
  /** A legend swatch rather than a plotted value: it carries no `data-status`, so marks can be counted. */
  swatch?: boolean;
};

/**
 * A data point whose shape tells its status, so estimates never pass for reported figures
 * on the chart itself: filled circle = reported, filled diamond = seed article, hollow circle = estimate.
 * `data-status` lets a browser test count the marks of each status against the table's rows.
 */
export function StatusMark({ cx, cy, colour, status, size = 5, swatch = false }: StatusMarkProps) {
  const dataStatus = swatch ? undefined : status;
  if (status === 'seed') {
    const s = size + 1.5;
    return (
      <path
        d={`M${cx},${cy - s}L${cx + s},${cy}L${cx},${cy + s}L${cx - s},${cy}Z`}
        fill={colour}
        stroke="var(--bg)"
        strokeWidth={1.5}
        data-status={dataStatus}
      />
    );
  }
  if (status === 'estimate') {
    return <circle cx={cx} cy={cy} r={size} fill="var(--bg)" stroke={colour} strokeWidth={2.5} strokeDasharray="3 2" data-status={dataStatus} />;
  }
  return <circle cx={cx} cy={cy} r={size} fill={colour} stroke="var(--bg)" strokeWidth={1.5} data-status={dataStatus} />;
}

export type StatusLegendProps = { statuses: readonly Status[]; marks?: 'points' | 'bars' };

/** A bar whose fill tells its status: solid for reported and seed figures, hollow and dashed for estimates. */
function BarSwatch({ status }: { status: Status }) {
  return status === 'estimate' ? (
    <rect x={1} y={3} width={14} height={10} fill="var(--bg)" stroke="var(--text)" strokeWidth={2} strokeDasharray="3 2" />
  ) : (
    <rect x={1} y={3} width={14} height={10} fill="var(--text)" />
  );
}

/** The key to the status marks, listing only the statuses on the chart. */
export function StatusLegend({ statuses, marks = 'points' }: StatusLegendProps) {
  if (statuses.length === 0) return null;
  return (
    <ul className="status-legend" aria-label="Marks">
      {statuses.map((status) => (
        <li key={status} data-status={status}>
          <svg width="16" height="16" aria-hidden="true">
            {marks === 'bars' ? <BarSwatch status={status} /> : <StatusMark cx={8} cy={8} colour="var(--text)" status={status} size={5} swatch />}
          </svg>
          {STATUS_LABELS[status]}
        </li>
      ))}
    </ul>
  );
}

/** A city's colour beside its name, so tooltip text itself keeps full contrast. */
export function CitySwatch({ colour }: { colour: string }) {
  return <span className="city-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />;
}
