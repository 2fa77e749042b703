import { z } from 'zod';

/** The largest attachment the host keeps: one photo or scan, not a video archive. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/**
 * Where the renderer reads a stored attachment: a path on its own origin (app://duty-ledger in
 * Electron, https://duty-ledger.local in the shell), served by the host from the file, so an
 * `<img src>` or a `fetch` gets the bytes without any of them crossing the bridge.
 */
export const ATTACHMENT_URL_PREFIX = '/attachments/';

/**
 * Where the Chromium shell's bridge posts the bytes of `attachments:put`: a binary request body
 * that the shell's request interception hands to the same handler. (Its binding carries JSON
 * only, so bytes would otherwise cross as base64: a third larger, and built in the page.)
 */
export const ATTACHMENT_UPLOAD_PATH = '/attachments-upload';

/** The URL path of the attachment with this hash. */
export function attachmentUrl(sha256: string): string {
  return `${ATTACHMENT_URL_PREFIX}${sha256}`;
}

/** The message for a file over the limit, the same in the renderer's check and the host's. */
export function attachmentTooLargeMessage(name: string, bytes: number): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  const limit = MAX_ATTACHMENT_BYTES / (1024 * 1024);
  return `附件“${name}”有 ${mb} MB，超过 ${limit} MB 的上限，未添加`;
}

export const sha256Hex = z
  .string({ error: 'SHA-256 应为文字' })
  .regex(/^[0-9a-f]{64}$/, { error: 'SHA-256 须为 64 位小写十六进制' });

const attachmentName = z
  .string({ error: '文件名应为文字' })
  .trim()
  .min(1, { error: '文件名不能为空' })
  .max(255, { error: '文件名不能超过 255 个字符' })
  .refine((name) => !name.includes('\0'), { error: '文件名不能含有空字符' });

const mimeType = z
  .string({ error: '文件类型应为文字' })
  .regex(/^[\w.+-]+\/[\w.+-]+$/, { error: '文件类型格式不正确' })
  .max(100, { error: '文件类型过长' });

/**
 * `attachments:put` takes either a file the user just chose in the 打开 dialog (the host reads it
 * from disk: nothing crosses the bridge but its path) or the bytes of a dropped file with the
 * SHA-256 the renderer computed, which the host checks before keeping them.
 */
export const attachmentPutArgs = z.discriminatedUnion(
  'from',
  [
    z
      .object({
        from: z.literal('path'),
        path: z.string({ error: '路径应为文字' }).min(1, { error: '路径不能为空' }).max(4096),
      })
      .strict(),
    z
      .object({
        from: z.literal('bytes'),
        name: attachmentName,
        mimeType,
        sha256: sha256Hex,
        data: z.instanceof(Uint8Array, { error: '文件内容应为字节（Uint8Array）' }),
      })
      .strict(),
  ],
  { error: '来源只能是 path（对话框选定的文件）或 bytes（文件内容）' },
);

export const attachmentRefArgs = z.object({ sha256: sha256Hex }).strict();

export const attachmentOpenArgs = z.object({ sha256: sha256Hex, name: attachmentName }).strict();

/**
 * `attachments:gc` is given every hash that some record (or draft) still refers to: the records
 * live in the renderer's database, which the host cannot read. Files added within
 * `ATTACHMENT_GC_GRACE_MS` are kept whatever the list says: a form being filled may hold them.
 */
export const attachmentGcArgs = z
  .object({ keep: z.array(sha256Hex).max(1_000_000, { error: '引用的附件过多' }) })
  .strict();

/** How long a newly stored attachment survives `attachments:gc` without any reference. */
export const ATTACHMENT_GC_GRACE_MS = 24 * 60 * 60 * 1000;

/** What a record keeps of a stored file. */
export interface StoredAttachment {
  sha256: string;
  name: string;
  mimeType: string;
  size: number;
}

export interface AttachmentPutResult extends StoredAttachment {
  /** false when the same content was already kept (nothing written). */
  created: boolean;
}

/** A missing file is an answer, not an error: the record outlives its file. */
export type AttachmentGetResult =
  | { status: 'present'; sha256: string; size: number; url: string }
  | { status: 'missing'; sha256: string };

export type AttachmentOpenResult = { status: 'opened' } | { status: 'missing' };

export interface AttachmentGcResult {
  removed: number;
  kept: number;
  /** Unreferenced, but younger than the grace period. */
  recent: number;
}
