import { lazy, Suspense, useContext, useRef, useState, type KeyboardEvent } from 'react';
import { DataTableCells, DataTableHeadRow, useSortedRows, type DataTableColumn, type DataTableProps } from './data-table';
import { ESTIMATED_ROW_HEIGHT, OVERSCAN_ROWS, scrollKeyOf, TableSpacer, type ScrollKey } from './table-window';
import type { WindowRows as WindowRowsComponent } from './window-rows';
import { DrawEveryCard } from './use-near-viewport';

/** Tables of more rows than this draw only the rows in and near their scroll box. */
export const WINDOW_ABOVE_ROWS = 200;

// The windowing library (about 11 KB gzip) loads when the box is first about to scroll, not with
// the page: until then the box can only show its first rows, which need no library.
// lazy() drops the component's type parameter; it is the same component.
const WindowRows = lazy(() => import('./window-rows').then((m) => ({ default: m.WindowRows }))) as unknown as typeof WindowRowsComponent;

export type WindowedDataTableProps<Row> = DataTableProps<Row> & {
  /** The scroll box's height in px: required, since the window is what the box shows. */
  maxHeight: number;
  /** More rows than this are windowed; at most this many render as a plain DataTable would. */
  windowAbove?: number;
  /**
   * Window only where nothing scrolls (a printed page, a presenter's preview: DrawEveryCard), where
   * rows past the box never show. On screen every row is drawn, so Tab and find-in-page reach them
   * all and a focused link is never swapped away: for tables of a few hundred rows.
   */
  windowOnPaperOnly?: boolean;
};

/** The rows a box at its top shows (and a few more), and the space of the rest. */
function FirstRows<Row>({ rows, columns, rowKey, maxHeight }: { rows: readonly Row[]; columns: readonly DataTableColumn<Row>[]; rowKey: (row: Row) => string; maxHeight: number }) {
  const shown = rows.slice(0, Math.ceil(maxHeight / ESTIMATED_ROW_HEIGHT) + OVERSCAN_ROWS);
  return (
    <>
      {shown.map((row, index) => (
        <tr key={rowKey(row)} aria-rowindex={index + 2}>
          <DataTableCells columns={columns} row={row} />
        </tr>
      ))}
      <TableSpacer height={(rows.length - shown.length) * ESTIMATED_ROW_HEIGHT} columns={columns.length} />
    </>
  );
}

/**
 * DataTable for tens of thousands of rows (the Sources page's every value): the same caption,
 * sortable headers, sticky header and focusable scroll box, but above `windowAbove` rows only the
 * rows in view (and a few either side) are in the document, between spacer rows that keep the
 * scroll height of all of them. The <table> then says how many rows it has (aria-rowcount) and
 * each row where it stands (aria-rowindex), so a screen reader announces the full size. Sorting
 * and filtering act on every row; only drawing is windowed (by @tanstack/react-virtual, see
 * window-rows.tsx).
 *
 * Printing: the print view cuts a scroll box that would not stay readable whole, with a note
 * (app/print/use-print-page.ts); the box is at its top there, so the rows printed are the rows up
 * to the cut.
 */
export function WindowedDataTable<Row>({ caption, columns, rows, rowKey, initialSort, maxHeight, windowAbove = WINDOW_ABOVE_ROWS, windowOnPaperOnly = false }: WindowedDataTableProps<Row>) {
  const { sort, setSort, sortedRows } = useSortedRows(rows, columns, initialSort);
  const scrollRef = useRef<HTMLDivElement>(null);
  const onPaper = useContext(DrawEveryCard);
  const windowed = sortedRows.length > windowAbove && (onPaper || !windowOnPaperOnly);
  // Set when the box is about to scroll: a pointer over it, the focus in it, or a scroll itself.
  const [scrolls, setScrolls] = useState(false);
  const wantScrolling = windowed && !scrolls ? () => setScrolls(true) : undefined;
  // Home, End, PageUp and PageDown scroll a windowed box by its virtualizer (window-rows.tsx says
  // why); a key pressed while that is still loading waits for it.
  const scrollByKey = useRef<((key: ScrollKey) => void) | null>(null);
  const pendingKey = useRef<ScrollKey | null>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = windowed ? scrollKeyOf(event) : null;
    if (!key) return;
    event.preventDefault();
    if (scrollByKey.current) {
      scrollByKey.current(key);
    } else {
      pendingKey.current = key;
      setScrolls(true);
    }
  };

  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      style={{ maxHeight }}
      tabIndex={0}
      role="region"
      aria-label={`${caption}, table`}
      onPointerEnter={wantScrolling}
      onFocus={wantScrolling}
      onScroll={wantScrolling}
      onWheel={wantScrolling}
      onTouchStart={wantScrolling}
      onKeyDown={onKeyDown}
    >
      <table className={windowed ? 'data-table data-table--windowed' : 'data-table'} aria-rowcount={windowed ? sortedRows.length + 1 : undefined}>
        <caption className="visually-hidden">{caption}</caption>
        {windowed ? (
          <colgroup>
            {columns.map((column) => (
              <col key={column.key} style={column.width ? { width: column.width } : undefined} />
            ))}
          </colgroup>
        ) : null}
        <thead>
          <DataTableHeadRow columns={columns} sort={sort} onSort={setSort} rowIndex={windowed ? 1 : undefined} />
        </thead>
        <tbody>
          {!windowed ? (
            sortedRows.map((row) => (
              <tr key={rowKey(row)}>
                <DataTableCells columns={columns} row={row} />
              </tr>
            ))
          ) : scrolls ? (
            <Suspense fallback={<FirstRows rows={sortedRows} columns={columns} rowKey={rowKey} maxHeight={maxHeight} />}>
              <WindowRows rows={sortedRows} columns={columns} rowKey={rowKey} scrollRef={scrollRef} scrollByKey={scrollByKey} pendingKey={pendingKey} />
            </Suspense>
          ) : (
            <FirstRows rows={sortedRows} columns={columns} rowKey={rowKey} maxHeight={maxHeight} />
          )}
        </tbody>
      </table>
    </div>
  );
}
