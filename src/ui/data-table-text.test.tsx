import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, nodeText, tableText, type DataTableColumn } from './data-table';
import { StatusBadge } from './status-badge';

type Row = { name: string; value?: number };

const columns: DataTableColumn<Row>[] = [
  { key: 'name', header: 'Name', render: (r) => r.name, sortValue: (r) => r.name },
  {
    key: 'value',
    header: 'Value',
    render: (r) =>
      r.value === undefined ? (
        <span className="missing">not stated</span>
      ) : (
        <>
          {r.value} (2024) <StatusBadge status="estimate" />
        </>
      ),
    sortValue: (r) => r.value,
  },
];
const rows: Row[] = [{ name: 'b', value: 2 }, { name: 'a' }, { name: 'c', value: 1 }];

describe('a table view as text', () => {
  it('reads a cell as the page shows it, badges and fragments included', () => {
    expect(nodeText(<>x {null}{false}<b>y</b> {3}</>)).toBe('x y 3');
  });

  it('gives the rendered table’s cells, in the order of its first sort', () => {
    const sort = { key: 'value', direction: 'ascending' } as const;
    const text = tableText(columns, rows, sort);
    render(<DataTable caption="t" columns={columns} rows={rows} rowKey={(r) => r.name} initialSort={sort} />);
    const shown = [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(text.header).toEqual(['Name', 'Value']);
    expect(text.rows).toEqual(shown);
    expect(text.rows.map((r) => r[0])).toEqual(['c', 'b', 'a']);
  });
});
