// The work of the bundle worker, as a function of the messages it gets, so Vitest runs it as is.
import { bundleRowsOf } from '../../../db/bundleRows';
import { readBundleRules } from '../../../db/bundleRulesStore';
import { db } from '../../../db/database';
import { installId } from '../../../db/installId';
import { RECORD_KINDS, type RecordKind } from '../../../domain/records';
import { BundleError } from '../../../domain/transfer/bundleError';
import { inSelection, type ExportSelection } from '../../../domain/transfer/exportSelection';
import { readBundle } from '../../../domain/transfer/readBundle';
import { writeBundle, type BundleSource } from '../../../domain/transfer/writeBundle';
import type { BundleWorkerRequest, BundleWorkerResponse, ExportJobOptions } from './bundleProtocol';

export type PostResponse = (message: BundleWorkerResponse, transfer?: Transferable[]) => void;

interface Job {
  controller: AbortController;
  /** Waiting for the page to take a chunk, by its number. */
  chunks: Map<number, () => void>;
  /** Waiting for the page to send an attachment's bytes, by its hash. */
  attachments: Map<string, (bytes: Uint8Array | undefined) => void>;
}

/** Handles the page's requests; answers through `post`. */
export function startBundleJobs(post: PostResponse): (request: BundleWorkerRequest) => void {
  const jobs = new Map<number, Job>();

  const newJob = (jobId: number): Job => {
    const job: Job = {
      controller: new AbortController(),
      chunks: new Map(),
      attachments: new Map(),
    };
    jobs.set(jobId, job);
    return job;
  };

  const fail = (jobId: number, error: unknown) => {
    if (error instanceof BundleError) {
      post({ type: 'failed', jobId, code: error.code, message: error.message });
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      post({ type: 'failed', jobId, code: 'internal', message: `交接包处理出错：${reason}` });
    }
  };

  const run = (jobId: number, work: (job: Job) => Promise<void>) => {
    const job = newJob(jobId);
    work(job)
      .catch((error: unknown) => fail(jobId, error))
      .finally(() => jobs.delete(jobId));
  };

  return (request) => {
    const job = jobs.get(request.jobId);
    switch (request.type) {
      case 'export':
        run(request.jobId, (started) => runExport(request.jobId, started, request.options, post));
        break;
      case 'read':
        run(request.jobId, async (started) => {
          const read = await readBundle(request.bytes, {
            ...(request.passphrase ? { passphrase: request.passphrase } : {}),
            signal: started.controller.signal,
            onProgress: (progress) => post({ type: 'progress', jobId: request.jobId, progress }),
          });
          const attachments = read.attachmentHashes.map((sha256) => {
            const bytes = read.attachment(sha256) as Uint8Array;
            // A buffer of its own, so that it can be handed over without a copy.
            const own = bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
            return { sha256, bytes: own };
          });
          post(
            {
              type: 'read',
              jobId: request.jobId,
              manifest: read.manifest,
              encrypted: read.encrypted,
              rows: read.rows,
              rules: read.rules,
              attachments,
            },
            attachments.map((attachment) => attachment.bytes.buffer),
          );
        });
        break;
      case 'verify':
        run(request.jobId, async (started) => {
          const read = await readBundle(request.bytes, {
            ...(request.passphrase ? { passphrase: request.passphrase } : {}),
            signal: started.controller.signal,
            onProgress: (progress) => post({ type: 'progress', jobId: request.jobId, progress }),
          });
          post({
            type: 'verified',
            jobId: request.jobId,
            manifest: read.manifest,
            encrypted: read.encrypted,
          });
        });
        break;
      case 'cancel':
        if (!job) break;
        job.controller.abort();
        // Whatever waits on the page goes on, and meets the cancellation.
        for (const resume of job.chunks.values()) resume();
        for (const resume of job.attachments.values()) resume(undefined);
        break;
      case 'chunk-taken':
        job?.chunks.get(request.seq)?.();
        job?.chunks.delete(request.seq);
        break;
      case 'attachment':
        job?.attachments.get(request.sha256)?.(request.bytes ?? undefined);
        job?.attachments.delete(request.sha256);
        break;
    }
  };
}

async function runExport(
  jobId: number,
  job: Job,
  options: ExportJobOptions,
  post: PostResponse,
): Promise<void> {
  const database = db();
  const kinds: readonly RecordKind[] = options.kinds ?? RECORD_KINDS;
  const records: BundleSource['records'] = {};
  const filter = options.filter;
  for (const kind of kinds) {
    const rows = bundleRowsOf(database, kind);
    (records as Record<RecordKind, unknown>)[kind] = {
      count: await database.tableOf(kind).count(),
      rows: filter && filter.type !== 'all' ? selected(rows, filter) : rows,
    };
  }
  let seq = 0;
  const sink = (chunk: Uint8Array) =>
    new Promise<void>((resolve) => {
      const mine = seq++;
      job.chunks.set(mine, resolve);
      // A copy of its own, so the whole buffer can be handed over without copying again.
      const bytes = chunk.slice();
      post({ type: 'chunk', jobId, seq: mine, bytes }, [bytes.buffer]);
    });
  const readAttachment = (sha256: string) =>
    new Promise<Uint8Array | undefined>((resolve) => {
      job.attachments.set(sha256, resolve);
      post({ type: 'need-attachment', jobId, sha256 });
    });
  const manifest = await writeBundle(
    {
      records,
      rules: await readBundleRules(options.pointsRules, database),
      ...(options.withAttachments ? { attachments: { read: readAttachment } } : {}),
    },
    sink,
    {
      appVersion: options.appVersion,
      operator: options.operator,
      sourceInstallId: await installId(database),
      selection: options.selection,
      ...(options.passphrase ? { passphrase: options.passphrase } : {}),
      signal: job.controller.signal,
      onProgress: (progress) => post({ type: 'progress', jobId, progress }),
    },
  );
  post({ type: 'exported', jobId, manifest });
}

async function* selected<T extends object>(
  rows: AsyncIterable<T>,
  filter: ExportSelection,
): AsyncGenerator<T> {
  for await (const row of rows) {
    if (inSelection(row as Readonly<Record<string, unknown>>, filter)) yield row;
  }
}
