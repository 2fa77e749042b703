import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../../../electron/contract';
import { needsDailySnapshot } from '../../../../../renderer/src/features/backups/backupSchedule';

function entry(createdAt: string, kind: BackupEntry['kind'] = 'daily'): BackupEntry {
  return { name: `x-${createdAt}`, kind, createdAt, bytes: 100, counts: null, attachments: null };
}

const NOW = new Date('2026-11-29T10:00:00.000Z');

describe('needsDailySnapshot', () => {
  it('takes one when there is no backup at all', () => {
    expect(needsDailySnapshot([], NOW)).toBe(true);
  });

  it('takes one when the newest backup is a day old', () => {
    expect(needsDailySnapshot([entry('2026-11-28T10:00:00.000Z')], NOW)).toBe(true);
    expect(needsDailySnapshot([entry('2026-11-20T10:00:00.000Z')], NOW)).toBe(true);
  });

  it('waits while any backup, of any kind, is younger than a day', () => {
    const list = [entry('2026-11-20T10:00:00.000Z'), entry('2026-11-28T10:00:01.000Z', 'quit')];
    expect(needsDailySnapshot(list, NOW)).toBe(false);
  });
});
