import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('neutralises formula-like text and keeps numbers as numbers', () => {
    const csv = toCsv(['label', 'value'], [
      ['=HYPERLINK("http://x")', -12.5],
      ['+1', 3],
      ['@SUM(A1)', 0],
      ['\tTab', 7],
      ['-minus text', 1],
      ['plain, with comma', 1771.676],
    ]);
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed.slice(1).map((row) => row[0])).toEqual([
      `'=HYPERLINK("http://x")`,
      `'+1`,
      `'@SUM(A1)`,
      `'\tTab`,
      `'-minus text`,
      'plain, with comma',
    ]);
    expect(parsed.slice(1).map((row) => row[1])).toEqual(['-12.5', '3', '0', '7', '1', '1771.676']);
  });

  it('writes missing values as empty cells', () => {
    const csv = toCsv(['a', 'b'], [[null, undefined]]);
    expect(csv.split('\r\n')[1]).toBe(',');
  });
});
