import { useMemo, useState, type ReactNode } from 'react';
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
  initialSort?: { key: string; direction: 'ascending' | 'descending' };
  maxHeight?: number;
};

function compare(a: string | number | null | undefined, b: string | number | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}

/** An accessible table with sortable columns (sort state is announced through aria-sort). */
export function DataTable<Row>({ caption, columns, rows, rowKey, initialSort, maxHeight }: DataTableProps<Row>) {
  const [sort, setSort] = useState(initialSort);
  const sortedRows = useMemo(() => {
    const column = columns.find((c) => c.key === sort?.key);
    if (!sort || !column?.sortValue) return rows;
    const { sortValue } = column;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = sortValue(a);
      const vb = sortValue(b);
      // Missing values stay last in both directions.
      if (va === null || va === undefined) return vb === null || vb === undefined ? 0 : 1;
      if (vb === null || vb === undefined) return -1;
      return sign * compare(va, vb);
    });
  }, [rows, columns, sort]);

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
