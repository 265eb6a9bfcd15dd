import { isValidElement, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { compareText } from '../domain/format';

export type DataTableColumn<Row> = {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Present when the column can be sorted; numbers sort numerically, missing values last. */
  sortValue?: (row: Row) => string | number | null | undefined;
  align?: 'start' | 'end';
  /**
   * The column's share of a windowed table's width (a CSS length, say '12%'). A windowed table
   * lays its columns out once (table-layout: fixed) so they do not move as rows come and go while
   * scrolling; a plain table sizes columns by their content and ignores this.
   */
  width?: string;
};

export type DataTableSort = { key: string; direction: 'ascending' | 'descending' };

export type DataTableProps<Row> = {
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: DataTableSort;
  maxHeight?: number;
};

type SortValue = string | number | null | undefined;

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}

/**
 * `rows` in the order of `sortValue`, stable, missing values last in both directions. Each row's
 * value is read once and each distinct value compared once (text with the collator), so sorting
 * tens of thousands of rows compares small numbers rather than calling the collator a million times.
 */
export function sortRows<Row>(rows: readonly Row[], sortValue: (row: Row) => SortValue, direction: DataTableSort['direction']): Row[] {
  const values = rows.map(sortValue);
  const distinct = [...new Set(values.filter((v) => v !== null && v !== undefined))].sort(compare);
  const rankOf = new Map<SortValue, number>();
  let rank = 0;
  distinct.forEach((value, index) => {
    // Values the comparison calls equal share a rank, so they keep their order as before.
    if (index > 0 && compare(distinct[index - 1], value) !== 0) rank += 1;
    rankOf.set(value, rank);
  });
  const ranks = values.map((v) => rankOf.get(v) ?? -1);
  const sign = direction === 'ascending' ? 1 : -1;
  const order = rows.map((_, index) => index);
  order.sort((a, b) => {
    const ra = ranks[a] ?? -1;
    const rb = ranks[b] ?? -1;
    if (ra === -1) return rb === -1 ? 0 : 1;
    if (rb === -1) return -1;
    return sign * (ra - rb);
  });
  return order.map((index) => rows[index] as Row);
}

/** The sort state a table's header sets, and its rows in that order. */
export function useSortedRows<Row>(rows: readonly Row[], columns: readonly DataTableColumn<Row>[], initialSort: DataTableSort | undefined) {
  const [sort, setSort] = useState(initialSort);
  const sortValue = columns.find((c) => c.key === sort?.key)?.sortValue;
  const sortedRows = useMemo(() => (sort && sortValue ? sortRows(rows, sortValue, sort.direction) : rows), [rows, sortValue, sort]);
  return { sort, setSort, sortedRows };
}

export const cellClass = (column: { align?: 'start' | 'end' }) => (column.align === 'end' ? 'align-end' : undefined);

/** The header row: one button per sortable column; the sort is announced through aria-sort. */
export function DataTableHeadRow<Row>({
  columns,
  sort,
  onSort,
  rowIndex,
}: {
  columns: readonly DataTableColumn<Row>[];
  sort: DataTableSort | undefined;
  onSort: (sort: DataTableSort) => void;
  /** aria-rowindex, for a table that draws only some of its rows. */
  rowIndex?: number;
}) {
  return (
    <tr aria-rowindex={rowIndex}>
      {columns.map((column) => {
        const active = sort?.key === column.key;
        return (
          <th key={column.key} scope="col" className={cellClass(column)} aria-sort={active ? sort.direction : column.sortValue ? 'none' : undefined}>
            {column.sortValue ? (
              <button
                type="button"
                className="sort-button"
                onClick={() =>
                  onSort({
                    key: column.key,
                    direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
                  })
                }
              >
                {column.header}
                <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? '\u00a0▲' : '\u00a0▼') : '\u00a0↕'}</span>
              </button>
            ) : (
              column.header
            )}
          </th>
        );
      })}
    </tr>
  );
}

/** One row's cells. */
export function DataTableCells<Row>({ columns, row }: { columns: readonly DataTableColumn<Row>[]; row: Row }) {
  return columns.map((column) => (
    <td key={column.key} className={cellClass(column)}>
      {column.render(row)}
    </td>
  ));
}

/**
 * A cell's text as the page shows it (its textContent), without rendering: host elements give their
 * children's text, function components (the cells' badges and figure cells, plain functions of their
 * props without hooks) are called. For exports that need the table view's own words (PowerPoint).
 */
export function nodeText(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map((n: ReactNode) => nodeText(n)).join('');
  if (isValidElement(node)) {
    const element = node as ReactElement<{ children?: ReactNode }>;
    if (typeof element.type === 'function') return nodeText((element.type as (props: unknown) => ReactNode)(element.props));
    return nodeText(element.props.children);
  }
  return '';
}

/** The table view as text: its headers and each row's cells, in the order the table first shows them. */
export function tableText<Row>(columns: readonly DataTableColumn<Row>[], rows: readonly Row[], initialSort?: DataTableSort): { header: string[]; rows: string[][] } {
  const sortValue = columns.find((c) => c.key === initialSort?.key)?.sortValue;
  const ordered = initialSort && sortValue ? sortRows(rows, sortValue, initialSort.direction) : rows;
  return { header: columns.map((c) => c.header), rows: ordered.map((row) => columns.map((c) => nodeText(c.render(row)))) };
}

/** An accessible table with sortable columns (sort state is announced through aria-sort). */
export function DataTable<Row>({ caption, columns, rows, rowKey, initialSort, maxHeight }: DataTableProps<Row>) {
  const { sort, setSort, sortedRows } = useSortedRows(rows, columns, initialSort);
  return (
    <div className="table-scroll" style={maxHeight ? { maxHeight } : undefined} tabIndex={0} role="region" aria-label={`${caption}, table`}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <DataTableHeadRow columns={columns} sort={sort} onSort={setSort} />
        </thead>
        <tbody>
          {sortedRows.map((row) => (
            <tr key={rowKey(row)}>
              <DataTableCells columns={columns} row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
