import { BundleError } from '../../../domain/transfer/bundleError';
import type { BundleManifest, RowsByKind } from '../../../domain/transfer/bundleFormat';
import type { BundleRules } from '../../../domain/transfer/bundleRules';
import type { BundleProgress } from '../../../domain/transfer/writeBundle';
import type { ChunkSink } from '../../../domain/transfer/zipStream';
import type { BundleWorkerRequest, BundleWorkerResponse, ExportJobOptions } from './bundleProtocol';

/** The worker as the client sees it (a Worker, or a stand-in under test). */
export interface BundlePort {
  postMessage(message: BundleWorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<BundleWorkerResponse>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
}

/** A running job: its outcome, and a way to stop it. */
export interface BundleJob<T> {
  done: Promise<T>;
  cancel(): void;
}

export interface ExportCallbacks {
  /** Takes each chunk of the bundle in order (the host's file writer). */
  sink: ChunkSink;
  /** The bytes of an attachment (from the host's store), or undefined when missing. */
  readAttachment?: (sha256: string) => Promise<Uint8Array | undefined>;
  onProgress?: (progress: BundleProgress) => void;
}

export interface VerifiedBundle {
  manifest: BundleManifest;
  encrypted: boolean;
}

/** A bundle whose every check passed, with what it carries. */
export interface OpenedBundle extends VerifiedBundle {
  rows: RowsByKind;
  /** The rules the records are read by; null from a bundle that carries none. */
  rules: BundleRules | null;
  attachments: { sha256: string; bytes: Uint8Array }[];
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onMessage(message: BundleWorkerResponse): void;
}

/** A typed client of the bundle worker behind `port`. */
export function createBundleClient(port: BundlePort) {
  let nextJob = 1;
  const pending = new Map<number, Pending>();

  port.onmessage = (event) => {
    const message = event.data;
    const job = pending.get(message.jobId);
    if (!job) return;
    if (message.type === 'failed') {
      pending.delete(message.jobId);
      job.reject(new BundleError(message.code, message.message));
    } else if (message.type === 'exported' || message.type === 'verified') {
      pending.delete(message.jobId);
      job.resolve(
        message.type === 'exported'
          ? message.manifest
          : { manifest: message.manifest, encrypted: message.encrypted },
      );
    } else if (message.type === 'read') {
      pending.delete(message.jobId);
      const { manifest, encrypted, rows, rules, attachments } = message;
      job.resolve({ manifest, encrypted, rows, rules, attachments } satisfies OpenedBundle);
    } else {
      job.onMessage(message);
    }
  };
  port.onerror = (event) => {
    for (const job of pending.values())
      job.reject(new Error(event.message || '交接包处理程序出错'));
    pending.clear();
  };

  function start<T>(
    request: (jobId: number) => { message: BundleWorkerRequest; transfer?: Transferable[] },
    onMessage: (jobId: number, message: BundleWorkerResponse, fail: (error: Error) => void) => void,
  ): BundleJob<T> {
    const jobId = nextJob++;
    const done = new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => {
        if (!pending.delete(jobId)) return;
        port.postMessage({ type: 'cancel', jobId });
        reject(error);
      };
      pending.set(jobId, {
        resolve: resolve as (value: unknown) => void,
        reject,
        onMessage: (message) => onMessage(jobId, message, fail),
      });
    });
    const { message, transfer } = request(jobId);
    port.postMessage(message, transfer ?? []);
    return { done, cancel: () => port.postMessage({ type: 'cancel', jobId }) };
  }

  return {
    /** Exports the database as a 交接包 into `callbacks.sink`; resolves with its manifest. */
    exportBundle(options: ExportJobOptions, callbacks: ExportCallbacks): BundleJob<BundleManifest> {
      return start<BundleManifest>(
        (jobId) => ({ message: { type: 'export', jobId, options } }),
        (jobId, message, fail) => {
          if (message.type === 'progress') callbacks.onProgress?.(message.progress);
          else if (message.type === 'chunk') {
            callbacks.sink(message.bytes).then(
              () => port.postMessage({ type: 'chunk-taken', jobId, seq: message.seq }),
              (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
            );
          } else if (message.type === 'need-attachment') {
            const read = callbacks.readAttachment ?? (async () => undefined);
            read(message.sha256).then(
              (bytes) =>
                port.postMessage({
                  type: 'attachment',
                  jobId,
                  sha256: message.sha256,
                  bytes: bytes ?? null,
                }),
              (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
            );
          }
        },
      );
    },

    /**
     * Checks a 交接包 in the worker (manifest, every checksum, every row) and hands back what it
     * carries; rejects with a BundleError naming the problem.
     */
    openBundle(
      bytes: Uint8Array,
      options: { passphrase?: string; onProgress?: (progress: BundleProgress) => void } = {},
    ): BundleJob<OpenedBundle> {
      return start<OpenedBundle>(
        (jobId) => ({
          message: {
            type: 'read',
            jobId,
            bytes,
            ...(options.passphrase ? { passphrase: options.passphrase } : {}),
          },
        }),
        (_jobId, message) => {
          if (message.type === 'progress') options.onProgress?.(message.progress);
        },
      );
    },

    /** Checks a 交接包 in the worker; resolves with its manifest, or rejects with a BundleError. */
    verifyBundle(
      bytes: Uint8Array,
      options: { passphrase?: string; onProgress?: (progress: BundleProgress) => void } = {},
    ): BundleJob<VerifiedBundle> {
      return start<VerifiedBundle>(
        (jobId) => ({
          message: {
            type: 'verify',
            jobId,
            bytes,
            ...(options.passphrase ? { passphrase: options.passphrase } : {}),
          },
        }),
        (_jobId, message) => {
          if (message.type === 'progress') options.onProgress?.(message.progress);
        },
      );
    },
  };
}

export type BundleClient = ReturnType<typeof createBundleClient>;

let shared: BundleClient | null = null;

/** The app's bundle worker, started on first use. */
export function bundleClient(): BundleClient {
  shared ??= createBundleClient(
    new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module', name: 'bundle' }),
  );
  return shared;
}
