import type { Workbook } from 'exceljs';
import { toBase64 } from '../../domain/transfer/bytes';
import { saveExport } from '../dossier/saveExport';
import { safeSheetName } from '../transfer/sheets/ledgerSheet';
import { SHEET_FORMATS, type StatSheet } from './statSheets';

// As the 台账 sheets write theirs (ledgerSheet.ts), so the files look alike.
const TITLE_FONT = { name: '宋体', size: 16, bold: true };
const HEADER_FONT = { name: '宋体', size: 11, bold: true };
const BODY_FONT = { name: '宋体', size: 11 };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Adds one chart's table: title, filter (and 单位), bold headers, the rows, the note. */
function addStatSheet(workbook: Workbook, sheet: StatSheet, name: string): void {
  const width = Math.max(1, sheet.headers.length);
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 },
  });
  worksheet.columns = sheet.widths.map((w) => ({ width: w }));

  const title = worksheet.addRow([sheet.title]);
  title.height = 30;
  title.getCell(1).font = TITLE_FONT;
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  if (width > 1) worksheet.mergeCells(1, 1, 1, width);

  const filter = new Array<string>(width).fill('');
  filter[0] = sheet.filter;
  if (sheet.unit && width > 1) filter[width - 1] = sheet.unit;
  const filterRow = worksheet.addRow(filter);
  filterRow.eachCell((cell) => (cell.font = BODY_FONT));
  if (width > 2) worksheet.mergeCells(2, 1, 2, sheet.unit ? width - 1 : width);

  const header = worksheet.addRow(sheet.headers);
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });

  for (const cells of sheet.rows) {
    const row = worksheet.addRow(cells.map((cell) => cell ?? null));
    sheet.kinds.forEach((kind, i) => {
      const cell = row.getCell(i + 1);
      cell.font = BODY_FONT;
      cell.border = BORDER;
      if (kind !== 'text' && typeof cells[i] === 'number') cell.numFmt = SHEET_FORMATS[kind];
      else if (kind !== 'text') cell.alignment = { horizontal: 'right' };
    });
  }

  if (sheet.note) {
    worksheet.addRow([]);
    worksheet.addRow([sheet.note]).getCell(1).font = BODY_FONT;
  }
}

/**
 * Chart tables as an .xlsx, a worksheet each. exceljs is loaded on first use, so it costs the
 * page nothing until a table is exported.
 */
export async function statWorkbook(sheets: readonly StatSheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '履职台账';
  const used = new Set<string>();
  for (const sheet of sheets) {
    let name = safeSheetName(sheet.name);
    for (let n = 2; used.has(name); n++) name = safeSheetName(`${sheet.name.slice(0, 28)}（${n}）`);
    used.add(name);
    addStatSheet(workbook, sheet, name);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Writes the tables as an .xlsx where the user chooses, through the same save dialog as every
 * export. Resolves to the path written, or null when the user cancelled.
 */
export async function saveStatTables(
  sheets: readonly StatSheet[],
  defaultName: string,
): Promise<string | null> {
  const bytes = await statWorkbook(sheets);
  return saveExport({
    defaultName,
    filterName: 'Excel 工作簿',
    extension: 'xlsx',
    base64: toBase64(bytes),
  });
}
