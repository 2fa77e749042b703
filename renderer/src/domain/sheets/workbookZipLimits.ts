import { BundleError } from '../transfer/bundleError';
import { inflateWithinLimits } from '../transfer/inflateEntry';
import { readZipDirectory, type ZipEntryLocation } from '../transfer/zipDirectory';

/** How far an .xlsx may inflate: a ledger of tens of thousands of rows stays far below. */
export interface WorkbookZipLimits {
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxEntries: number;
}

export const WORKBOOK_ZIP_LIMITS: WorkbookZipLimits = {
  maxEntryBytes: 256 * 1024 ** 2,
  maxTotalBytes: 512 * 1024 ** 2,
  maxEntries: 10_000,
};

/** Why an .xlsx may not be read: a message to put after the file's quoted name. */
export class WorkbookZipError extends Error {
  override readonly name = 'WorkbookZipError';
}

/**
 * Inflates every entry of an .xlsx (a zip) with the bundle reader's limits, checked at every
 * inflated piece, before the workbook reader trusts it: a decompression bomb stops at the first
 * byte over a limit instead of filling the memory. The inflated bytes are dropped entry by entry.
 * Throws a WorkbookZipError whose message follows the file's name.
 */
export function checkWorkbookZip(
  bytes: Uint8Array,
  limits: WorkbookZipLimits = WORKBOOK_ZIP_LIMITS,
): void {
  const entries = directoryOf(bytes, limits.maxEntries);
  const totals = { inflated: 0, max: limits.maxTotalBytes };
  for (const entry of entries) {
    try {
      inflateWithinLimits(bytes, entry, limits.maxEntryBytes, totals, undefined, '');
    } catch (error) {
      if (!(error instanceof BundleError)) throw error;
      throw new WorkbookZipError(error.code === 'too-large' ? error.message : DAMAGED);
    }
  }
}

const DAMAGED = '无法读取：文件已损坏，或不是 Excel 工作簿';

function directoryOf(bytes: Uint8Array, maxEntries: number): ZipEntryLocation[] {
  try {
    return readZipDirectory(bytes, maxEntries);
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    throw new WorkbookZipError(
      error.code === 'too-large'
        ? `的条目过多（上限 ${maxEntries} 个），不是正常的 Excel 工作簿`
        : DAMAGED,
    );
  }
}
