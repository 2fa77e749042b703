import { z } from 'zod';

/** Metadata of a file kept by the host under its SHA-256; records hold only this. */
export const attachmentSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: '须为64位小写十六进制的SHA-256值' }),
  name: z.string().trim().min(1).max(255),
  mimeType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, { message: '文件类型格式不正确' }),
  size: z.number().int().min(0),
});

export type Attachment = z.output<typeof attachmentSchema>;

export const attachmentListSchema = z.array(attachmentSchema).default([]);

/**
 * The largest attachment the host keeps (electron/contract/attachments.ts says the same; a test
 * holds the two together). The renderer checks it first, so a file over it is never read.
 */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/** The message for a file over the limit, word for word the host's. */
export function attachmentTooLargeMessage(name: string, bytes: number): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  const limit = MAX_ATTACHMENT_BYTES / (1024 * 1024);
  return `附件“${name}”有 ${mb} MB，超过 ${limit} MB 的上限，未添加`;
}
