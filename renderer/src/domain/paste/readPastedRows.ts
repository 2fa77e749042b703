import Papa from 'papaparse';

/**
 * The rows of text copied from Excel or WPS: cells separated by tabs, rows by CRLF or LF, a cell
 * holding a tab, a line break or a quote wrapped in double quotes ("" for a quote), as both
 * write them. Rows with no text at all are left out; every row has as many cells as the widest.
 */
export function readPastedRows(text: string): string[][] {
  // Line endings made one (rows may end in CRLF while cells break with LF); the break Excel puts
  // after the last row would otherwise read as an empty row, which is dropped below anyway.
  const { data } = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), {
    delimiter: '\t',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: 'greedy',
  });
  const rows = data.filter((row) => row.some((cell) => cell.trim() !== ''));
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}
