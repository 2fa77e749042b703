// The work of the sheet worker, as a function of the messages it gets, so Vitest runs it as is.
import { runSheetExport } from './runSheetExport';
import type { SheetWorkerRequest, SheetWorkerResponse } from './sheetProtocol';

export type PostSheetResponse = (message: SheetWorkerResponse, transfer?: Transferable[]) => void;

/** Handles the page's requests; answers through `post`. */
export function startSheetJobs(post: PostSheetResponse): (request: SheetWorkerRequest) => void {
  const running = new Map<number, AbortController>();
  return (request) => {
    if (request.type === 'cancel') {
      running.get(request.jobId)?.abort();
      return;
    }
    const { jobId } = request;
    const controller = new AbortController();
    running.set(jobId, controller);
    runSheetExport(request.request, {
      signal: controller.signal,
      onProgress: (progress) => post({ type: 'progress', jobId, progress }),
    })
      .then((result) => post({ type: 'done', jobId, result }, [result.bytes.buffer]))
      .catch((error: unknown) => {
        const cancelled = controller.signal.aborted;
        const reason = error instanceof Error ? error.message : String(error);
        post({
          type: 'failed',
          jobId,
          cancelled,
          message: cancelled ? '导出已取消' : `导出出错：${reason}`,
        });
      })
      .finally(() => running.delete(jobId));
  };
}
