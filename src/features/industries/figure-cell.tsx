import type { Figure } from '../../api/schemas';
import { StatusBadge } from '../../ui/status-badge';

export type FigureCellProps = { figure: Figure | undefined; format: (figure: Figure) => string; missing?: string };

/** A figure with its year and its own status, so a seed or estimated figure never borrows another's. */
export function FigureCell({ figure, format, missing = 'no figure' }: FigureCellProps) {
  if (!figure) return <span className="missing">{missing}</span>;
  return (
    <>
      {format(figure)} ({figure.year}) <StatusBadge status={figure.status} />
    </>
  );
}
