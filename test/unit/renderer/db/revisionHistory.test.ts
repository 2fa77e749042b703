import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import {
  createRecord,
  deleteRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { undo } from '../../../../renderer/src/db/repositories/undoRepository';
import { REVISION_HISTORY_LIMIT } from '../../../../renderer/src/domain/revisionHistory';
import { freshDatabase } from './freshDatabase';

// What a 交接包 import compares (domain/transfer/incomingVersion.ts): each stored version names
// the versions before it.
let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
  setOperator('王小明');
});

const tagsOf = async (id: string) => (await database.members.get(id))?._revs ?? [];

describe('version history of stored records', () => {
  it('gives every write a new tag on top of the ones before, newest first', async () => {
    const created = await createRecord('member', { name: '李微微', category: '特邀人士' });
    const first = await tagsOf(created.id);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^1-[0-9a-f]{12}$/);
    await updateRecord('member', created.id, { name: '李微微', category: '港区委员' }, 1);
    await deleteRecord('member', created.id, 2);
    const after = await tagsOf(created.id);
    expect(after).toHaveLength(3);
    expect(after[0]).toMatch(/^3-/);
    expect(after[1]).toMatch(/^2-/);
    expect(after[2]).toBe(first[0]);
  });

  it('counts an undo as a new version, not as a return to the old tag', async () => {
    const created = await createRecord('member', { name: '李微微', category: '特邀人士' });
    await updateRecord('member', created.id, { name: '李微微', category: '港区委员' }, 1);
    const beforeUndo = await tagsOf(created.id);
    await undo();
    const afterUndo = await tagsOf(created.id);
    expect(afterUndo.slice(1)).toEqual(beforeUndo);
    expect(afterUndo[0]).not.toBe(beforeUndo[1]);
  });

  it('keeps the newest tags only, within the limit', async () => {
    const created = await createRecord('member', { name: '李微微', category: '特邀人士' });
    for (let rev = 1; rev <= 25; rev++) {
      await updateRecord('member', created.id, { name: `李微微${rev}`, category: '特邀人士' }, rev);
    }
    const tags = await tagsOf(created.id);
    expect(tags).toHaveLength(REVISION_HISTORY_LIMIT);
    expect(tags[0]).toMatch(/^26-/);
    expect(tags.at(-1)).toMatch(/^7-/);
  });

  it('tags each record of a batch on its own', async () => {
    const records = await bulkCreateRecords('member', [
      { input: { name: '甲', category: '侨界' } },
      { input: { name: '乙', category: '侨界' } },
    ]);
    const [a = [], b = []] = await Promise.all(records.map((r) => tagsOf(r.id)));
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0]).not.toBe(b[0]);
  });
});
