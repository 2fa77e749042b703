/// <reference lib="webworker" />
// Reading a spreadsheet off the UI thread: unzipping and parsing an .xlsx of thousands of rows
// would otherwise freeze the page.
import { readSheetFile, SheetFileError } from '../../../domain/sheets/readSheetFile';
import type { SheetFileRequest, SheetFileResponse } from './sheetFileProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<SheetFileRequest>) => {
  const { name, bytes } = event.data;
  let response: SheetFileResponse;
  try {
    response = { ok: true, file: await readSheetFile(name, bytes) };
  } catch (error) {
    response = {
      ok: false,
      message:
        error instanceof SheetFileError
          ? error.message
          : `无法读取“${name}”：${error instanceof Error ? error.message : String(error)}`,
    };
  }
  scope.postMessage(response);
};
