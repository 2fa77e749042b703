import { decodeText } from './decodeText';
import { isEmptyRow, readCsvRows } from './readCsvRows';
import { readWorkbook, WorkbookError } from './readWorkbook';
import { assertSheetFileSize, SheetFileError, type SheetFile } from './sheetFile';

export {
  assertSheetFileSize,
  MAX_SHEET_FILE_BYTES,
  SheetFileError,
  type SheetFile,
} from './sheetFile';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/**
 * Reads a chosen file as a spreadsheet: .xlsx by its zip signature, anything else as CSV text.
 * An empty or oversized file, an old .xls, another kind of file renamed, or a sheet with no rows
 * is refused with a SheetFileError that says why.
 */
export async function readSheetFile(name: string, bytes: Uint8Array): Promise<SheetFile> {
  if (bytes.byteLength === 0) throw new SheetFileError(`“${name}”是空文件，没有可导入的内容`);
  assertSheetFileSize(name, bytes.byteLength);
  const lower = name.toLowerCase();
  if (startsWith(bytes, OLE) || lower.endsWith('.xls')) {
    throw new SheetFileError(
      `“${name}”是旧版 Excel（.xls）或其他 Office 文件，请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再导入`,
    );
  }
  if (startsWith(bytes, ZIP)) {
    try {
      return withRows(name, { name, sheets: await readWorkbook(bytes) });
    } catch (error) {
      if (error instanceof WorkbookError) throw new SheetFileError(`“${name}”${error.message}`);
      throw error;
    }
  }
  if (lower.endsWith('.xlsx')) {
    throw new SheetFileError(`“${name}”不是有效的 .xlsx 文件（可能已损坏或只是改了扩展名）`);
  }
  if (!lower.endsWith('.csv') && !lower.endsWith('.txt')) {
    throw new SheetFileError(`“${name}”不是电子表格：只能导入 .xlsx 或 .csv 文件`);
  }
  const decoded = decodeText(bytes);
  // Binary data (an image, a zip renamed) decodes with NULs or replacement characters.
  if (decoded.text.includes('\u0000') || decoded.text.includes('\uFFFD')) {
    throw new SheetFileError(`“${name}”不是文本格式的 CSV 文件，无法读取`);
  }
  return withRows(name, {
    name,
    encoding: decoded.encoding,
    sheets: [{ name, rows: readCsvRows(decoded.text) }],
  });
}

function withRows(name: string, file: SheetFile): SheetFile {
  if (file.sheets.every((sheet) => sheet.rows.every(isEmptyRow))) {
    throw new SheetFileError(`“${name}”中没有任何数据`);
  }
  return file;
}
