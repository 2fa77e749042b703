import { readFile, stat } from 'node:fs/promises';
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
