import type { BackupEntry, BackupReason } from '../../../../electron/contract';
import { storedPointsRules } from '../../domain/transfer/bundleRules';
import { bridge, bridgeErrorMessage } from '../../bridge/bridge';
import { currentOperator } from '../../db/operatorContext';
import { countAllRecords } from '../../db/recordCounts';
import { concatBytes } from '../../domain/transfer/bytes';
import { readAttachmentBytes } from '../attachments/attachmentClient';
import { bundleClient } from '../transfer/bundle/bundleClient';

let queue: Promise<unknown> = Promise.resolve();
let appVersion: Promise<string> | null = null;
const listeners = new Set<(entry: BackupEntry) => void>();

/** Calls `listener` after each backup written; returns the function that stops it. */
export function onBackupWritten(listener: (entry: BackupEntry) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Writes a backup of the whole database into the host's backup folder: a 交接包 of every record
 * (tombstones included) and of every attachment file they name, without passphrase, so the
 * bundle reader restores it and the backup folder alone can rebuild a lost data folder. Call it before any big change, e.g. `await takeBackup('pre-import')`;
 * it rejects with a Chinese message when no backup could be written. One backup at a time: a
 * call while another runs waits for it.
 */
export function takeBackup(reason: BackupReason): Promise<BackupEntry> {
  const run = queue.then(() => writeSnapshot(reason));
  queue = run.catch(() => undefined);
  return run;
}

async function writeSnapshot(reason: BackupReason): Promise<BackupEntry> {
  try {
    appVersion ??= bridge()
      .app.info()
      .then((info) => info.appVersion);
    const parts: Uint8Array[] = [];
    // Each backup carries its own copy of the attachments (content-addressed inside it, so a
    // photo named by many records is stored once per backup), rather than one store shared by
    // the backups: a backup file is then whole on its own (copied alone to a USB disk, it still
    // restores), and rotation removes a file with nothing else to count. The folder stays
    // bounded by rotation (设置 → 备份: 10 daily and 12 monthly by default, 10 before a change).
    const job = bundleClient().exportBundle(
      {
        appVersion: await appVersion,
        operator: currentOperator(),
        selection: '备份：全部记录',
        withAttachments: true,
        // The rules the records are read by go with them, as in a 交接包.
        pointsRules: storedPointsRules((await bridge().settings.get()).pointsRules),
      },
      {
        sink: async (chunk) => {
          parts.push(chunk);
        },
        readAttachment: readAttachmentBytes,
      },
    );
    const manifest = await job.done;
    const counts = await countAllRecords();
    const entry = await bridge().backup.write({
      reason,
      data: concatBytes(parts),
      counts,
      attachments: manifest.entries.filter((e) => e.name.startsWith('attachments/')).length,
    });
    for (const listener of listeners) listener(entry);
    return entry;
  } catch (error) {
    appVersion = null;
    throw new Error(`备份未完成：${bridgeErrorMessage(error)}`, { cause: error });
  }
}
