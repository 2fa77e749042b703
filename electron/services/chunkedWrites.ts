import { randomUUID } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { existingMode, syncFolder, tempPathBeside } from './fileReplacement';

/** A file being written a chunk at a time, through a temporary file beside its target. */
interface OpenWrite {
  path: string;
  temp: string;
  handle: FileHandle;
  bytes: number;
  /** Chunks are written in the order they arrive, one at a time. */
  queue: Promise<unknown>;
  lastUsed: number;
}

/** A write left untouched this long is taken for abandoned (a closed window) and discarded. */
export const CHUNKED_WRITE_IDLE_MS = 10 * 60_000;

/**
 * The host's files being written in chunks (a 交接包 of any size, whose bytes never sit whole in
 * the page or cross the bridge as one message). Each is a temporary file in the target's folder,
 * renamed over the target only once `commit` has fsynced it: a reader sees the old file or the
 * whole new one, and an abandoned or failed write leaves the target as it was.
 */
export class ChunkedWrites {
  private readonly writes = new Map<string, OpenWrite>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Opens a temporary file for `path` and returns the id later calls name it by. */
  async begin(path: string): Promise<string> {
    await this.dropIdle();
    const temp = tempPathBeside(path);
    // The replacement keeps the permissions of the file it replaces, as an atomic write does.
    const handle = await open(temp, 'wx', await existingMode(path));
    const id = randomUUID();
    this.writes.set(id, {
      path,
      temp,
      handle,
      bytes: 0,
      queue: Promise.resolve(),
      lastUsed: this.now(),
    });
    return id;
  }

  /** Whether `id` names a write still open. */
  has(id: string): boolean {
    return this.writes.has(id);
  }

  /** Appends `data`; returns the bytes written so far. */
  async append(id: string, data: Uint8Array, maxBytes: number): Promise<number> {
    const write = this.need(id);
    const step = write.queue.then(async () => {
      if (write.bytes + data.byteLength > maxBytes) throw new RangeError('too large');
      await write.handle.write(data);
      write.bytes += data.byteLength;
      write.lastUsed = this.now();
      return write.bytes;
    });
    write.queue = step.catch(() => undefined);
    try {
      return await step;
    } catch (error) {
      await this.discard(id);
      throw error;
    }
  }

  /** Fsyncs the file and renames it over its target; returns the target and its size. */
  async commit(id: string): Promise<{ path: string; bytes: number }> {
    const write = this.need(id);
    this.writes.delete(id);
    try {
      await write.queue;
      await write.handle.sync();
      await write.handle.close();
      await rename(write.temp, write.path);
    } catch (error) {
      await write.handle.close().catch(() => undefined);
      await unlink(write.temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(dirname(write.path));
    return { path: write.path, bytes: write.bytes };
  }

  /** Removes the temporary file; the target is left as it was. */
  async discard(id: string): Promise<void> {
    const write = this.writes.get(id);
    if (!write) return;
    this.writes.delete(id);
    await write.queue;
    await write.handle.close().catch(() => undefined);
    await unlink(write.temp).catch(() => undefined);
  }

  private need(id: string): OpenWrite {
    const write = this.writes.get(id);
    if (!write) throw new ReferenceError(id);
    return write;
  }

  private async dropIdle(): Promise<void> {
    const cutoff = this.now() - CHUNKED_WRITE_IDLE_MS;
    for (const [id, write] of this.writes) if (write.lastUsed < cutoff) await this.discard(id);
  }
}
