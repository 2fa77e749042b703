import { z } from 'zod';
import type { Channel } from './channels';
import {
  attachmentGcArgs,
  attachmentOpenArgs,
  attachmentPutArgs,
  attachmentRefArgs,
  type AttachmentGcResult,
  type AttachmentGetResult,
  type AttachmentOpenResult,
  type AttachmentPutResult,
} from './attachments';
import {
  backupReadArgs,
  backupWriteArgs,
  type BackupEntry,
  type BackupFolderResult,
  type BackupList,
} from './backups';
import { settingsPatchSchema, type Settings } from './settings';

const noArgs = z.undefined({ error: '此调用不接受参数' });

const fileFilter = z.object({
  name: z.string().min(1).max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).min(1),
});

/**
 * The file name a save dialog proposes: a bare name only, so a page cannot steer the dialog (and
 * the user's habit of pressing Enter) to a folder the user did not pick.
 */
const baseFileName = z
  .string({ error: '建议的文件名应为文字' })
  .min(1, { error: '建议的文件名不能为空' })
  .max(255, { error: '建议的文件名不能超过 255 个字符' })
  .refine((name) => !/[/\\]/.test(name), { error: '建议的文件名不能含有路径分隔符（/ 或 \\）' })
  .refine((name) => !name.includes('..'), { error: '建议的文件名不能含有“..”' })
  .refine((name) => !name.includes('\0'), { error: '建议的文件名不能含有空字符' })
  .refine((name) => !/^[a-z]:/i.test(name), { error: '建议的文件名不能是盘符开头的路径' });

const dialogOptions = z
  .object({
    title: z.string().max(100).optional(),
    defaultName: baseFileName.optional(),
    filters: z.array(fileFilter).max(10).optional(),
  })
  .strict();

const filePath = z.string({ error: '路径应为文字' }).min(1, { error: '路径不能为空' }).max(4096);
const encoding = z.enum(['utf8', 'base64'], { error: '编码只能是 utf8 或 base64' });

/** Largest page `print:toPdf` takes, in characters. */
export const MAX_PRINT_HTML = 20 * 1024 * 1024;

/** Largest file the bridge moves in one call (bytes cross as base64 in the shell). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** Largest chunk of `files:writeChunk`: a few of them keep a large file moving. */
export const MAX_CHUNK_BYTES = 16 * 1024 * 1024;

/** Largest piece of a file `files:readChunk` hands over at once. */
export const MAX_READ_CHUNK_BYTES = 4 * 1024 * 1024;

/** Largest file written in chunks: a 交接包 of the whole database with its attachments. */
export const MAX_CHUNKED_FILE_BYTES = 4 * 1024 ** 3 - 1;

const writeId = z.uuid({ error: '写入编号格式不正确' });

/**
 * The whole host API: each channel's argument schema. Main parses every argument against it;
 * the renderer sees only the types.
 */
export const argSchemas = {
  'app:info': noArgs,
  'app:openLogFolder': noArgs,
  'log:write': z
    .object({
      level: z.enum(['error', 'warn', 'info']),
      message: z.string().max(20000),
      detail: z.string().max(100000).optional(),
    })
    .strict(),
  'settings:get': noArgs,
  'settings:set': settingsPatchSchema,
  'files:saveAs': dialogOptions,
  'files:open': dialogOptions.extend({ multiple: z.boolean().optional() }).strict(),
  'files:writeAtomic': z
    .object({
      path: filePath,
      data: z.string().max(Math.ceil(MAX_FILE_BYTES / 3) * 4),
      encoding,
    })
    .strict(),
  'files:read': z.object({ path: filePath, encoding }).strict(),
  'files:readChunk': z
    .object({
      path: filePath,
      offset: z.number().int().min(0).max(MAX_CHUNKED_FILE_BYTES),
      length: z.number().int().min(1).max(MAX_READ_CHUNK_BYTES, { error: '每段不能超过 4 MB' }),
    })
    .strict(),
  'files:beginWrite': z.object({ path: filePath }).strict(),
  'files:writeChunk': z
    .object({
      writeId,
      data: z
        .instanceof(Uint8Array, { error: '文件内容应为字节（Uint8Array）' })
        .refine((data) => data.byteLength <= MAX_CHUNK_BYTES, {
          error: '每段不能超过 16 MB',
        }),
    })
    .strict(),
  'files:endWrite': z.object({ writeId, commit: z.boolean() }).strict(),
  'attachments:put': attachmentPutArgs,
  'attachments:get': attachmentRefArgs,
  'attachments:open': attachmentOpenArgs,
  'attachments:gc': attachmentGcArgs,
  'print:toPdf': z
    .object({
      /** A self-contained page (no script, no remote content), laid out for A4. */
      html: z
        .string({ error: '要打印的内容应为文字' })
        .min(1, { error: '要打印的内容不能为空' })
        .max(MAX_PRINT_HTML, { error: '要打印的内容过大' }),
      path: filePath,
    })
    .strict(),
  'backup:write': backupWriteArgs,
  'backup:list': noArgs,
  'backup:read': backupReadArgs,
  'backup:chooseFolder': noArgs,
} satisfies Record<Channel, z.ZodType>;

export interface AppInfo {
  appName: string;
  appVersion: string;
  /** 'electron' or 'chromium-shell'. */
  host: 'electron' | 'chromium-shell';
  versions: Record<string, string>;
  dataDir: string;
  logDir: string;
}

export interface ResultTypes {
  'app:info': AppInfo;
  'app:openLogFolder': null;
  'log:write': null;
  'settings:get': Settings;
  'settings:set': Settings;
  /** The chosen path, or null when the user cancelled. */
  'files:saveAs': string | null;
  'files:open': string[] | null;
  'files:writeAtomic': { path: string; bytes: number };
  'files:read': { data: string; bytes: number };
  /** One piece of the file (base64), its length, and the whole file's size. */
  'files:readChunk': { data: string; bytes: number; size: number };
  /** The id that `files:writeChunk` and `files:endWrite` name the file by. */
  'files:beginWrite': { writeId: string };
  /** Bytes written so far. */
  'files:writeChunk': { bytes: number };
  /** The file written (commit), or null when the write was discarded. */
  'files:endWrite': { path: string; bytes: number } | null;
  'attachments:put': AttachmentPutResult;
  'attachments:get': AttachmentGetResult;
  'attachments:open': AttachmentOpenResult;
  'attachments:gc': AttachmentGcResult;
  /** The PDF written, and its size. */
  'print:toPdf': { path: string; bytes: number };
  'backup:write': BackupEntry;
  'backup:list': BackupList;
  'backup:read': { data: string; bytes: number };
  'backup:chooseFolder': BackupFolderResult;
}

export type ArgsOf<C extends Channel> = z.input<(typeof argSchemas)[C]>;
export type ParsedArgsOf<C extends Channel> = z.output<(typeof argSchemas)[C]>;
export type ResultOf<C extends Channel> = ResultTypes[C];

/** What crosses the wire: handlers never throw across it. */
export type Envelope<T> =
  | { ok: true; value: T }
  | { ok: false; error: { channel: string; message: string; field?: string } };
