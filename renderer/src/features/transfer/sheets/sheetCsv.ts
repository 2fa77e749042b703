import { CURRENCIES } from '../../../domain/currencies';
import type { LedgerCell, LedgerColumn, MoneyUnit } from './ledgerSheet';

/** The header line of a 台账 as CSV: 序号 and the column headers. */
export function csvHeader(columns: readonly LedgerColumn[]): string {
  return csvLine(['序号', ...columns.map((column) => column.header)]);
}

/**
 * One record as a CSV line (CRLF-terminated): amounts as plain numbers in the unit (no grouping,
 * so that a spreadsheet reads them as numbers), text quoted when it needs to be.
 */
export function csvRow(index: number, cells: readonly LedgerCell[], unit: MoneyUnit): string {
  return csvLine([
    String(index),
    ...cells.map((cell) => {
      if (cell === undefined) return '';
      if (typeof cell === 'number') return String(cell);
      if (typeof cell === 'string') return cell;
      const digits = CURRENCIES[cell.currency].minorDigits + (unit === '万元' ? 4 : 0);
      return decimal(cell.amountMinor, digits);
    }),
  ]);
}

/** An integer of minor units as a decimal with `digits` places, exactly (no float rounding). */
function decimal(minor: number, digits: number): string {
  const text = Math.abs(minor)
    .toString()
    .padStart(digits + 1, '0');
  const whole = digits > 0 ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return minor < 0 ? `-${whole}` : whole;
}

function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

function csvField(value: string): string {
  // A leading = + - @ would be read as a formula by Excel and WPS.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The byte-order mark that makes Excel and WPS read a CSV as UTF-8. */
export const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
