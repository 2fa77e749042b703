import type { BackupEntry } from '../../../../electron/contract';

/** A day, in milliseconds: the longest the newest backup may age before a new snapshot. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** How often a running app looks whether a day has passed since the newest backup. */
export const SNAPSHOT_CHECK_MS = 60 * 60 * 1000;

/**
 * Whether a daily snapshot is due: there is no backup yet, or the newest (of any kind: a backup
 * taken on quit or by hand holds the data as well) is a day old or more at `now`.
 */
export function needsDailySnapshot(entries: readonly BackupEntry[], now: Date): boolean {
  const newest = Math.max(...entries.map((entry) => Date.parse(entry.createdAt)));
  if (!Number.isFinite(newest)) return true;
  return now.getTime() - newest >= DAY_MS;
}
