import type { TextEncodingName } from './decodeText';
import type { SheetRows } from './readWorkbook';

// Apart from readSheetFile, which reads the file in a worker: a page that only chooses a file needs
// these, and importing them from there brought the zip decoder (fflate) into every list's code.

/** Largest spreadsheet the import reads: a ledger of tens of thousands of rows is far smaller. */
export const MAX_SHEET_FILE_BYTES = 20 * 1024 * 1024;

/** A spreadsheet file, read: its sheets (a CSV has one), and the encoding a CSV was read in. */
export interface SheetFile {
  name: string;
  sheets: SheetRows[];
  encoding?: TextEncodingName;
}

/** A file the import cannot take, with the reason in Chinese. */
export class SheetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetFileError';
  }
}

/** Refuses a file over MAX_SHEET_FILE_BYTES, before or after it is read. */
export function assertSheetFileSize(name: string, size: number): void {
  if (size <= MAX_SHEET_FILE_BYTES) return;
  const mb = (size / 1024 / 1024).toFixed(1);
  throw new SheetFileError(
    `“${name}”有 ${mb} MB，超过导入上限 ${MAX_SHEET_FILE_BYTES / 1024 / 1024} MB，请分成几个文件导入`,
  );
}
