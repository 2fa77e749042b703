import type {
  SheetExportRequest,
  SheetExportResult,
  SheetProgress,
  SheetWorkerRequest,
  SheetWorkerResponse,
} from './sheetProtocol';

/** The worker as the client sees it (a Worker, or a stand-in under test). */
export interface SheetPort {
  postMessage(message: SheetWorkerRequest): void;
  onmessage: ((event: MessageEvent<SheetWorkerResponse>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
}

/** A running export: its outcome, and a way to stop it. */
export interface SheetJob {
  done: Promise<SheetExportResult>;
  cancel(): void;
}

/** Raised when the user stopped an export (取消): not a failure to report. */
export class SheetExportCancelled extends Error {
  constructor() {
    super('导出已取消');
    this.name = 'SheetExportCancelled';
  }
}

interface Pending {
  resolve(result: SheetExportResult): void;
  reject(error: Error): void;
  onProgress?: ((progress: SheetProgress) => void) | undefined;
}

/** A typed client of the sheet worker behind `port`. */
export function createSheetClient(port: SheetPort) {
  let nextJob = 1;
  const pending = new Map<number, Pending>();
  port.onmessage = (event) => {
    const message = event.data;
    const job = pending.get(message.jobId);
    if (!job) return;
    if (message.type === 'progress') job.onProgress?.(message.progress);
    else {
      pending.delete(message.jobId);
      if (message.type === 'done') job.resolve(message.result);
      else job.reject(message.cancelled ? new SheetExportCancelled() : new Error(message.message));
    }
  };
  port.onerror = (event) => {
    for (const job of pending.values()) job.reject(new Error(event.message || '导出程序出错'));
    pending.clear();
  };
  return {
    /** Writes the lists as a workbook or CSV in the worker; resolves with the bytes. */
    exportSheets(
      request: SheetExportRequest,
      onProgress?: (progress: SheetProgress) => void,
    ): SheetJob {
      const jobId = nextJob++;
      const done = new Promise<SheetExportResult>((resolve, reject) =>
        pending.set(jobId, { resolve, reject, onProgress }),
      );
      port.postMessage({ type: 'export', jobId, request });
      return { done, cancel: () => port.postMessage({ type: 'cancel', jobId }) };
    },
  };
}

export type SheetClient = ReturnType<typeof createSheetClient>;

let shared: SheetClient | null = null;

/** The app's sheet worker, started on first use. */
export function sheetClient(): SheetClient {
  shared ??= createSheetClient(
    new Worker(new URL('./sheet.worker.ts', import.meta.url), { type: 'module', name: 'sheets' }),
  );
  return shared;
}
