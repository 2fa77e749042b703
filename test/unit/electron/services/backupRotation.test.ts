import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../../../electron/contract/backups';
import {
  backupsToKeep,
  kindOfNewBackup,
  type RotatedBackup,
} from '../../../../electron/services/backupRotation';

// Times at noon UTC, so the local calendar day is the same in any time zone from −11 to +11.
function backup(kind: BackupKind, day: string, hour = 12): RotatedBackup {
  const createdAt = `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  return { name: `${kind}@${createdAt}`, kind, createdAt };
}

const NOW = new Date('2026-11-29T12:30:00.000Z');
const POLICY = { keepDaily: 10, keepMonthly: 12 };

/** 2026-11-<from> … 2026-11-<to>, one daily backup each. */
function dailies(from: number, to: number): RotatedBackup[] {
  const list: RotatedBackup[] = [];
  for (let d = from; d <= to; d++)
    list.push(backup('daily', `2026-11-${String(d).padStart(2, '0')}`));
  return list;
}

describe('backupsToKeep', () => {
  it('keeps the ten most recent days of daily snapshots and drops older ones', () => {
    const list = dailies(1, 29);
    const keep = backupsToKeep(list, NOW, POLICY);
    expect([...keep].sort()).toEqual(
      dailies(20, 29)
        .map((b) => b.name)
        .sort(),
    );
  });

  it('keeps only the newest snapshot of a day, a quit backup counting as that day’s', () => {
    const morning = backup('daily', '2026-11-28', 1);
    const evening = backup('quit', '2026-11-28', 20);
    const today = backup('quit', '2026-11-29', 10);
    const keep = backupsToKeep([morning, evening, today], NOW, POLICY);
    expect(keep.has(evening.name)).toBe(true);
    expect(keep.has(today.name)).toBe(true);
    expect(keep.has(morning.name)).toBe(false);
  });

  it('counts days that have a backup, so a laptop left shut for weeks keeps its last ten', () => {
    const old = dailies(1, 12).map((b) => ({
      ...b,
      createdAt: b.createdAt.replace('-11-', '-08-'),
      name: b.name.replace('-11-', '-08-'),
    }));
    const keep = backupsToKeep(old, NOW, POLICY);
    expect(keep.size).toBe(10);
    expect(keep.has(old[0]!.name)).toBe(false);
    expect(keep.has(old[11]!.name)).toBe(true);
  });

  it('keeps twelve months of monthly snapshots, the newest of each month', () => {
    const monthly: RotatedBackup[] = [];
    for (let m = 1; m <= 12; m++)
      monthly.push(backup('monthly', `2025-${String(m).padStart(2, '0')}-01`));
    for (let m = 1; m <= 11; m++)
      monthly.push(backup('monthly', `2026-${String(m).padStart(2, '0')}-01`));
    const second = backup('monthly', '2026-11-15');
    const keep = backupsToKeep([...monthly, second], NOW, POLICY);
    expect(keep.size).toBe(12);
    expect(keep.has(second.name)).toBe(true);
    expect(keep.has(backup('monthly', '2026-11-01').name)).toBe(false);
    expect(keep.has(backup('monthly', '2025-12-01').name)).toBe(true);
    expect(keep.has(backup('monthly', '2025-11-01').name)).toBe(false);
  });

  it('follows the numbers set in 设置', () => {
    const keep = backupsToKeep(
      [...dailies(1, 29), backup('monthly', '2026-10-01'), backup('monthly', '2026-11-01')],
      NOW,
      { keepDaily: 3, keepMonthly: 1 },
    );
    expect([...keep].sort()).toEqual(
      [...dailies(27, 29), backup('monthly', '2026-11-01')].map((b) => b.name).sort(),
    );
  });

  it('never removes a manual backup and keeps the newest ten taken before a change', () => {
    const manual = backup('manual', '2020-01-01');
    const before = dailies(1, 12).map((b, i) =>
      backup(i % 2 ? 'pre-restore' : 'pre-import', b.createdAt.slice(0, 10)),
    );
    const keep = backupsToKeep([manual, ...before], NOW, POLICY);
    expect(keep.has(manual.name)).toBe(true);
    expect(before.filter((b) => keep.has(b.name)).map((b) => b.createdAt.slice(8, 10))).toEqual([
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
    ]);
  });

  it('keeps a backup dated after now without letting it push out the one just written', () => {
    const future = dailies(1, 12).map((b) =>
      backup('daily', b.createdAt.replace('2026-11', '2030-01').slice(0, 10)),
    );
    const justWritten = backup('daily', '2026-11-29');
    const keep = backupsToKeep([...future, justWritten], NOW, POLICY);
    expect(keep.has(justWritten.name)).toBe(true);
    expect(future.every((b) => keep.has(b.name))).toBe(true);
  });
});

describe('kindOfNewBackup', () => {
  it('makes the first automatic snapshot of a month the monthly one', () => {
    expect(kindOfNewBackup('auto', [backup('monthly', '2026-10-01')], NOW)).toBe('monthly');
    expect(kindOfNewBackup('quit', [], NOW)).toBe('monthly');
  });

  it('writes daily and quit snapshots once the month has its monthly one', () => {
    const existing = [backup('monthly', '2026-11-02')];
    expect(kindOfNewBackup('auto', existing, NOW)).toBe('daily');
    expect(kindOfNewBackup('quit', existing, NOW)).toBe('quit');
  });

  it('keeps the kind of a backup the user or a big change asked for', () => {
    expect(kindOfNewBackup('manual', [], NOW)).toBe('manual');
    expect(kindOfNewBackup('pre-restore', [], NOW)).toBe('pre-restore');
    expect(kindOfNewBackup('pre-import', [], NOW)).toBe('pre-import');
  });
});
