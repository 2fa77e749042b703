import { SheetFileError, type SheetFile } from '../../../domain/sheets/sheetFile';
import type { SheetFileRequest, SheetFileResponse } from './sheetFileProtocol';

/**
 * Reads a spreadsheet in a worker of its own, ended once it has answered; a file that cannot be
 * imported rejects with a SheetFileError that says why.
 */
export function readSheetFileOffThread(name: string, bytes: Uint8Array): Promise<SheetFile> {
  const worker = new Worker(new URL('./sheetFile.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sheet-file',
  });
  return new Promise<SheetFile>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SheetFileResponse>) => {
      const response = event.data;
      if (response.ok) resolve(response.file);
      else reject(new SheetFileError(response.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new SheetFileError(`无法读取“${name}”：${event.message || '读取时出错'}`));
    };
    const request: SheetFileRequest = { name, bytes };
    worker.postMessage(request, [bytes.buffer]);
  }).finally(() => worker.terminate());
}
