import { open, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_CHUNKED_FILE_BYTES, MAX_FILE_BYTES, type ParsedArgsOf } from '../contract';
import { writeFileAtomically } from '../services/atomicWrite';
import { ChunkedWrites } from '../services/chunkedWrites';
import type { HostServices } from '../services/hostServices';
import type { GrantMode } from '../services/pathGrants';
import { HostError } from './hostError';

export async function saveAs(
  args: ParsedArgsOf<'files:saveAs'>,
  services: HostServices,
): Promise<string | null> {
  const chosen = await services.dialogs.showSave(args);
  if (chosen) services.grants.grant(chosen, 'write');
  return chosen;
}

export async function openFiles(
  args: ParsedArgsOf<'files:open'>,
  services: HostServices,
): Promise<string[] | null> {
  const chosen = await services.dialogs.showOpen(args);
  if (!chosen || chosen.length === 0) return null;
  for (const path of chosen) services.grants.grant(path, 'read');
  return chosen;
}

export async function writeAtomic(
  args: ParsedArgsOf<'files:writeAtomic'>,
  services: HostServices,
): Promise<{ path: string; bytes: number }> {
  assertGranted(args.path, 'write', services);
  const bytes =
    args.encoding === 'base64' ? Buffer.from(args.data, 'base64') : Buffer.from(args.data, 'utf8');
  if (bytes.byteLength > MAX_FILE_BYTES) throw new HostError('文件过大，无法写入', 'data');
  try {
    await writeFileAtomically(args.path, bytes);
  } catch (error) {
    throw new HostError(`无法写入文件：${describeFsError(error)}`, 'path');
  }
  return { path: args.path, bytes: bytes.byteLength };
}

export async function read(
  args: ParsedArgsOf<'files:read'>,
  services: HostServices,
): Promise<{ data: string; bytes: number }> {
  assertGranted(args.path, 'read', services);
  let size: number;
  try {
    size = (await stat(args.path)).size;
  } catch (error) {
    throw new HostError(`无法读取文件：${describeFsError(error)}`, 'path');
  }
  if (size > MAX_FILE_BYTES) throw new HostError('文件过大（超过 512 MB），无法读取', 'path');
  const bytes = await readFile(args.path);
  return {
    data: args.encoding === 'base64' ? bytes.toString('base64') : bytes.toString('utf8'),
    bytes: bytes.byteLength,
  };
}

/**
 * The files being read in pieces, by resolved path, with when their session lapses: the first
 * piece uses up the dialog's grant and opens the session, the last piece closes it.
 */
const chunkedReads = new WeakMap<HostServices, Map<string, number>>();
const READ_SESSION_MS = 5 * 60_000;

/**
 * One piece of a file the user just chose in the 打开 dialog (base64, at most 4 MB): a large
 * file crosses the bridge piece by piece, never whole as one string. The piece at offset 0 uses
 * up the grant; the following ones are allowed while the reading goes on.
 */
export async function readChunk(
  args: ParsedArgsOf<'files:readChunk'>,
  services: HostServices,
): Promise<{ data: string; bytes: number; size: number }> {
  let reads = chunkedReads.get(services);
  if (!reads) {
    reads = new Map();
    chunkedReads.set(services, reads);
  }
  const key = resolve(args.path);
  if (args.offset === 0) {
    assertGranted(args.path, 'read', services);
  } else if ((reads.get(key) ?? 0) < Date.now()) {
    throw new HostError('这次读取已结束或已超时，请重新选择文件', 'path');
  }
  reads.set(key, Date.now() + READ_SESSION_MS);
  try {
    const handle = await open(args.path, 'r');
    try {
      const { size } = await handle.stat();
      const length = Math.max(0, Math.min(args.length, size - args.offset));
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, args.offset);
      if (args.offset + bytesRead >= size) reads.delete(key);
      return { data: buffer.subarray(0, bytesRead).toString('base64'), bytes: bytesRead, size };
    } finally {
      await handle.close();
    }
  } catch (error) {
    reads.delete(key);
    throw new HostError(`无法读取文件：${describeFsError(error)}`, 'path');
  }
}

/** Each host's chunked writes; kept beside the services so that handlers stay plain functions. */
const chunkedWrites = new WeakMap<HostServices, ChunkedWrites>();

function writesOf(services: HostServices): ChunkedWrites {
  let writes = chunkedWrites.get(services);
  if (!writes) {
    writes = new ChunkedWrites();
    chunkedWrites.set(services, writes);
  }
  return writes;
}

const UNKNOWN_WRITE = '这次写入已结束或不存在，请重新保存';

/**
 * Starts writing, in chunks, the file the user just chose in the save dialog (the grant is used
 * up here); nothing reaches the target until `files:endWrite` commits.
 */
export async function beginWrite(
  args: ParsedArgsOf<'files:beginWrite'>,
  services: HostServices,
): Promise<{ writeId: string }> {
  assertGranted(args.path, 'write', services);
  try {
    return { writeId: await writesOf(services).begin(args.path) };
  } catch (error) {
    throw new HostError(`无法写入文件：${describeFsError(error)}`, 'path');
  }
}

/** Appends one chunk to a write `files:beginWrite` started; a failure discards the whole write. */
export async function writeChunk(
  args: ParsedArgsOf<'files:writeChunk'>,
  services: HostServices,
): Promise<{ bytes: number }> {
  const writes = writesOf(services);
  if (!writes.has(args.writeId)) throw new HostError(UNKNOWN_WRITE, 'writeId');
  try {
    return { bytes: await writes.append(args.writeId, args.data, MAX_CHUNKED_FILE_BYTES) };
  } catch (error) {
    if (error instanceof RangeError) throw new HostError('文件过大（超过 4 GB），未写入', 'data');
    throw new HostError(`无法写入文件：${describeFsError(error)}`, 'data');
  }
}

/** Commits a chunked write (the target is replaced whole) or discards it (left as it was). */
export async function endWrite(
  args: ParsedArgsOf<'files:endWrite'>,
  services: HostServices,
): Promise<{ path: string; bytes: number } | null> {
  const writes = writesOf(services);
  if (!args.commit) {
    await writes.discard(args.writeId);
    return null;
  }
  if (!writes.has(args.writeId)) throw new HostError(UNKNOWN_WRITE, 'writeId');
  try {
    return await writes.commit(args.writeId);
  } catch (error) {
    throw new HostError(`无法写入文件：${describeFsError(error)}`, 'path');
  }
}

/** Refuses a path the user did not just choose in a dialog for this use. */
export function assertGranted(path: string, mode: GrantMode, services: HostServices): void {
  if (services.grants.take(path, mode)) return;
  throw new HostError(
    mode === 'write'
      ? '只能写入刚在“保存”对话框中选定的文件，请重新选择保存位置'
      : '只能读取刚在“打开”对话框中选定的文件，请重新选择文件',
    'path',
  );
}

/** A file-system error in words a user reads. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件或文件夹不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有权限';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EISDIR':
      return '这是一个文件夹';
    default:
      return code ?? String(error);
  }
}
