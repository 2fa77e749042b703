import type { SheetFile } from '../../../domain/sheets/sheetFile';

/** A file for the sheet worker to read. */
export interface SheetFileRequest {
  name: string;
  bytes: Uint8Array;
}

/** The file read, or why it cannot be imported (in Chinese). */
export type SheetFileResponse = { ok: true; file: SheetFile } | { ok: false; message: string };
