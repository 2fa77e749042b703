import { isHeaderRow } from '../paste/pasteColumns';
import { type PasteField } from '../paste/pasteFields';
import { isEmptyRow } from './readCsvRows';

/** One data row of a sheet: its row number as the spreadsheet program shows it, and its cells. */
export interface SheetRow {
  line: number;
  cells: readonly string[];
}

/** Where a ledger's table is on its sheet. */
export interface SheetTable {
  /** The heading row, or undefined when the sheet has none. */
  header?: SheetRow;
  rows: SheetRow[];
}

/** How far down a heading row is looked for: below a title and a few 填报单位 lines. */
const HEADER_SEARCH_ROWS = 10;

/** Lines around a 台账's table that are not records: 合计, and the 填表人 / 审核人 footer. */
const FOOTER = /^(?:合计|总计|小计|共计)|(?:填表人|制表人|审核人|负责人|填报人)\s*[:：]/;

/**
 * Finds a ledger's table on a sheet, as DESIGN.md §4 lays a 台账 out: a title row and
 * 填报单位 / 日期 / 单位 lines may come first and are passed over, the heading row is the first
 * (within the first ten rows) that names the fields, and empty rows, the 合计 row and the footer
 * are left out. Without a heading row, leading lines with a single filled cell (a title) are
 * passed over.
 */
export function locateTable(
  rows: readonly (readonly string[])[],
  fields: readonly PasteField[],
): SheetTable {
  const headerIndex = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => !isEmptyRow(row) && isHeaderRow(row, fields));
  let first = headerIndex + 1;
  if (headerIndex < 0) {
    const width = Math.max(0, ...rows.map((row) => row.length));
    first = 0;
    while (first < rows.length && width > 1 && filledCount(rows[first]!) <= 1) first++;
  }
  const data: SheetRow[] = [];
  rows.forEach((cells, index) => {
    if (index < first || isEmptyRow(cells) || isFooter(cells)) return;
    data.push({ line: index + 1, cells });
  });
  const header = headerIndex < 0 ? undefined : { line: headerIndex + 1, cells: rows[headerIndex]! };
  return header ? { header, rows: data } : { rows: data };
}

function filledCount(row: readonly string[]): number {
  return row.filter((cell) => cell.trim() !== '').length;
}

function isFooter(row: readonly string[]): boolean {
  const first = row.find((cell) => cell.trim() !== '');
  return first !== undefined && FOOTER.test(first.trim());
}
