import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { checkWorkbookZip, WorkbookZipError } from './workbookZipLimits';

/** One sheet of a workbook, as rows of cell text. */
export interface SheetRows {
  name: string;
  rows: string[][];
}

/** A workbook that could not be read, with the reason in Chinese. */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookError';
  }
}

/**
 * Reads every sheet of an .xlsx into rows of text, as the import maps them: numbers as written
 * (no grouping), date cells as 2018-05-29 (or 2018-05 when the cell's format shows no day), a
 * formula's last result, rich text and links by their text. Every entry's inflated size is checked
 * first (a decompression bomb is refused). exceljs is loaded on first use, so that it costs
 * nothing at start-up.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetRows[]> {
  try {
    checkWorkbookZip(bytes);
  } catch (error) {
    if (error instanceof WorkbookZipError) throw new WorkbookError(error.message);
    throw error;
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    // A copy: exceljs's zip reader wants a whole ArrayBuffer, not a view into a larger one.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new WorkbookError('无法读取：文件已损坏，或不是 Excel 工作簿');
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
}

function sheetRows(sheet: Worksheet): string[][] {
  const width = sheet.columnCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    rows.push(cells);
  }
  return rows;
}

/** The text a cell shows, for the readers of the import. */
function cellText(cell: Cell): string {
  // A merged range's other cells repeat its first cell's value: read them as empty.
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value, numFmt);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ||
      (typeof result === 'object' && result !== null && 'error' in result)
      ? ''
      : valueText(result as CellValue, numFmt);
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return '';
}

/**
 * A date cell's date. exceljs reads the serial as a UTC instant; a format that shows no day
 * (yyyy"年"m"月") keeps the date to its month.
 */
function dateText(date: Date, numFmt: string | undefined): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
  const format = (numFmt ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '').toLowerCase();
  if (format !== '' && !format.includes('d')) return month;
  return `${month}-${pad(date.getUTCDate())}`;
}
