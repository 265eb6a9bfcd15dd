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

  it.each([
    ['a formula followed by a line break', '=HYPERLINK("http://x","Bulletin")\nsecond line'],
    ['a formula followed by a carriage return and line feed', '=1+1\r\nmore'],
    ['a formula followed by a Unicode line separator', '=1+1\u2028more'],
    ['a leading space', ' =HYPERLINK("http://x")'],
    ['a leading line break', '\n=cmd|" /C calc"!A0'],
    ['a leading no-break or full-width space', '\u3000=1+1'],
    ['a full-width equals sign', '\uff1dHYPERLINK("http://x")'],
    ['a full-width plus, minus and at sign', '\uff0b1'],
    ['a full-width minus', '\uff0d1'],
    ['a full-width at sign', '\uff20SUM(A1)'],
    ['a carriage return first', '\r=1'],
  ])('neutralises %s, and the cell reads back whole', (_case, text) => {
    const csv = toCsv(['source'], [[text]]);
    const [, row] = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
    expect(row?.[0]).toBe(`'${text}`);
  });

  it('leaves ordinary text, signs inside text, and numbers alone', () => {
    const csv = toCsv(['a', 'b', 'c'], [['Wuhan (武汉) GDP, 2024', 'a = b + c', -3], ['Line one\nline two', 'x@example.org', 0.5]]);
    const rows = Papa.parse<string[]>(csv, { newline: '\r\n' }).data.slice(1);
    expect(rows).toEqual([
      ['Wuhan (武汉) GDP, 2024', 'a = b + c', '-3'],
      ['Line one\nline two', 'x@example.org', '0.5'],
    ]);
  });

  it('neutralises a hostile header too', () => {
    expect(toCsv(['=cmd'], []).split('\r\n')[0]).toBe(`'=cmd`);
  });

  it('writes missing values as empty cells', () => {
    const csv = toCsv(['a', 'b'], [[null, undefined]]);
    expect(csv.split('\r\n')[1]).toBe(',');
  });
});
