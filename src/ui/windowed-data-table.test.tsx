import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DrawEveryCard } from './use-near-viewport';
import { WindowedDataTable } from './windowed-data-table';

type Row = { id: string; name: string };
const rows: Row[] = Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, name: `Row ${String(i).padStart(3, '0')}` }));
const columns = [{ key: 'name', header: 'Name', render: (r: Row) => r.name, sortValue: (r: Row) => r.name, width: '100%' }];

function Table() {
  return <WindowedDataTable caption="Rows" rows={rows} rowKey={(r) => r.id} columns={columns} maxHeight={360} windowOnPaperOnly />;
}

describe('a table windowed on paper only', () => {
  it('draws every row on screen, so Tab and find-in-page reach the last', () => {
    render(<Table />);
    const table = screen.getByRole('table');
    expect(within(table).getByText('Row 299')).toBeInTheDocument();
    expect(table).not.toHaveAttribute('aria-rowcount');
  });

  it('on a printed page draws the rows its box shows and counts them all', () => {
    render(
      <DrawEveryCard value>
        <Table />
      </DrawEveryCard>,
    );
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '301');
    expect(within(table).getByText('Row 000')).toBeInTheDocument();
    expect(within(table).queryByText('Row 299')).not.toBeInTheDocument();
  });
});
