import type { Status } from '../api/schemas';
import { STATUS_LABELS } from '../api/vocabulary';

const STATUS_DESCRIPTIONS: Record<Status, string> = {
  reported: 'Reported by a named source',
  seed: 'As written in the seed article (APF Canada, 2021)',
  estimate: 'Estimate: see its method',
};

export type StatusBadgeProps = { status: Status };

/** The status of a value, told by text and a pattern, never by colour alone. */
export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <span className={`status-badge status-badge--${status}`} title={STATUS_DESCRIPTIONS[status]}>
      {STATUS_LABELS[status]}
    </span>
  );
}
