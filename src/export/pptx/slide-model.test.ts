import { describe, expect, it } from 'vitest';
import { formatQualifiedNumber } from '../../domain/format';
import { csvNumber } from '../csv/observation-csv';
import { cappedPages, citySeries, columnChars, leftOutLine, pageRows, qualifiedValuesNote, tableLayout, type PptxBody, type StatusValue } from './slide-model';

const table = (n: number) => ({ header: ['A', 'B'], rows: Array.from({ length: n }, (_, i) => [`row ${i}`, 'x']) });

describe('paging a long table', () => {
  const layoutOf = (n: number) => tableLayout(table(n));

  it('keeps every row when the table has no page limit', () => {
    const { pages, leftOut } = cappedPages(table(100), 2, layoutOf(100));
    expect(pages).toEqual(pageRows(table(100), 2, layoutOf(100)));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flat()).toHaveLength(100);
    expect(leftOut).toBe(0);
  });

  it('stops at its page limit and counts the rows left out', () => {
    const { pages, leftOut } = cappedPages({ ...table(100), maxPages: 3 }, 2, layoutOf(100));
    expect(pages).toHaveLength(3);
    expect(pages.flat().length + leftOut).toBe(100);
    expect(leftOutLine(1234, 2000, 'the CSV has every row')).toBe('1,234 of 2,000 rows are left out here; the CSV has every row.');
  });

  it('counts each row’s cell margins: one-line rows of 12 pt fill 4.85 in at about 17 a page, not 20', () => {
    const pages = pageRows(table(100), 4.85, layoutOf(100));
    expect(pages[0]?.length).toBeGreaterThanOrEqual(15);
    expect(pages[0]?.length).toBeLessThanOrEqual(17);
  });
});

describe('values a source qualified, on a chart slide', () => {
  const kit = { csvNumber, formatQualifiedNumber };
  const chartOf = (cities: Parameters<typeof citySeries>[1], categories: string[]): PptxBody => ({
    kind: 'chart',
    chart: { kind: 'line', categories, series: citySeries(categories.length, cities, kit), valueAxisTitle: '', categoryAxisTitle: '', showValues: true },
  });

  it('names each one with its sign (the number as the chart’s labels write it), under its place (in English) and category; an estimate under its estimate series', () => {
    const values: (StatusValue | undefined)[] = [
      { value: 14500, status: 'reported', qualifier: 'approx' },
      { value: 16000, status: 'reported', qualifier: 'atLeast' },
      { value: 1.25, status: 'estimate', qualifier: 'range', valueHigh: 1.5 },
      { value: 3, status: 'reported' },
    ];
    const body = chartOf([{ name: 'Wuhan 武汉', colour: '#0072b2', valueAt: (i) => values[i] }], ['2021', '2022', '2023', '2024']);
    expect(qualifiedValuesNote(body, kit)).toEqual([
      'As the sources give them (the chart shows the number alone): Wuhan, 2021 ~14,500; Wuhan, 2022 ≥16,000; Wuhan (estimate), 2023 1.25–1.50.',
    ]);
  });

  it('names no range whose upper value was dropped (a figure also stated in the target currency): it is the number alone', () => {
    const body = chartOf([{ name: 'Wuhan 武汉', colour: '#0072b2', valueAt: () => ({ value: 7, status: 'reported', qualifier: 'range' }) }], ['2021']);
    expect(qualifiedValuesNote(body, kit)).toEqual([]);
  });

  it('says nothing when no value is qualified, and nothing for a table', () => {
    const plain = chartOf([{ name: 'Xi’an 西安', colour: '#d55e00', valueAt: () => ({ value: 2, status: 'reported' }) }], ['2020']);
    expect(qualifiedValuesNote(plain, kit)).toEqual([]);
    expect(qualifiedValuesNote({ kind: 'table', table: { header: ['A'], rows: [['~1']] } }, kit)).toEqual([]);
  });

  it('names four and counts the rest, so the line stays short; a chart of one series names no place', () => {
    const body = chartOf([{ name: 'Chengdu 成都', colour: '#9b30d9', valueAt: (i) => ({ value: i + 1, status: 'reported', qualifier: 'upTo' }) }], ['a', 'b', 'c', 'd', 'e', 'f']);
    const [line] = qualifiedValuesNote(body, kit);
    expect(line).toBe('As the sources give them (the chart shows the number alone): a ≤1; b ≤2; c ≤3; d ≤4; and 2 more in the card’s table.');
  });
});

describe('a table’s columns and type on a slide', () => {
  const plants = {
    header: ['Plant', 'City', 'Type', 'Status', 'Company', 'Product', 'Node or layers', 'Wafer', 'Capacity, wafers/month', 'Investment, as stated', 'Note'],
    rows: [
      ['XMC 12-inch fab', 'Chengdu 成都', 'Front-end fab', 'Operating', 'Wuhan Xinxin Semiconductor Manufacturing (XMC)', 'NOR flash', 'not stated', '300 mm', '20,000 (2017) Reported', 'not stated', 'Operating since 2008; owned by YMTC. Founded 2006. The seed article names XMC as a NOR flash maker.'],
    ],
  };

  it('gives each column at least its longest word, and a place with its Chinese name one line', () => {
    const chars = tableLayout(plants).columnChars;
    const at = (name: string) => chars[plants.header.indexOf(name)] ?? 0;
    expect(at('Status')).toBeGreaterThanOrEqual('Operating'.length + 2);
    expect(at('Company')).toBeGreaterThanOrEqual('Manufacturing'.length + 2);
    // Two Chinese characters are about five Latin ones wide.
    expect(at('City')).toBeGreaterThanOrEqual('Chengdu '.length + 5);
    // The notes take what is left, more than any other column.
    expect(Math.max(...chars)).toBe(at('Note'));
  });

  it('sets a table of many columns in smaller type, and a narrow one at 12 pt', () => {
    expect(tableLayout(plants).type.fontSize).toBe(10);
    expect(tableLayout({ header: ['Year', 'Value', 'Source'], rows: [['2024', '1,234', 'Wuhan Statistical Bulletin 2024']] }).type.fontSize).toBe(12);
  });

  it('scales columns whose longest words overfill the slide down to its width, as the slide draws them', () => {
    const wide = { header: Array.from({ length: 16 }, (_, i) => `C${i}`), rows: [Array.from({ length: 16 }, () => 'Manufacturing')] };
    const { columnChars: chars, type } = tableLayout(wide);
    expect(chars.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(type.chars);
    expect(new Set(chars).size).toBe(1);
  });

  it('counts a cell’s lines as words wrap, not as characters over the width', () => {
    // One column of 10 characters: "aaaaaa bbbbbb cccccc" wraps to three lines, though it is only twenty characters.
    // Counted by characters it would take two lines, and three rows would fit where two do.
    const narrow = { header: ['H'], rows: Array.from({ length: 4 }, () => ['aaaaaa bbbbbb cccccc']) };
    expect(columnChars(narrow, 10)).toEqual([10]);
    const layout = { type: { fontSize: 12, chars: 10, lineInches: 0.2 }, columnChars: [10] };
    expect(pageRows(narrow, 1.8, layout).map((page) => page.length)).toEqual([2, 2]);
  });
});
