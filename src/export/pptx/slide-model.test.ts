import { describe, expect, it } from 'vitest';
import { cappedPages, leftOutLine, pageRows } from './slide-model';

const table = (n: number) => ({ header: ['A', 'B'], rows: Array.from({ length: n }, (_, i) => [`row ${i}`, 'x']) });

describe('paging a long table', () => {
  it('keeps every row when the table has no page limit', () => {
    const { pages, leftOut } = cappedPages(table(100), 10, 100);
    expect(pages).toEqual(pageRows(table(100), 10, 100));
    expect(pages.flat()).toHaveLength(100);
    expect(leftOut).toBe(0);
  });

  it('stops at its page limit and counts the rows left out', () => {
    const { pages, leftOut } = cappedPages({ ...table(100), maxPages: 3 }, 10, 100);
    expect(pages).toHaveLength(3);
    expect(pages.flat().length + leftOut).toBe(100);
    expect(leftOutLine(1234, 2000, 'the CSV has every row')).toBe('1,234 of 2,000 rows are left out here; the CSV has every row.');
  });
});
