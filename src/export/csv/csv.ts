import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;

/** Blank characters a spreadsheet may skip before it reads a formula: spaces, tabs, line breaks, no-break and full-width spaces (\s covers them all). */
const LEADING_BLANKS = /^\s*/u;
/**
 * Signs that start a formula, in their ASCII and full-width forms (some spreadsheets fold the
 * full-width equals sign to =). Written as code points: scripts/build-cjk-font.mjs reads
 * characters and escapes in src/ as glyphs the app draws, and these are never drawn.
 */
const FORMULA_SIGNS = new Set(['=', '+', '-', '@', ...[0xff1d, 0xff0b, 0xff0d, 0xff20].map((code) => String.fromCharCode(code))]);

/**
 * True when a spreadsheet could read the text as a formula: it starts with a tab or carriage
 * return, or its first character after any blanks is a formula sign. papaparse's own rule
 * (`^[=+\-@\t\r].*$`) misses cells with a line break, a leading space or full-width signs
 * (mholt/PapaParse PR #1149), so Hubscope applies this one instead.
 */
export function looksLikeFormula(text: string): boolean {
  if (text.startsWith('\t') || text.startsWith('\r')) return true;
  const first = text.slice(LEADING_BLANKS.exec(text)?.[0].length ?? 0).charAt(0);
  return FORMULA_SIGNS.has(first);
}

/** A cell as written: numbers stay numbers, missing is empty, formula-like text gets a leading apostrophe. */
function safeCell(cell: CsvCell): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/**
 * CSV text for a spreadsheet: numbers stay numbers; text cells that a spreadsheet could run as a
 * formula are neutralised with a leading apostrophe (looksLikeFormula); missing values are empty
 * cells, never zeros.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse({ fields: header.map((name) => String(safeCell(name))), data: rows.map((row) => row.map(safeCell)) }, { escapeFormulae: false, newline: '\r\n' });
}

/** A card's rows as a spreadsheet: one header, then rows with unit, year, status and source columns. */
export type CsvTable = { header: readonly string[]; rows: readonly (readonly CsvCell[])[] };
