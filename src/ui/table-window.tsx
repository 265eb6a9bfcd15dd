/** A one-line row with a status badge, in px; a windowed table measures its rows as they are drawn. */
export const ESTIMATED_ROW_HEIGHT = 36;
/** Rows drawn beyond each edge of the box, so fast scrolling and the sticky header never show a gap. */
export const OVERSCAN_ROWS = 10;

/** The space of rows not drawn (hidden from assistive technology: the table's aria-rowcount counts them). */
export function TableSpacer({ height, columns }: { height: number; columns: number }) {
  return height > 0 ? (
    <tr className="data-table__spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  ) : null;
}

/**
 * The heights of the rows measured so far, by row key, and their average: the estimate for the
 * rows not yet drawn. A fixed estimate leaves the scroll height far from the truth when many rows
 * wrap (a long note), so a box sent to its bottom would stop short once the rows there are measured.
 */
export function createRowHeights(initial: number = ESTIMATED_ROW_HEIGHT) {
  const heights = new Map<string | number | bigint, number>();
  let sum = 0;
  return {
    note(key: string | number | bigint, height: number) {
      sum += height - (heights.get(key) ?? 0);
      heights.set(key, height);
    },
    estimate(): number {
      return heights.size === 0 ? initial : sum / heights.size;
    },
  };
}

/** What a key pressed in a windowed table's scroll box asks of it, when the table handles it. */
export type ScrollKey = 'first' | 'last' | 'pageUp' | 'pageDown';

/**
 * Home, End (with or without Ctrl), PageUp and PageDown, which a windowed table's scroll box
 * handles itself rather than leaving to the browser; null for any other key, and for these in a
 * field that uses them (a text field's Home and End move the caret).
 */
export function scrollKeyOf(event: { key: string; ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean; target: EventTarget | null }): ScrollKey | null {
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) return null;
  if (event.altKey || event.shiftKey || event.metaKey) return null;
  switch (event.key) {
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'PageUp':
      return event.ctrlKey ? null : 'pageUp';
    case 'PageDown':
      return event.ctrlKey ? null : 'pageDown';
    default:
      return null;
  }
}
