import type { ListQuery } from '../../../db/recordPages';
import type { MoneyUnit } from './ledgerSheet';

/** What one export writes: lists (each a sheet, or the CSV's rows) and how. */
export interface SheetExportRequest {
  format: 'xlsx' | 'csv';
  /** One list per sheet, with the filters and order it is shown in. A CSV takes one list. */
  lists: ListQuery[];
  /** 填报单位 */
  unitName: string;
  /** 填表人 */
  operator: string;
  /** 日期, as 2026年11月29日 */
  date: string;
  moneyUnit: MoneyUnit;
  /** 联系电话, 电子邮箱 in full (the user ticked it in the dialog). */
  showPersonal: boolean;
  /** Donations marked 保密 included (the user ticked 包含保密捐赠方). */
  includeConfidential: boolean;
}

/** How far an export has come. */
export interface SheetProgress {
  written: number;
  total: number;
}

/** What an export made. */
export interface SheetExportResult {
  bytes: Uint8Array<ArrayBuffer>;
  /** Rows written, over all sheets. */
  rows: number;
  /** Donations marked 保密 left out. */
  confidentialLeftOut: number;
  /** Donations marked 保密 written (when the user asked for them). */
  confidentialIncluded: number;
}

/** Messages from the page to the sheet worker. */
export type SheetWorkerRequest =
  | { type: 'export'; jobId: number; request: SheetExportRequest }
  | { type: 'cancel'; jobId: number };

/** Messages from the sheet worker to the page. */
export type SheetWorkerResponse =
  | { type: 'progress'; jobId: number; progress: SheetProgress }
  | { type: 'done'; jobId: number; result: SheetExportResult }
  | { type: 'failed'; jobId: number; message: string; cancelled: boolean };
