import { isValidElement, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { compareText } from '../domain/format';

export type DataTableColumn<Row> = {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Present when the column can be sorted; numbers sort numerically, missing values last. */
  sortValue?: (row: Row) => string | number | null | undefined;
  align?: 'start' | 'end';
};

export type DataTableProps<Row> = {
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: TableSort;
  maxHeight?: number;
};

function compare(a: string | number | null | undefined, b: string | number | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}

type TableSort = { key: string; direction: 'ascending' | 'descending' };

/** The rows in the order the table shows them under `sort` (missing values last in both directions). */
export function sortRows<Row>(rows: readonly Row[], columns: readonly DataTableColumn<Row>[], sort: TableSort | undefined): readonly Row[] {
  const column = columns.find((c) => c.key === sort?.key);
  if (!sort || !column?.sortValue) return rows;
  const { sortValue } = column;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a);
    const vb = sortValue(b);
    if (va === null || va === undefined) return vb === null || vb === undefined ? 0 : 1;
    if (vb === null || vb === undefined) return -1;
    return sign * compare(va, vb);
  });
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
export function tableText<Row>(columns: readonly DataTableColumn<Row>[], rows: readonly Row[], initialSort?: TableSort): { header: string[]; rows: string[][] } {
  return { header: columns.map((c) => c.header), rows: sortRows(rows, columns, initialSort).map((row) => columns.map((c) => nodeText(c.render(row)))) };
}

/** An accessible table with sortable columns (sort state is announced through aria-sort). */
export function DataTable<Row>({ caption, columns, rows, rowKey, initialSort, maxHeight }: DataTableProps<Row>) {
  const [sort, setSort] = useState(initialSort);
  const sortedRows = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);

  return (
    <div className="table-scroll" style={maxHeight ? { maxHeight } : undefined} tabIndex={0} role="region" aria-label={`${caption}, table`}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.align === 'end' ? 'align-end' : undefined}
                  aria-sort={active ? sort.direction : column.sortValue ? 'none' : undefined}
                >
                  {column.sortValue ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setSort({
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
        </thead>
        <tbody>
          {sortedRows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.align === 'end' ? 'align-end' : undefined}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
