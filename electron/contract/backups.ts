import { z } from 'zod';

/**
 * Why a backup was written, as its file name says: 每日 and 每月 snapshots (a daily one becomes the
 * month's snapshot when the month has none yet), 退出时, 手动, and the ones taken before a big
 * change (恢复前, 导入前).
 */
export const BACKUP_KINDS = [
  'daily',
  'monthly',
  'quit',
  'manual',
  'pre-restore',
  'pre-import',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** What the renderer asks for; the host decides the kind (`auto` and `quit` may become monthly). */
export const BACKUP_REASONS = ['auto', 'quit', 'manual', 'pre-restore', 'pre-import'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * A backup is a whole-database 交接包 without passphrase, carrying the attachment files its
 * records name, under this extension.
 */
export const BACKUP_EXTENSION = '.dlbackup';

/**
 * A backup's file name, made by the host only: `dutyledger-<UTC time to the millisecond>-<kind>`.
 * The renderer names a backup by it, and the host accepts nothing else (no path, no `..`).
 */
export const BACKUP_NAME_PATTERN =
  /^dutyledger-(\d{8}T\d{9}Z)-(daily|monthly|quit|manual|pre-restore|pre-import)\.dlbackup$/;

/**
 * The function the renderer puts on `window` for the host to call when the app quits: it takes
 * the 退出时 snapshot and resolves when it is written (true) or failed (false). The host waits
 * QUIT_SNAPSHOT_TIMEOUT_MS at most, so quitting never hangs on it.
 */
export const QUIT_SNAPSHOT_GLOBAL = '__dutyLedgerQuitSnapshot';
export const QUIT_SNAPSHOT_TIMEOUT_MS = 15_000;

/**
 * The functions the renderer puts on `window` for the host to call before the app quits or its
 * window closes. UNSAVED_WORK_GLOBAL answers at once what would be lost (a 设置 change not saved
 * yet), as a list of names, empty when nothing would; the host waits CLOSE_PROBE_TIMEOUT_MS at
 * most. Only then CLOSE_CHECK_GLOBAL asks the user, and resolves true to close or false to stay:
 * it waits for the answer, as long as the page is there to give it.
 */
export const UNSAVED_WORK_GLOBAL = '__dutyLedgerUnsavedWork';
export const CLOSE_CHECK_GLOBAL = '__dutyLedgerCloseCheck';
export const CLOSE_PROBE_TIMEOUT_MS = 5_000;

/** How many backups rotation keeps, by default and at most. */
export const DEFAULT_BACKUP_POLICY = { keepDaily: 10, keepMonthly: 12 } as const;
export const MAX_KEEP_DAILY = 366;
export const MAX_KEEP_MONTHLY = 120;

/** The largest backup the bridge moves. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

const backupName = z
  .string({ error: '备份文件名应为文字' })
  .regex(BACKUP_NAME_PATTERN, { error: '不是本程序生成的备份文件名' });

/** Live records per kind, as the renderer counted them when it wrote the backup. */
const backupCounts = z
  .record(
    z.string(),
    z
      .number({ error: '记录数应为数字' })
      .int({ error: '记录数应为整数' })
      .min(0, { error: '记录数不能为负' })
      .max(100_000_000),
    { error: '记录数应为对象' },
  )
  .refine((counts) => Object.keys(counts).every((kind) => /^[a-z]{1,30}$/.test(kind)), {
    error: '记录类型名称不正确',
  })
  .refine((counts) => Object.keys(counts).length <= 30, { error: '记录类型过多' });

export const backupWriteArgs = z
  .object({
    reason: z.enum(BACKUP_REASONS, {
      error: '备份原因只能是 auto、quit、manual、pre-restore 或 pre-import',
    }),
    /**
     * The bundle's bytes, as they are: structured-cloned by Electron's IPC, posted as a request
     * body in the shell (shellInvoke.ts) — never a base64 string built on the page's thread.
     */
    data: z
      .instanceof(Uint8Array, { error: '备份内容应为字节（Uint8Array）' })
      .refine((data) => data.byteLength > 0, { error: '备份内容不能为空' })
      .refine((data) => data.byteLength <= MAX_BACKUP_BYTES, { error: '备份过大' }),
    counts: backupCounts,
    /** How many attachment files the backup carries (kept in its note for the list). */
    attachments: z
      .number({ error: '附件数应为数字' })
      .int({ error: '附件数应为整数' })
      .min(0, { error: '附件数不能为负' })
      .max(100_000_000)
      .optional(),
  })
  .strict();

export const backupReadArgs = z.object({ name: backupName }).strict();

/** One backup in the folder. */
export interface BackupEntry {
  name: string;
  kind: BackupKind;
  /** When it was written (ISO 8601, UTC), from its name. */
  createdAt: string;
  bytes: number;
  /** Live records per kind when written; null when its note is missing or unreadable. */
  counts: Record<string, number> | null;
  /**
   * How many attachment files it carries; null when its note does not say (a backup written
   * before backups carried attachments, or whose note is missing).
   */
  attachments: number | null;
}

export interface BackupList {
  folder: string;
  /** Whether the folder is the default one inside the data folder. */
  isDefaultFolder: boolean;
  /** Newest first. */
  entries: BackupEntry[];
}

export type BackupFolderResult =
  { status: 'cancelled' } | { status: 'moved'; folder: string; moved: number };
