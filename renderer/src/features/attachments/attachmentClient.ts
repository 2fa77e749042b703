import type { AttachmentGetResult } from '../../../../electron/contract/attachments';
import { bridge, bridgeErrorMessage } from '../../bridge/bridge';
import {
  MAX_ATTACHMENT_BYTES,
  attachmentTooLargeMessage,
  type Attachment,
} from '../../domain/records/attachment';
import { ATTACHMENT_TEXT } from './attachmentText';

/** What adding some files came to: the attachments kept, and why the others were not. */
export interface AddResult {
  added: Attachment[];
  errors: string[];
}

/**
 * Asks the user for files in the host's 打开 dialog and keeps them; the host reads each chosen
 * file itself, so no bytes cross the bridge. Null when the user cancelled.
 */
export async function addChosenFiles(): Promise<AddResult | null> {
  const paths = await bridge().files.open({ title: ATTACHMENT_TEXT.dialogTitle, multiple: true });
  if (!paths) return null;
  const result: AddResult = { added: [], errors: [] };
  for (const path of paths) {
    try {
      result.added.push(toAttachment(await bridge().attachments.put({ from: 'path', path })));
    } catch (error) {
      result.errors.push(bridgeErrorMessage(error));
    }
  }
  return result;
}

/**
 * Keeps files dropped on the page: one at a time (a folder of photos need not all sit in memory
 * at once), each refused before reading when over the limit, hashed here and checked by the host.
 */
export async function addDroppedFiles(files: readonly File[]): Promise<AddResult> {
  const result: AddResult = { added: [], errors: [] };
  for (const file of files) {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      result.errors.push(attachmentTooLargeMessage(file.name, file.size));
      continue;
    }
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      const put = await bridge().attachments.put({
        from: 'bytes',
        name: file.name,
        mimeType: mimeTypeOf(file),
        sha256: await sha256Hex(data),
        data,
      });
      result.added.push(toAttachment(put));
    } catch (error) {
      result.errors.push(bridgeErrorMessage(error));
    }
  }
  return result;
}

/** Whether the host still has the file, and the URL to show it from. */
export function attachmentStatus(sha256: string): Promise<AttachmentGetResult> {
  return bridge().attachments.get({ sha256 });
}

/**
 * The bytes of a kept attachment, read from the host's URL (no bytes cross the bridge), or
 * undefined when its file is missing: what the handover bundle packs.
 */
export async function readAttachmentBytes(sha256: string): Promise<Uint8Array | undefined> {
  const status = await attachmentStatus(sha256);
  if (status.status !== 'present') return undefined;
  const response = await fetch(status.url);
  if (!response.ok) return undefined;
  return new Uint8Array(await response.arrayBuffer());
}

/** Keeps bytes that came from elsewhere (a bundle being imported) under their hash. */
export async function keepAttachmentBytes(
  attachment: Pick<Attachment, 'name' | 'mimeType'>,
  data: Uint8Array<ArrayBuffer>,
): Promise<Attachment> {
  const put = await bridge().attachments.put({
    from: 'bytes',
    name: attachment.name,
    mimeType: attachment.mimeType,
    sha256: await sha256Hex(data),
    data,
  });
  return toAttachment(put);
}

/** Opens the file in the system's viewer; false when it is missing. */
export async function openAttachment(attachment: Attachment): Promise<boolean> {
  const result = await bridge().attachments.open({
    sha256: attachment.sha256,
    name: attachment.name,
  });
  return result.status === 'opened';
}

/** The SHA-256 of some bytes, as lowercase hex, with the platform's own digest. */
export async function sha256Hex(data: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  pdf: 'application/pdf',
};

/** A file's type as the browser knows it, or from its name when it does not. */
export function mimeTypeOf(file: File): string {
  if (/^[\w.+-]+\/[\w.+-]+$/.test(file.type)) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return TYPES_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

function toAttachment(put: Attachment & { created: boolean }): Attachment {
  return { sha256: put.sha256, name: put.name, mimeType: put.mimeType, size: put.size };
}

/** The size as people read it: 820 KB, 3.4 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
