import type { BackupKind, BackupReason } from '../contract/backups';

/** What rotation needs of a backup. */
export interface RotatedBackup {
  name: string;
  kind: BackupKind;
  /** ISO 8601 */
  createdAt: string;
}

export interface RotationPolicy {
  keepDaily: number;
  keepMonthly: number;
}

/** Backups taken before a big change (恢复前, 导入前): the newest this many stay. */
export const KEEP_BEFORE_CHANGE = 10;

/**
 * The backups rotation keeps, by name. 每日 (and 退出时): the newest of each calendar day, for the
 * `keepDaily` most recent days that have one; 每月: the newest of each month, for the
 * `keepMonthly` most recent months; 恢复前/导入前: the newest KEEP_BEFORE_CHANGE; 手动: all of
 * them (the user made them). Days are counted among backups that have one, so an office laptop
 * left shut for a month still has its last ten days. A backup dated after `now` (the clock was
 * put back) is kept and does not count: otherwise it would push out the one just written.
 */
export function backupsToKeep(
  backups: readonly RotatedBackup[],
  now: Date,
  policy: RotationPolicy,
): Set<string> {
  const keep = new Set<string>();
  const past: RotatedBackup[] = [];
  for (const backup of backups) {
    if (new Date(backup.createdAt).getTime() > now.getTime()) keep.add(backup.name);
    else past.push(backup);
  }
  const newestFirst = [...past].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keepNewestPer = (kinds: readonly BackupKind[], period: (d: Date) => string, n: number) => {
    const periods = new Set<string>();
    for (const backup of newestFirst) {
      if (!kinds.includes(backup.kind)) continue;
      const key = period(new Date(backup.createdAt));
      if (periods.has(key)) continue;
      if (periods.size === n) break;
      periods.add(key);
      keep.add(backup.name);
    }
  };
  keepNewestPer(['daily', 'quit'], dayOf, policy.keepDaily);
  keepNewestPer(['monthly'], monthOf, policy.keepMonthly);
  newestFirst
    .filter((backup) => backup.kind === 'pre-restore' || backup.kind === 'pre-import')
    .slice(0, KEEP_BEFORE_CHANGE)
    .forEach((backup) => keep.add(backup.name));
  for (const backup of past) if (backup.kind === 'manual') keep.add(backup.name);
  return keep;
}

/**
 * The kind a new backup is written as: an automatic snapshot (daily or on quit) is the month's
 * 每月 snapshot when this month has none yet, so that every month keeps one after the daily ones
 * have rotated away.
 */
export function kindOfNewBackup(
  reason: BackupReason,
  existing: readonly RotatedBackup[],
  now: Date,
): BackupKind {
  if (reason === 'auto' || reason === 'quit') {
    const month = monthOf(now);
    const hasMonthly = existing.some(
      (backup) => backup.kind === 'monthly' && monthOf(new Date(backup.createdAt)) === month,
    );
    if (!hasMonthly) return 'monthly';
    return reason === 'auto' ? 'daily' : 'quit';
  }
  return reason;
}

/** The local calendar day: the day the user lived it. */
function dayOf(date: Date): string {
  return `${monthOf(date)}-${date.getDate()}`;
}

function monthOf(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}`;
}
