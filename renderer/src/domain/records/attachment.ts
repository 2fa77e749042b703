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
