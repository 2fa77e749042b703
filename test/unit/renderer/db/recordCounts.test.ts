import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { countByReading, countRecords } from '../../../../renderer/src/db/recordCounts';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import {
  createRecord,
  deleteRecord,
  restoreRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import {
  loadSampleData,
  removeSampleData,
} from '../../../../renderer/src/db/repositories/sampleDataRepository';
import { rebuildSearchIndex } from '../../../../renderer/src/db/repositories/searchIndexRepository';
import { redo, undo } from '../../../../renderer/src/db/repositories/undoRepository';
import { RECORD_KINDS } from '../../../../renderer/src/domain/records';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
  setOperator('王小明');
});

/** The kept counts, kind by kind, after checking each against a count by reading the rows. */
async function keptCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const kind of RECORD_KINDS) {
    const kept = await countRecords(kind);
    expect(kept, kind).toBe(await countByReading(database.tableOf(kind)));
    counts[kind] = kept;
  }
  return counts;
}

describe('the live count kept for 总览 and the lists', () => {
  it('follows create, update, delete, restore, undo and redo', async () => {
    expect((await keptCounts()).member).toBe(0);
    const a = await createRecord('member', { name: '胡旭晟', category: '特邀人士' });
    const b = await createRecord('member', { name: '卿浙伟', category: '特邀人士' });
    expect((await keptCounts()).member).toBe(2);
    await updateRecord(
      'member',
      a.id,
      { name: '胡旭晟', category: '特邀人士', sector: '经济' },
      a.rev,
    );
    expect((await keptCounts()).member).toBe(2);
    await deleteRecord('member', b.id, b.rev);
    expect((await keptCounts()).member).toBe(1);
    await undo(); // the delete
    expect((await keptCounts()).member).toBe(2);
    await redo();
    expect((await keptCounts()).member).toBe(1);
    await restoreRecord('member', b.id, (await database.members.get(b.id))!.rev);
    expect((await keptCounts()).member).toBe(2);
    await undo(); // the restore
    await undo(); // the delete
    await undo(); // the update
    await undo(); // the second create
    expect((await keptCounts()).member).toBe(1);
  });

  it('follows an import, and a refused import changes nothing', async () => {
    await bulkCreateRecords('member', [
      { input: { name: '张大方', category: '特邀人士' } },
      { input: { name: '贺安杰', category: '特邀人士' } },
    ]);
    expect((await keptCounts()).member).toBe(2);
    await expect(
      bulkCreateRecords('member', [
        { input: { name: '戴煜', category: '特邀人士' } },
        { input: { name: ' ', category: '特邀人士' } },
      ]),
    ).rejects.toThrow(/第2条/);
    expect((await keptCounts()).member).toBe(2);
  });

  it('follows sample data in and out, around a real record', async () => {
    await createRecord('member', { name: '林晓峰', category: '特邀人士' });
    await loadSampleData();
    const loaded = await keptCounts();
    expect(loaded.member).toBeGreaterThan(30);
    expect(loaded.activity).toBeGreaterThan(20);
    await removeSampleData();
    expect(await keptCounts()).toEqual({
      member: 1,
      activity: 0,
      donation: 0,
      campaign: 0,
      studio: 0,
    });
  });

  it('is set right again by 重建搜索索引 if it ever went wrong', async () => {
    await createRecord('member', { name: '林晓峰', category: '特邀人士' });
    await database.recordCounts.put({ kind: 'member', live: 99 });
    await rebuildSearchIndex();
    expect((await keptCounts()).member).toBe(1);
  });
});
