import Papa from 'papaparse';

/**
 * The rows of a CSV's text, each cell as written: the delimiter (comma, semicolon, tab) is
 * detected, quoted cells may hold delimiters, quotes and line breaks. Every row is padded to the
 * widest; empty rows are kept so that row numbers match what a spreadsheet program shows.
 */
export function readCsvRows(text: string): string[][] {
  const { data } = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), {
    delimitersToGuess: [',', '\t', ';', '|'],
    newline: '\n',
    skipEmptyLines: false,
  });
  // The line break after the last row reads as one empty row.
  const rows = data.length > 0 && isEmptyRow(data[data.length - 1]!) ? data.slice(0, -1) : data;
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

/** A row with no text in any cell. */
export function isEmptyRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}
