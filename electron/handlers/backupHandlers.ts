import { access, constants, mkdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  MAX_BACKUP_BYTES,
  type BackupEntry,
  type BackupFolderResult,
  type BackupList,
  type ParsedArgsOf,
} from '../contract';
import { backupsToKeep, kindOfNewBackup } from '../services/backupRotation';
import {
  backupFileName,
  defaultBackupFolder,
  listBackups,
  moveBackups,
  removeBackupFile,
  writeBackupFile,
} from '../services/backupStore';
import type { HostServices } from '../services/hostServices';
import { HostError } from './hostError';

/** The folder backups go to: the user's choice, else `<dataDir>/backups`. */
function backupFolder(services: HostServices): { folder: string; isDefault: boolean } {
  const chosen = services.settings.get().backupFolder;
  return chosen
    ? { folder: chosen, isDefault: false }
    : { folder: defaultBackupFolder(services.dataDir), isDefault: true };
}

function nowOf(services: HostServices): Date {
  return services.now?.() ?? new Date();
}

/**
 * Writes a backup under a name the host makes, then rotates the folder. The default folder is
 * made when missing; a chosen one (a USB disk) is not, so an unplugged disk is reported instead
 * of filling a stray folder on the laptop.
 */
export async function writeBackup(
  args: ParsedArgsOf<'backup:write'>,
  services: HostServices,
): Promise<BackupEntry> {
  const bytes = Buffer.from(args.data.buffer, args.data.byteOffset, args.data.byteLength);
  if (bytes.byteLength < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new HostError('备份内容不是交接包格式（zip），未写入', 'data');
  }
  const { folder, isDefault } = backupFolder(services);
  await ensureFolder(folder, isDefault);
  const now = nowOf(services);
  const existing = await listBackups(folder);
  const kind = kindOfNewBackup(args.reason, existing, now);
  let at = now;
  // Two backups in one millisecond: the second is named a millisecond later.
  while (existing.some((entry) => entry.name === backupFileName(kind, at))) {
    at = new Date(at.getTime() + 1);
  }
  const name = backupFileName(kind, at);
  const attachments = args.attachments ?? null;
  try {
    await writeBackupFile(folder, name, bytes, { counts: args.counts, attachments });
  } catch (error) {
    throw new HostError(`备份未写入：${describeFsError(error, folder)}`);
  }
  const written: BackupEntry = {
    name,
    kind,
    createdAt: at.toISOString(),
    bytes: bytes.byteLength,
    counts: args.counts,
    attachments,
  };
  await rotate(folder, [written, ...existing], now, services);
  services.log.write('info', 'bridge', `wrote ${name} (${bytes.byteLength} bytes)`);
  return written;
}

async function ensureFolder(folder: string, isDefault: boolean): Promise<void> {
  try {
    if (isDefault) await mkdir(folder, { recursive: true });
    if (!(await stat(folder)).isDirectory()) throw new HostError(`“${folder}”不是文件夹`);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError(`备份未写入：${describeFsError(error, folder)}`);
  }
}

/** Removes what rotation does not keep; a file that cannot be removed waits for next time. */
async function rotate(
  folder: string,
  entries: BackupEntry[],
  now: Date,
  services: HostServices,
): Promise<void> {
  const settings = services.settings.get();
  const keep = backupsToKeep(entries, now, {
    keepDaily: settings.backupKeepDaily,
    keepMonthly: settings.backupKeepMonthly,
  });
  for (const entry of entries) {
    if (keep.has(entry.name)) continue;
    try {
      await removeBackupFile(folder, entry.name);
      services.log.write('info', 'bridge', `rotated out ${entry.name}`);
    } catch (error) {
      services.log.write('warn', 'bridge', `could not remove ${entry.name}: ${String(error)}`);
    }
  }
}

/** The backups in the current folder, newest first. */
export async function listBackupsHandler(
  _args: undefined,
  services: HostServices,
): Promise<BackupList> {
  const { folder, isDefault } = backupFolder(services);
  try {
    return { folder, isDefaultFolder: isDefault, entries: await listBackups(folder) };
  } catch (error) {
    throw new HostError(`无法列出备份：${describeFsError(error, folder)}`);
  }
}

/** The bytes of one backup, named as `backup:list` named it. */
export async function readBackup(
  args: ParsedArgsOf<'backup:read'>,
  services: HostServices,
): Promise<{ data: string; bytes: number }> {
  const { folder } = backupFolder(services);
  const path = resolve(folder, args.name);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new HostError(
      missing
        ? `备份 ${args.name} 已不在备份文件夹中（可能已被轮换删除），请刷新列表`
        : `无法读取备份 ${args.name}：${describeFsError(error, folder)}`,
      'name',
    );
  }
  if (size > MAX_BACKUP_BYTES) throw new HostError('备份文件过大，无法读取', 'name');
  const bytes = await readFile(path);
  return { data: bytes.toString('base64'), bytes: bytes.byteLength };
}

/**
 * 更改备份文件夹: the user picks a folder in the system dialog; the backups move there (copied,
 * then removed here) and new ones are written there from now on.
 */
export async function chooseBackupFolder(
  _args: undefined,
  services: HostServices,
): Promise<BackupFolderResult> {
  const chosen = await services.dialogs.showFolder({ title: '选择备份文件夹' });
  if (!chosen) return { status: 'cancelled' };
  const target = resolve(chosen);
  try {
    if (!(await stat(target)).isDirectory()) throw new HostError(`“${target}”不是文件夹`);
    await access(target, constants.W_OK);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError(`不能使用这个文件夹：${describeFsError(error, target)}`, 'folder');
  }
  const { folder } = backupFolder(services);
  let moved = 0;
  if (resolve(folder) !== target) {
    try {
      moved = await moveBackups(folder, target);
    } catch (error) {
      throw new HostError(
        `备份未能全部移到新文件夹（${describeFsError(error, target)}），仍使用原文件夹`,
        'folder',
      );
    }
  }
  const isDefault = target === resolve(defaultBackupFolder(services.dataDir));
  services.settings.update({ backupFolder: isDefault ? null : target });
  services.log.write('info', 'bridge', `backup folder is now ${target} (${moved} moved)`);
  return { status: 'moved', folder: target, moved };
}

function describeFsError(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `文件夹“${folder}”不存在或无法打开（如在 U 盘上，请插好 U 盘）`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `没有写入文件夹“${folder}”的权限`;
    case 'ENOSPC':
      return '磁盘空间不足';
    default:
      return code ?? String(error);
  }
}
