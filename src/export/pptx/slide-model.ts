import type { Qualifier, Source, Status } from '../../api/schemas';
import { SOURCE_KIND_LABELS, STATUS_LABELS, STATUSES } from '../../api/vocabulary';
import { overBackground } from '../../domain/palette';
import type { formatQualifiedNumber } from '../../domain/format';
import type { csvNumber } from '../csv/observation-csv';
import type { citation, sourceShortName, statusNote } from '../image/export-image';
import type { isHttpUrl } from '../../ui/external-link';
import type { kindCounts } from '../../ui/source-line';

/*
 * What a PowerPoint file holds, as plain data: the deck's slides with their title, subtitle, a
 * native chart or table, footer and notes. Builders fill it from the API data and a slide's view
 * settings; write-pptx.ts alone knows pptxgenjs. Kept apart so the shaping is testable without it.
 */

/**
 * The wording helpers the footer, notes and series share with the cards and the picture export.
 * Passed in (app/pptx/shaping.ts loads them through the modules that already carry them): a static
 * import here would put this module in a chunk with the sections' and split theirs apart.
 */
export type TextKit = {
  csvNumber: typeof csvNumber;
  formatQualifiedNumber: typeof formatQualifiedNumber;
  kindCounts: typeof kindCounts;
  isHttpUrl: typeof isHttpUrl;
  citation: typeof citation;
  sourceShortName: typeof sourceShortName;
  statusNote: typeof statusNote;
};

/** A value its source qualified ("about", "at least", "up to", a range), at its category's index. */
export type QualifiedPoint = { index: number; value: number; valueHigh?: number | undefined; qualifier: Qualifier };

/**
 * One series of a native chart: values in category order, a gap as null. `qualified` lists the
 * values the chart can only show as plain numbers (see qualifiedValuesNote).
 */
export type PptxSeries = { name: string; colour: string; values: (number | null)[]; qualified?: QualifiedPoint[] };

export type PptxChart = {
  kind: 'bar' | 'line';
  /** Bars drawn across (long category names, as the industry-output card draws them). */
  horizontal?: boolean;
  categories: string[];
  series: PptxSeries[];
  valueAxisTitle: string;
  /** The value axis' top, where the scale has one (an index out of 100). */
  valueAxisMax?: number;
  categoryAxisTitle: string;
  /** Value labels on the bars or points, as presentation mode draws them. */
  showValues: boolean;
};

export type PptxTable = {
  header: string[];
  rows: string[][];
  /** At most this many pages; the last says how many rows were left out and where they all are (`whereAll`). */
  maxPages?: number;
  whereAll?: string;
};

export type PptxBody =
  | { kind: 'chart'; chart: PptxChart }
  | { kind: 'table'; table: PptxTable }
  /** Sentences as a bulleted list (the insights card). */
  | { kind: 'bullets'; items: string[] }
  | { kind: 'message'; text: string };

/** A card's content as the card shows it for one view: what a builder returns. */
export type CardContent = {
  title: string;
  subtitle: string;
  body: PptxBody;
  sources: readonly Source[];
  /** The years the shown data covers, e.g. "2015–2024". */
  years: string;
  statuses: readonly Status[];
  /** Short notes printed on the slide (a series break, what an estimate series is). */
  slideNotes: string[];
  /** The card footer's longer notes (rates, what was left out): in the notes pane, after the sources. */
  cardNotes: string[];
};

export type PptxSlide = {
  title: string;
  subtitle: string;
  body: PptxBody;
  /** Short lines under the chart or table. */
  slideNotes: string[];
  /** One line: short source names with their kinds, data years, the dataset version. */
  footer: string;
  /** The notes pane: the deck's speaker notes first, then the full source citations. */
  notes: string;
};

export type PptxDeck = {
  /** The presentation's title and the title slide's heading. */
  title: string;
  datasetVersion: string;
  asOf: string;
  slides: PptxSlide[];
};

/** An estimate series' fill: the city colour washed out over white, so it reads as "the same city, less certain". */
export function estimateColour(colour: string): string {
  return overBackground(colour, '#FFFFFF', 0.4);
}

const FOOTER_SOURCES = 3;

/**
 * "Sources: Wuhan Statistical Bulletin, 2024 (official statistics); … and 5 other sources (3 press,
 * 2 research)": short names with their kinds, the rest counted by kind as the card's source line
 * does, so the footer stays one line; the notes pane cites every source in full.
 */
export function footerSourceNames(sources: readonly Source[], { sourceShortName, kindCounts }: TextKit): string {
  if (sources.length === 0) return 'Source: none recorded';
  const shown = sources.slice(0, FOOTER_SOURCES).map((s) => `${sourceShortName(s)} (${SOURCE_KIND_LABELS[s.kind]})`);
  const rest = sources.slice(FOOTER_SOURCES);
  const others = rest.length > 0 ? ` and ${rest.length} other source${rest.length === 1 ? '' : 's'} (${kindCounts(rest)})` : '';
  return `${sources.length === 1 ? 'Source' : 'Sources'}: ${shown.join('; ')}${others}`;
}

/** The slide's footer line: sources, data years, statuses in words and the dataset version. */
export function footerLine(content: Pick<CardContent, 'sources' | 'years' | 'statuses'>, datasetVersion: string, kit: TextKit): string {
  const statuses = STATUSES.filter((s) => content.statuses.includes(s));
  const note = kit.statusNote(statuses);
  return [footerSourceNames(content.sources, kit), `Data ${content.years || 'undated'}`, note, `Hubscope dataset ${datasetVersion}`].filter(Boolean).join(' · ');
}

/** The notes pane: the presenter's own notes, then every source cited in full, then the card's notes. */
export function notesText(speakerNotes: string, content: Pick<CardContent, 'sources' | 'statuses' | 'cardNotes'>, { citation, isHttpUrl }: TextKit): string {
  const { sources, statuses, cardNotes } = content;
  const cited = sources.length === 0 ? ['Sources: none recorded.'] : ['Sources:', ...sources.map((s) => `• ${citation(s)}${isHttpUrl(s.url) ? ` ${s.url}` : ''}`)];
  const shownStatuses = STATUSES.filter((s) => statuses.includes(s));
  const statusLine = shownStatuses.length > 0 ? [`Statuses shown: ${shownStatuses.map((s) => STATUS_LABELS[s]).join(', ')}.`] : [];
  const notes = cardNotes.length > 0 ? ['', 'Notes:', ...cardNotes.map((n) => `• ${n}`)] : [];
  return [speakerNotes.trim(), ...(speakerNotes.trim() ? [''] : []), ...cited, ...statusLine, ...notes].join('\n');
}

/**
 * Lines a cell takes in a column of `chars` characters, for paging a table without measuring:
 * words wrapped greedily as a text box wraps them (a narrow column loses the end of most lines),
 * a word longer than the column broken over as many lines as it needs.
 */
export function cellLines(text: string, chars: number): number {
  const width = Math.max(4, chars);
  return text.split('\n').reduce((sum, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
      const w = wordWidth(word);
      if (used > 0 && used + 1 + w <= width) {
        used += 1 + w;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.ceil(w / width) - 1;
      used = w % width || width;
    }
    return sum + lines;
  }, 0);
}

/**
 * A word's width in Latin characters of the table's type: a Chinese character is about two and a
 * half (with the gap viewers put where the script changes).
 */
function wordWidth(word: string): number {
  if (!CJK_CHAR.test(word)) return word.length;
  let width = 0;
  for (const char of word) width += CJK_CHAR.test(char) ? 2.5 : 1;
  return Math.ceil(width);
}

/** Longer words (a URL) may break: no column is held wider than this for one word. */
const LONGEST_UNBROKEN_WORD = 24;
/** Cells up to this wide are kept on one line. */
const SHORT_CELL = 14;
/** A cell's padding and the rounding of proportional widths take about two characters. */
const CELL_PADDING_CHARS = 2;
/** The header is bold, about a tenth wider. */
const BOLD_WIDTH = 1.1;

/** What no column is made narrower than: its longest word, or the whole of a short cell. */
function columnFloors(table: PptxTable): number[] {
  const longestIn = (text: string) => Math.max(0, ...text.split(/\s+/u).map((word) => Math.min(LONGEST_UNBROKEN_WORD, wordWidth(word))));
  // A short cell stays on one line: a place with its Chinese name ("Chengdu 成都"), a status, a unit.
  const unbroken = (cell: string) => (wordWidth(cell) <= SHORT_CELL ? wordWidth(cell) : longestIn(cell));
  return table.header.map((header, i) =>
    Math.max(6, Math.ceil(longestIn(header) * BOLD_WIDTH) + CELL_PADDING_CHARS, ...table.rows.map((row) => unbroken(row[i] ?? '') + CELL_PADDING_CHARS)),
  );
}

/**
 * Characters a column holds at the table's type size. Each column is first given its longest word
 * (a status such as "Operating", a company's "Technologies"), so no word breaks inside; the width
 * left is shared in proportion to how much longer each column's text runs. A table whose words
 * alone overfill the slide gets those widths scaled down to it, as the slide draws them.
 */
export function columnChars(table: PptxTable, totalChars: number, floors: readonly number[] = columnFloors(table)): number[] {
  const floorSum = floors.reduce((a, b) => a + b, 0);
  const spare = totalChars - floorSum;
  if (spare <= 0) return floors.map((n) => Math.floor((n * totalChars) / floorSum));
  const runs = table.header.map((header, i) =>
    Math.max(0, Math.max(wordWidth(header), ...table.rows.map((row) => Math.min(120, wordWidth(row[i] ?? '')))) - (floors[i] ?? 0)),
  );
  const runSum = runs.reduce((a, b) => a + b, 0);
  return floors.map((n, i) => n + Math.floor(runSum > 0 ? ((runs[i] ?? 0) / runSum) * spare : spare / floors.length));
}

/** A table's type size, the characters across the slide at it and a line's height in inches. */
export type TableType = { fontSize: number; chars: number; lineInches: number };

/**
 * 12 pt, characters of Calibri measured with Carlito (its metric twin), lines at Calibri's 1.22
 * em. 10 pt for a table whose longest words alone would take most of a 12 pt line (the plants'
 * eleven columns), which would otherwise leave its notes a column a dozen characters wide and the
 * table eight slides long.
 */
const TABLE_TYPE: TableType = { fontSize: 12, chars: 165, lineInches: (12 * 1.22) / 72 };
const DENSE_TABLE_TYPE: TableType = { fontSize: 10, chars: 198, lineInches: (10 * 1.22) / 72 };
/** A row's top and bottom cell margins (0.04 in each, write-pptx.ts). */
export const ROW_PADDING_INCHES = 0.08;
/** More rows than fit a page even at one 10 pt line each: only rows this far in can reach a capped table's pages. */
const MOST_ROWS_A_PAGE = 24;

/** How a table is set: its type and its columns' widths in characters, worked out once per table. */
export type TableLayout = { type: TableType; columnChars: number[] };

export function tableLayout(table: PptxTable): TableLayout {
  // A capped table (Every value: up to 36,000 rows) is sized by the rows its kept pages can hold.
  const reachable = table.maxPages === undefined ? table : { ...table, rows: table.rows.slice(0, table.maxPages * MOST_ROWS_A_PAGE) };
  const floors = columnFloors(reachable);
  const type = floors.reduce((a, b) => a + b, 0) > 0.75 * TABLE_TYPE.chars ? DENSE_TABLE_TYPE : TABLE_TYPE;
  return { type, columnChars: columnChars(reachable, type.chars, floors) };
}

/** A row's height in inches: its tallest cell's lines, wrapped inside the cell's padding, and the row's margins. */
function rowInches(cells: readonly string[], { type, columnChars: chars }: TableLayout, bold = false): number {
  const lines = Math.max(1, ...cells.map((cell, i) => cellLines(cell, Math.floor(((chars[i] ?? 8) - CELL_PADDING_CHARS) / (bold ? BOLD_WIDTH : 1)))));
  return lines * type.lineInches + ROW_PADDING_INCHES;
}

/**
 * A long table over several pages instead of shrinking its type: rows are taken while their
 * estimated height fits `roomInches` (the header repeats on each page). Every row lands on one
 * page. With `maxPages`, it stops once that many pages are full.
 */
export function pageRows(table: PptxTable, roomInches: number, layout: TableLayout, maxPages = Number.POSITIVE_INFINITY): string[][][] {
  const header = rowInches(table.header, layout, true);
  const pages: string[][][] = [];
  let page: string[][] = [];
  let used = header;
  for (const row of table.rows) {
    const height = rowInches(row, layout);
    if (page.length > 0 && used + height > roomInches) {
      pages.push(page);
      if (pages.length >= maxPages) return pages;
      page = [];
      used = header;
    }
    page.push(row);
    used += height;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** A table's pages, cut at `maxPages` when it has one: the pages kept and how many rows were left out. */
export function cappedPages(table: PptxTable, roomInches: number, layout: TableLayout): { pages: string[][][]; leftOut: number } {
  const pages = pageRows(table, roomInches, layout, table.maxPages);
  return { pages, leftOut: table.rows.length - pages.reduce((n, p) => n + p.length, 0) };
}

/** The last kept page's line about the rows left out. */
export function leftOutLine(leftOut: number, total: number, whereAll: string | undefined): string {
  return `${leftOut.toLocaleString('en')} of ${total.toLocaleString('en')} rows are left out here${whereAll ? `; ${whereAll}` : ''}.`;
}

const CJK_CLASS = '[\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF]';
const CJK = new RegExp(`${CJK_CLASS}+`, 'gu');
const CJK_CHAR = new RegExp(CJK_CLASS, 'u');

/** Text cut into runs of Chinese and other text, so Chinese runs can name a Chinese font. */
export function scriptRuns(text: string): { text: string; chinese: boolean }[] {
  const runs: { text: string; chinese: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(CJK)) {
    const at = match.index;
    if (at > last) runs.push({ text: text.slice(last, at), chinese: false });
    runs.push({ text: match[0], chinese: true });
    last = at + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last), chinese: false });
  return runs;
}

export function hasChinese(text: string): boolean {
  return scriptRuns(text).some((run) => run.chinese);
}

/** A shown value, its status and its qualifier: what a series takes from a card's rows. */
export type StatusValue = { value: number; status: Status; qualifier?: Qualifier | undefined; valueHigh?: number | undefined };

/**
 * One series per city in the city's colour, and where a city has estimates a second series
 * "<city> (estimate)" in a washed-out fill holding only those: PowerPoint cannot style single
 * points, so an estimate stays visibly an estimate this way. Each value sits in exactly one series.
 */
export function citySeries(
  categoryCount: number,
  cities: readonly { name: string; colour: string; valueAt: (index: number) => StatusValue | undefined }[],
  { csvNumber }: Pick<TextKit, 'csvNumber'>,
): PptxSeries[] {
  // As the CSV writes numbers (12 significant digits): no floating-point noise in PowerPoint's data sheet.
  const tidy = (value: number) => csvNumber(value) ?? null;
  const qualifiedIn = (at: readonly (StatusValue | undefined)[], estimates: boolean): QualifiedPoint[] =>
    at.flatMap((v, index) =>
      // A range whose upper value was dropped (a figure also stated in the target currency) reads as the number alone.
      v?.qualifier && !(v.qualifier === 'range' && v.valueHigh === undefined) && (v.status === 'estimate') === estimates
        ? [{ index, value: v.value, valueHigh: v.valueHigh, qualifier: v.qualifier }]
        : [],
    );
  return cities.flatMap((city) => {
    const at = Array.from({ length: categoryCount }, (_, i) => city.valueAt(i));
    const solid = {
      name: city.name,
      colour: city.colour,
      values: at.map((v) => (v && v.status !== 'estimate' ? tidy(v.value) : null)),
      qualified: qualifiedIn(at, false),
    };
    if (!at.some((v) => v?.status === 'estimate')) return [solid];
    const estimate = {
      name: `${city.name} (estimate)`,
      colour: estimateColour(city.colour),
      values: at.map((v) => (v?.status === 'estimate' ? tidy(v.value) : null)),
      qualified: qualifiedIn(at, true),
    };
    return [solid, estimate];
  });
}

/** Qualified values named on a slide; the rest are counted, the card's table has them all. */
const QUALIFIED_NAMED = 4;

/**
 * A chart's data labels can only show the number, so a value its source gave as "about", "at
 * least", "up to" or a range is named under the chart in the card's own notation ("~120",
 * "≥50", "3–5"): the slide never passes a bound or a range off as an exact figure.
 */
export function qualifiedValuesNote(body: PptxBody, { formatQualifiedNumber }: Pick<TextKit, 'formatQualifiedNumber'>): string[] {
  if (body.kind !== 'chart') return [];
  const { chart } = body;
  // As the labels' format code (#,##0.##) writes the number: at most two decimals, none trailing.
  const decimals = (value: number) => {
    const hundredths = Math.round(value * 100);
    return hundredths % 100 === 0 ? 0 : hundredths % 10 === 0 ? 1 : 2;
  };
  const named = chart.series.flatMap((series) =>
    (series.qualified ?? []).map((point) => {
      const shown = Math.max(decimals(point.value), point.valueHigh === undefined ? 0 : decimals(point.valueHigh));
      // The place in English alone: the line is a run of short items, and a switch of script mid-line wraps it early in some viewers.
      const place = series.name.replace(CJK, '').replace(/\s+/gu, ' ').replace(' )', ')').trim();
      const where = chart.series.length > 1 ? `${place}, ${chart.categories[point.index] ?? ''}` : (chart.categories[point.index] ?? '');
      return `${where} ${formatQualifiedNumber(point, shown)}`;
    }),
  );
  if (named.length === 0) return [];
  const rest = named.length - QUALIFIED_NAMED;
  const listed = named.slice(0, QUALIFIED_NAMED).join('; ');
  return [`As the sources give them (the chart shows the number alone): ${listed}${rest > 0 ? `; and ${rest} more in the card’s table` : ''}.`];
}
