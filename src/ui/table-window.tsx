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
