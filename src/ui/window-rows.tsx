import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { DataTableCells, type DataTableColumn } from './data-table';
import { ESTIMATED_ROW_HEIGHT, OVERSCAN_ROWS, TableSpacer } from './table-window';

export type WindowRowsProps<Row> = {
  rows: readonly Row[];
  columns: readonly DataTableColumn<Row>[];
  rowKey: (row: Row) => string;
  scrollRef: RefObject<HTMLDivElement | null>;
};

/**
 * The rows of a WindowedDataTable in and near its scroll box, windowed by @tanstack/react-virtual
 * (loaded with this file, on demand): a spacer row for those above, the rows drawn (measured as
 * they are, since a long note wraps), a spacer for those below.
 */
export function WindowRows<Row>({ rows, columns, rowKey, scrollRef }: WindowRowsProps<Row>) {
  // The library's hook returns a mutable instance that re-renders this component on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    // This loads on the box's first scroll (or on a pointer or focus coming to it): start where it is.
    initialOffset: () => scrollRef.current?.scrollTop ?? 0,
    getItemKey: (index) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const total = virtualizer.getTotalSize();
  return (
    <>
      <TableSpacer height={first ? first.start : 0} columns={columns.length} />
      {items.map((item) => (
        <tr key={item.key} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
          <DataTableCells columns={columns} row={rows[item.index] as Row} />
        </tr>
      ))}
      <TableSpacer height={last ? total - last.end : total} columns={columns.length} />
    </>
  );
}
