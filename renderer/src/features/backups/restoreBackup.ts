import type { BackupEntry } from '../../../../electron/contract';
import { bridge } from '../../bridge/bridge';
import { countAllRecords } from '../../db/recordCounts';
import { restoreRecords, type RestoreCounts } from '../../db/repositories/restoreRepository';
import { RECORD_KINDS, type RecordKind } from '../../domain/records';
import { BundleError } from '../../domain/transfer/bundleError';
import type { RowsByKind } from '../../domain/transfer/bundleFormat';
import { fromBase64 } from '../../domain/transfer/bytes';
import { readBundle, type ReadBundleResult } from '../../domain/transfer/readBundle';
import { attachmentStatus } from '../attachments/attachmentClient';
import { keepAttachments } from '../transfer/bundle/bundleImport';
import { backupTimeText } from './backupText';
import { takeBackup } from './takeBackup';

/** A backup read and checked, with what it holds next to what the database holds now. */
export interface BackupPreview {
  entry: BackupEntry;
  /** Live records per kind in the backup, and now. */
  inBackup: Record<RecordKind, number>;
  now: Record<RecordKind, number>;
  rows: RowsByKind;
  /** The backup as read: its manifest and the attachment files it carries. */
  read: ReadBundleResult;
}

/**
 * Reads a backup from the host and checks it whole (format, every checksum, every row) before
 * anything is shown or written. A broken file rejects with a Chinese message saying so.
 */
export async function previewBackup(entry: BackupEntry): Promise<BackupPreview> {
  const { data } = await bridge().backup.read({ name: entry.name });
  const bytes = fromBase64(data);
  let read: ReadBundleResult;
  try {
    if (!bytes) throw new BundleError('damaged', '内容无法读取');
    read = await readBundle(bytes);
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    // The reader speaks of 交接包, the format a backup is written in; the user knows a 备份文件.
    const reason = error.message.replace(/交接包/g, '备份文件').replace(/。$/, '');
    throw new Error(`这份备份无法恢复：${reason}。数据没有任何改动。`, { cause: error });
  }
  const rows: RowsByKind = read.rows;
  const inBackup = {} as Record<RecordKind, number>;
  for (const kind of RECORD_KINDS) {
    inBackup[kind] = (rows[kind] ?? []).filter((row) => !row.deletedAt).length;
  }
  return { entry, inBackup, now: await countAllRecords(), rows, read };
}

/**
 * 恢复: first a 恢复前 backup of the data as it is (no backup, no restore), then the attachment
 * files the backup carries and the data folder lacks are put back (the host checks each against
 * its SHA-256 and keeps it once; no attachment file is ever removed here), then the database made
 * what the backup holds, in one transaction. Returns that backup and what changed.
 */
export async function restoreFromBackup(
  preview: BackupPreview,
): Promise<{ before: BackupEntry; changed: RestoreCounts }> {
  const before = await takeBackup('pre-restore');
  await putBackMissingAttachments(preview.read);
  const changed = await restoreRecords(preview.rows, backupTimeText(preview.entry.createdAt));
  return { before, changed };
}

/** Keeps, through the 交接包 import's own step, the carried attachments the host no longer has. */
async function putBackMissingAttachments(read: ReadBundleResult): Promise<void> {
  const missing: { sha256: string; bytes: Uint8Array }[] = [];
  for (const sha256 of read.attachmentHashes) {
    if ((await attachmentStatus(sha256)).status === 'present') continue;
    missing.push({ sha256, bytes: read.attachment(sha256)! });
  }
  if (missing.length === 0) return;
  await keepAttachments({
    manifest: read.manifest,
    encrypted: read.encrypted,
    rows: read.rows,
    rules: read.rules,
    attachments: missing,
  });
}
