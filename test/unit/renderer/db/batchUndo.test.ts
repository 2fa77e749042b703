import { beforeEach, describe, expect, it } from 'vitest';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import { getRecord, updateRecord } from '../../../../renderer/src/db/repositories/recordRepository';
import { peekStep, redo, undo } from '../../../../renderer/src/db/repositories/undoRepository';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
});

const liveMembers = () => database.members.filter((row) => !row.deletedAt).count();

async function pasteThree() {
  return bulkCreateRecords(
    'member',
    [{ input: { name: '陈大文' } }, { input: { name: '李小龙' } }, { input: { name: '何鸿燊' } }],
    { undoable: true },
  );
}

describe('a pasted batch is one undo step', () => {
  it('undoes every record of the batch as tombstones, and redoes them all', async () => {
    const pasted = await pasteThree();
    expect(await database.undo.count()).toBe(1);

    expect(await undo()).toBe('已撤销：导入委员 3 条');
    expect(await liveMembers()).toBe(0);
    for (const { id } of pasted) {
      expect(await database.members.get(id)).toMatchObject({ rev: 2 });
      expect((await database.members.get(id))?.deletedAt).toBeTruthy();
      expect(await database.searchDocs.get(id)).toBeUndefined();
    }
    expect(await database.recordCounts.get('member')).toMatchObject({ live: 0 });

    expect(await redo()).toBe('已重做：导入委员 3 条');
    expect(await liveMembers()).toBe(3);
    expect(await getRecord('member', pasted[1]!.id)).toMatchObject({ name: '李小龙', rev: 3 });
    expect(await database.searchDocs.get(pasted[2]!.id)).toBeDefined();
    expect(await database.recordCounts.get('member')).toMatchObject({ live: 3 });

    // One log entry per operation, each naming the whole batch.
    const log = await database.audit.toArray();
    expect(log.map((entry) => `${entry.action} ${entry.recordIds?.length}`).sort()).toEqual([
      'delete 3',
      'import 3',
      'restore 3',
    ]);
  });

  it('refuses the whole batch when one of its records moved on, and writes nothing', async () => {
    const pasted = await pasteThree();
    // A handover import changes one of them without an undo step of its own.
    const moved = (await database.members.get(pasted[1]!.id))!;
    await database.members.put({ ...moved, rev: 2, sector: '经济' });
    const auditBefore = await database.audit.count();

    await expect(undo()).rejects.toThrow(
      '委员“李小龙”在此之后又被修改，不能撤销这一批 3 条；这一步已移出撤销列表',
    );
    expect(await liveMembers()).toBe(3);
    expect(await database.members.get(pasted[0]!.id)).toMatchObject({ rev: 1, deletedAt: null });
    expect(await database.audit.count()).toBe(auditBefore);
    expect(await peekStep('undo')).toBeUndefined();
  });

  it('still undoes the batch after an edit of one of its records was undone', async () => {
    const pasted = await pasteThree();
    const first = pasted[0]!;
    await updateRecord('member', first.id, { name: '陈大文', sector: '经济' }, first.rev);
    expect(await undo()).toBe('已撤销：修改委员“陈大文”：界别');
    expect(await undo()).toBe('已撤销：导入委员 3 条');
    expect(await liveMembers()).toBe(0);

    expect(await redo()).toBe('已重做：导入委员 3 条');
    expect(await redo()).toBe('已重做：修改委员“陈大文”：界别');
    expect(await getRecord('member', first.id)).toMatchObject({ sector: '经济' });
    expect(await liveMembers()).toBe(3);
  });

  it('files no undo step for an import that does not ask for one', async () => {
    await bulkCreateRecords('member', [{ input: { name: '霍英东' } }]);
    expect(await peekStep('undo')).toBeUndefined();
  });
});
