import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { BundleError, throwIfCancelled } from './bundleError';

/** Where a written bundle goes, one chunk at a time; the next chunk waits for this one. */
export type ChunkSink = (chunk: Uint8Array) => Promise<void>;

/** One open entry of a ZipStream. */
export interface ZipEntryStream {
  push(chunk: Uint8Array, final?: boolean): Promise<void>;
}

/**
 * fflate's streaming Zip with an async sink: what each push produces is handed to the sink
 * before the next push, so at most one chunk's output waits in memory. Entries are written one
 * after the other. Once `signal` aborts, nothing more reaches the sink.
 */
export class ZipStream {
  private readonly zip: Zip;
  private readonly queue: Uint8Array[] = [];
  private failure: Error | null = null;

  constructor(
    private readonly sink: ChunkSink,
    private readonly mtime: Date,
    private readonly signal?: AbortSignal,
  ) {
    this.zip = new Zip((error, data) => {
      if (error) this.failure = error;
      else this.queue.push(data);
    });
  }

  /** Starts an entry: deflated, or stored as is (for bytes already encrypted). */
  open(name: string, compress: boolean): ZipEntryStream {
    const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    file.mtime = this.mtime;
    this.zip.add(file);
    return {
      push: async (chunk, final = false) => {
        throwIfCancelled(this.signal, '导出');
        file.push(chunk, final);
        await this.flush();
      },
    };
  }

  /** Writes the central directory. */
  async end(): Promise<void> {
    throwIfCancelled(this.signal, '导出');
    this.zip.end();
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw new BundleError('damaged', `写入交接包失败：${this.failure.message}`);
    for (let chunk = this.queue.shift(); chunk; chunk = this.queue.shift()) {
      throwIfCancelled(this.signal, '导出');
      await this.sink(chunk);
    }
  }
}
