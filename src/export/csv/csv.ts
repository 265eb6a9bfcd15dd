import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;

/**
 * CSV text for a spreadsheet: numbers stay numbers; text cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) are neutralised with a leading
 * apostrophe (papaparse's escapeFormulae); missing values are empty cells, never zeros.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell))) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

/** A card's rows as a spreadsheet: one header, then rows with unit, year, status and source columns. */
export type CsvTable = { header: readonly string[]; rows: readonly (readonly CsvCell[])[] };
