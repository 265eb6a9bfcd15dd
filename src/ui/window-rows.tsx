import { measureElement, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useState, type RefObject } from 'react';
import { DataTableCells, type DataTableColumn } from './data-table';
import { createRowHeights, OVERSCAN_ROWS, TableSpacer, type ScrollKey } from './table-window';

export type WindowRowsProps<Row> = {
  rows: readonly Row[];
  columns: readonly DataTableColumn<Row>[];
  rowKey: (row: Row) => string;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Set while these rows are drawn: scrolls the box as a key asks (see scrollKeyOf). */
  scrollByKey: RefObject<((key: ScrollKey) => void) | null>;
  /** A key pressed before this file had loaded, to act on when it has. */
  pendingKey: RefObject<ScrollKey | null>;
};

/** Whether the box is scrolled to its bottom (within a pixel), having been scrolled at all. */
const atBottom = (box: HTMLElement) => box.scrollTop > 0 && box.scrollTop + box.clientHeight >= box.scrollHeight - 1;

/**
 * Home, End, PageUp and PageDown, by the virtualizer. The browser's own scrolling for these keys
 * is animated, and the virtualizer corrects scrollTop whenever a row drawn above the top of the
 * box turns out taller than its estimate: each correction ends the animation, so End left the box
 * thousands of rows short of the bottom (and Home short of the top). scrollToIndex jumps at once
 * and re-aims, frame by frame, until the rows it lands among are measured and the target holds.
 */
function scrollBox(virtualizer: Virtualizer<HTMLDivElement, Element>, box: HTMLElement, key: ScrollKey) {
  const last = virtualizer.options.count - 1;
  if (last < 0) return;
  if (key === 'first') return virtualizer.scrollToIndex(0, { align: 'start' });
  if (key === 'last') return virtualizer.scrollToIndex(last, { align: 'end' });
  // A page: the rows' part of the box, under the sticky header row. The virtualizer's offsets
  // start at the first row, so the row at the top of that part is the one at scrollTop. PageDown
  // brings the row at the bottom to the top; PageUp the row a page above the top (by the offsets,
  // estimated where not measured). Both by index, so they land as End does.
  const rowsHeight = Math.max(box.clientHeight - (box.querySelector('thead')?.offsetHeight ?? 0), 1);
  const top = virtualizer.getVirtualItemForOffset(box.scrollTop)?.index ?? 0;
  const target = virtualizer.getVirtualItemForOffset(key === 'pageDown' ? box.scrollTop + rowsHeight - 1 : Math.max(box.scrollTop - rowsHeight + 1, 0))?.index ?? top;
  // A row taller than the box is a page of its own.
  const index = target !== top ? target : key === 'pageDown' ? top + 1 : top - 1;
  virtualizer.scrollToIndex(Math.min(Math.max(index, 0), last), { align: 'start' });
}

/**
 * The rows of a WindowedDataTable in and near its scroll box, windowed by @tanstack/react-virtual
 * (loaded with this file, on demand): a spacer row for those above, the rows drawn (measured as
 * they are, since a long note wraps), a spacer for those below. Rows not yet drawn are estimated
 * at the average height of those measured, so the scroll height is near the truth from the start.
 */
export function WindowRows<Row>({ rows, columns, rowKey, scrollRef, scrollByKey, pendingKey }: WindowRowsProps<Row>) {
  const [heights] = useState(createRowHeights);
  // The library's hook returns a mutable instance that re-renders this component on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    // Asked for each row not yet measured after the first row (re)measured: rows below it.
    estimateSize: () => heights.estimate(),
    measureElement: (element, entry, instance) => {
      const height = measureElement(element, entry, instance);
      heights.note(instance.options.getItemKey(instance.indexFromElement(element)), height);
      return height;
    },
    overscan: OVERSCAN_ROWS,
    // This loads on the box's first scroll (or on a pointer or focus coming to it): start where it is.
    initialOffset: () => scrollRef.current?.scrollTop ?? 0,
    getItemKey: (index) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
  });

  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    scrollByKey.current = (key) => scrollBox(virtualizer, box, key);
    // A scroll that reaches the bottom (the scroll bar dragged down, a fling) draws the last rows,
    // which may be taller than estimated: once it ends, the box goes on to the true bottom.
    let reachedBottom = atBottom(box);
    const onScroll = () => {
      reachedBottom = atBottom(box);
    };
    const onScrollEnd = () => {
      if (reachedBottom && !atBottom(box)) scrollBox(virtualizer, box, 'last');
    };
    const pending = pendingKey.current;
    pendingKey.current = null;
    if (pending) scrollBox(virtualizer, box, pending);
    else if (reachedBottom) scrollBox(virtualizer, box, 'last');
    box.addEventListener('scroll', onScroll, { passive: true });
    box.addEventListener('scrollend', onScrollEnd);
    return () => {
      scrollByKey.current = null;
      box.removeEventListener('scroll', onScroll);
      box.removeEventListener('scrollend', onScrollEnd);
    };
  }, [scrollRef, scrollByKey, pendingKey, virtualizer]);

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
