import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  ATTACHMENT_GC_GRACE_MS,
  MAX_ATTACHMENT_BYTES,
  attachmentTooLargeMessage,
  attachmentUrl,
  type AttachmentGcResult,
  type AttachmentGetResult,
  type AttachmentOpenResult,
  type AttachmentPutResult,
  type ParsedArgsOf,
} from '../contract';
import {
  copyForViewing,
  keepAttachment,
  listKeptFiles,
  removeFile,
  removeViewingCopies,
  sha256Of,
  storedSize,
} from '../services/attachmentStore';
import { mimeTypeOfName } from '../services/attachmentTypes';
import type { HostServices } from '../services/hostServices';
import { HostError } from './hostError';

/** Keeps a file under its SHA-256, once per content, and says what the record should hold. */
export async function putAttachment(
  args: ParsedArgsOf<'attachments:put'>,
  services: HostServices,
): Promise<AttachmentPutResult> {
  if (args.from === 'path') return putChosenFile(args.path, services);
  const { name, mimeType, sha256, data } = args;
  if (data.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new HostError(attachmentTooLargeMessage(name, data.byteLength), 'data');
  }
  if (sha256Of(data) !== sha256) {
    throw new HostError(`附件“${name}”在传送中损坏（SHA-256 不符），未保存，请重试`, 'sha256');
  }
  const { created } = await keep(sha256, data, services);
  return { sha256, name, mimeType, size: data.byteLength, created };
}

/** A file the user chose in the 打开 dialog: read here, so its bytes never cross the bridge. */
async function putChosenFile(path: string, services: HostServices): Promise<AttachmentPutResult> {
  if (!services.grants.take(path, 'read')) {
    throw new HostError('只能添加刚在“打开”对话框中选定的文件，请重新选择文件', 'path');
  }
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new HostError(`“${name}”不是文件，未添加`, 'path');
    size = info.size;
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError(`无法读取“${name}”：文件不存在或没有权限`, 'path');
  }
  if (size > MAX_ATTACHMENT_BYTES)
    throw new HostError(attachmentTooLargeMessage(name, size), 'path');
  const data = await readFile(path);
  if (data.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new HostError(attachmentTooLargeMessage(name, data.byteLength), 'path');
  }
  const sha256 = sha256Of(data);
  const { created } = await keep(sha256, data, services);
  return { sha256, name, mimeType: mimeTypeOfName(name), size: data.byteLength, created };
}

async function keep(
  sha256: string,
  data: Uint8Array,
  services: HostServices,
): Promise<{ created: boolean }> {
  try {
    return await keepAttachment(services.dataDir, sha256, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    throw new HostError(
      code === 'ENOSPC' ? '磁盘空间不足，附件未保存' : `附件未能保存：${code ?? String(error)}`,
    );
  }
}

/** Whether the file is still kept, and where the page can read it. */
export async function getAttachment(
  args: ParsedArgsOf<'attachments:get'>,
  services: HostServices,
): Promise<AttachmentGetResult> {
  const size = await storedSize(services.dataDir, args.sha256);
  if (size === null) return { status: 'missing', sha256: args.sha256 };
  return { status: 'present', sha256: args.sha256, size, url: attachmentUrl(args.sha256) };
}

/** Shows the file in the system's viewer, as a copy named as the user knows it. */
export async function openAttachment(
  args: ParsedArgsOf<'attachments:open'>,
  services: HostServices,
): Promise<AttachmentOpenResult> {
  if ((await storedSize(services.dataDir, args.sha256)) === null) return { status: 'missing' };
  let copy: string;
  try {
    copy = await copyForViewing(services.dataDir, args.sha256, args.name);
  } catch {
    return { status: 'missing' };
  }
  await services.openPath(copy);
  return { status: 'opened' };
}

/**
 * Removes the kept files no record refers to, temporary files a crashed write left behind and
 * old copies made for the viewer; anything younger than the grace period stays (a form being
 * filled may hold it).
 */
export async function collectAttachments(
  args: ParsedArgsOf<'attachments:gc'>,
  services: HostServices,
): Promise<AttachmentGcResult> {
  const keep = new Set(args.keep);
  const cutoff = Date.now() - ATTACHMENT_GC_GRACE_MS;
  const result: AttachmentGcResult = { removed: 0, kept: 0, recent: 0 };
  for (const file of await listKeptFiles(services.dataDir)) {
    if (file.sha256 !== null && keep.has(file.sha256)) {
      result.kept += 1;
    } else if (file.mtimeMs > cutoff) {
      result.recent += 1;
    } else {
      await removeFile(file.path);
      if (file.sha256 !== null) result.removed += 1;
    }
  }
  await removeViewingCopies(services.dataDir, cutoff);
  services.log.write(
    'info',
    'bridge',
    `attachments:gc removed ${result.removed}, kept ${result.kept}`,
  );
  return result;
}
