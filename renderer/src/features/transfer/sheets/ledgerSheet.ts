import type { Style, Worksheet } from 'exceljs';
import { CURRENCIES, type CurrencyCode } from '../../../domain/currencies';
import type { Money } from '../../../domain/money';

/** The unit a sheet states its amounts in (单位：元 or 单位：万元). */
export type MoneyUnit = '元' | '万元';

/** One cell of a 台账 row: text, a plain number, or an amount of money (kept to the cent). */
export type LedgerCell = string | number | Money | undefined;

/** A column of a 台账 sheet after 序号. */
export interface LedgerColumn {
  header: string;
  /** Width in Excel's character units, a Chinese character counting two. */
  width: number;
  /** Amounts are written as numbers with a number format, and summed in the 合计 row. */
  kind: 'text' | 'number' | 'money';
}

/** What a 台账 sheet says around its rows. */
export interface LedgerSheetSpec {
  /** The worksheet's tab name. */
  name: string;
  /** The title row: 捐赠台账, 委员名册 … */
  title: string;
  /** 填报单位 (the 单位名称 in 设置). */
  unitName: string;
  /** 日期, as 2026年11月29日. */
  date: string;
  moneyUnit: MoneyUnit;
  columns: readonly LedgerColumn[];
  /** 填表人 (the 经办人). */
  operator: string;
  /** Lines under the 合计 row, known once every row is written (how many were left out …). */
  notes?: (written: number) => string[];
}

/** What a written sheet holds: its rows, and the 合计 of each money column by currency. */
export interface LedgerSheetResult {
  rows: number;
  totals: Map<number, Map<CurrencyCode, number>>;
}

/** The bits of exceljs's streaming WorkbookWriter a sheet needs. */
export interface SheetWorkbook {
  addWorksheet(name: string, options?: object): Worksheet;
}

const TITLE_FONT = { name: '宋体', size: 16, bold: true };
const HEADER_FONT = { name: '宋体', size: 11, bold: true };
const BODY_FONT = { name: '宋体', size: 11 };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const INDEX_WIDTH = 6;

/** Rows of the sheet before the data: title, 填报单位 line, headers. */
export const LEDGER_HEADER_ROWS = 3;

/**
 * Writes one 台账 sheet on exceljs's streaming writer: the title row, 填报单位 / 日期 / 单位, the
 * headers after 序号, a row per record (amounts as numbers in the stated unit, with a number
 * format), the 合计 row, the notes, and a 填表人 / 审核人 line. Each row is committed as it is
 * written, so the sheet never sits whole in memory.
 */
export async function writeLedgerSheet(
  workbook: SheetWorkbook,
  spec: LedgerSheetSpec,
  rows: AsyncIterable<readonly LedgerCell[]>,
  options: { signal?: AbortSignal; onRow?: (written: number) => void } = {},
): Promise<LedgerSheetResult> {
  const sheet = workbook.addWorksheet(safeSheetName(spec.name), {
    views: [{ state: 'frozen', ySplit: LEDGER_HEADER_ROWS }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  const width = spec.columns.length + 1;
  sheet.columns = [
    { width: INDEX_WIDTH },
    ...spec.columns.map((column) => ({
      width: Math.max(column.width, textWidth(column.header) + 2),
    })),
  ];

  const title = sheet.addRow([spec.title]);
  title.height = 30;
  title.getCell(1).font = TITLE_FONT;
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.mergeCells(1, 1, 1, width);
  title.commit();

  // 填报单位 on the left, 日期 and 单位 on the right, as paper 台账 have them.
  const meta = new Array<string>(width).fill('');
  meta[0] = `填报单位：${spec.unitName}`;
  const right = Math.max(2, width - 1);
  meta[right - 1] = `日期：${spec.date}`;
  meta[width - 1] = `单位：${spec.moneyUnit}`;
  const metaRow = sheet.addRow(meta);
  metaRow.eachCell((cell) => (cell.font = BODY_FONT));
  if (right - 1 > 1) sheet.mergeCells(2, 1, 2, right - 1);
  metaRow.commit();

  const header = sheet.addRow(['序号', ...spec.columns.map((column) => column.header)]);
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });
  header.commit();

  const totals = new Map<number, Map<CurrencyCode, number>>();
  spec.columns.forEach((column, i) => column.kind === 'money' && totals.set(i, new Map()));
  let written = 0;
  // One style object per kind of cell, shared by every cell of that kind: exceljs then looks its
  // style up by identity instead of hashing a fresh object per cell (several times faster).
  const styles = new Map<string, Partial<Style>>();
  const shared = (key: string, make: () => Partial<Style>): Partial<Style> => {
    let style = styles.get(key);
    if (!style) styles.set(key, (style = make()));
    return style;
  };
  const indexStyle = { font: BODY_FONT, border: BORDER, alignment: { horizontal: 'center' } };
  const textStyle = {
    font: BODY_FONT,
    border: BORDER,
    alignment: { wrapText: true, vertical: 'top' },
  };
  const plainStyle = { font: BODY_FONT, border: BORDER };
  const countStyle = { font: BODY_FONT, border: BORDER, numFmt: '#,##0' };
  for await (const cells of rows) {
    options.signal?.throwIfAborted();
    written += 1;
    const row = sheet.addRow([written]);
    row.getCell(1).style = indexStyle as Partial<Style>;
    spec.columns.forEach((column, i) => {
      const cell = row.getCell(i + 2);
      const value = cells[i];
      if (isMoney(value)) {
        cell.value = inUnit(value, spec.moneyUnit);
        const format = numberFormat(value.currency, spec.moneyUnit);
        cell.style = shared(format, () => ({ ...plainStyle, numFmt: format }) as Partial<Style>);
        const sums = totals.get(i);
        sums?.set(value.currency, (sums.get(value.currency) ?? 0) + value.amountMinor);
        return;
      }
      if (value !== undefined && value !== '') cell.value = value;
      cell.style = (
        column.kind === 'text' ? textStyle : typeof value === 'number' ? countStyle : plainStyle
      ) as Partial<Style>;
    });
    row.commit();
    options.onRow?.(written);
  }

  const total = sheet.addRow(['合计']);
  total.getCell(1).font = HEADER_FONT;
  const mixed: string[] = [];
  spec.columns.forEach((column, i) => {
    const cell = total.getCell(i + 2);
    const sums = totals.get(i);
    if (!sums) return;
    if (sums.size <= 1) {
      const [currency, minor] = [...sums][0] ?? ['CNY' as const, 0];
      cell.value = inUnit({ currency, amountMinor: minor }, spec.moneyUnit);
      cell.numFmt = numberFormat(currency, spec.moneyUnit);
    } else {
      // Amounts in several currencies are never summed unconverted: each is totalled below.
      mixed.push(
        `${column.header}合计：` +
          [...sums]
            .map(
              ([currency, minor]) =>
                `${CURRENCIES[currency].name} ${plain(currency, minor, spec.moneyUnit)}`,
            )
            .join('；'),
      );
    }
  });
  total.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = BORDER;
    cell.font = HEADER_FONT;
  });
  total.commit();

  const notes = [...mixed, ...(spec.notes?.(written) ?? [])];
  sheet.addRow([]).commit();
  for (const note of notes) {
    const line = sheet.addRow([note]);
    line.getCell(1).font = BODY_FONT;
    line.commit();
  }
  const footer = new Array<string>(width).fill('');
  footer[0] = `填表人：${spec.operator}`;
  footer[Math.max(1, Math.floor(width / 2))] = '审核人：';
  const footerRow = sheet.addRow(footer);
  footerRow.eachCell((cell) => (cell.font = BODY_FONT));
  footerRow.commit();
  sheet.commit();
  return { rows: written, totals };
}

/** A money cell's value in the sheet's unit: major units (元), or 万元. */
export function inUnit(money: Money, unit: MoneyUnit): number {
  const major = money.amountMinor / 10 ** CURRENCIES[money.currency].minorDigits;
  return unit === '万元' ? major / 10_000 : major;
}

function numberFormat(currency: CurrencyCode, unit: MoneyUnit): string {
  if (unit === '万元') return '#,##0.00####';
  return CURRENCIES[currency].minorDigits === 0 ? '#,##0' : '#,##0.00';
}

function plain(currency: CurrencyCode, minor: number, unit: MoneyUnit): string {
  const value = inUnit({ currency, amountMinor: minor }, unit);
  return value.toLocaleString('zh-CN', {
    minimumFractionDigits: unit === '万元' ? 2 : CURRENCIES[currency].minorDigits,
    maximumFractionDigits: unit === '万元' ? 6 : CURRENCIES[currency].minorDigits,
  });
}

function isMoney(value: LedgerCell): value is Money {
  return typeof value === 'object' && value !== null && 'amountMinor' in value;
}

/** How wide text is in Excel's character units: a Chinese character (or full-width sign) is two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\uffff]/.test(char) ? 2 : 1;
  return width;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
}
