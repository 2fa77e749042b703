import { beforeEach, describe, expect, it } from 'vitest';
import {
  createRecord,
  deleteRecord,
  getRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { peekStep, redo, undo } from '../../../../renderer/src/db/repositories/undoRepository';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
});

describe('undo and redo', () => {
  it('undoes an update, then redoes it, each as a new revision in the log', async () => {
    const created = await createRecord('member', { name: '胡旭晟' });
    await updateRecord('member', created.id, { name: '胡旭晟', sector: '经济' }, created.rev);
    expect(await undo()).toBe('已撤销：修改委员“胡旭晟”：界别');
    const undone = await getRecord('member', created.id);
    expect(undone?.sector).toBeUndefined();
    expect(undone?.rev).toBe(3);
    expect(await redo()).toBe('已重做：修改委员“胡旭晟”：界别');
    expect(await getRecord('member', created.id)).toMatchObject({ sector: '经济', rev: 4 });
    expect(await database.audit.count()).toBe(4);
  });

  it('undoes a create as a tombstone and a delete as a restore', async () => {
    const created = await createRecord('member', { name: '卿浙伟' });
    await deleteRecord('member', created.id, created.rev);
    await undo();
    expect(await getRecord('member', created.id)).toMatchObject({ name: '卿浙伟' });
    expect(await database.searchDocs.get(created.id)).toBeDefined();
    await undo();
    expect(await getRecord('member', created.id)).toBeUndefined();
    expect((await database.members.get(created.id))?.deletedAt).toBeTruthy();
    expect(await undo()).toBeNull();
  });

  it('forgets the redo stack when something new is done', async () => {
    const a = await createRecord('member', { name: '张大方' });
    await undo();
    expect(await peekStep('redo')).toBeDefined();
    await createRecord('member', { name: '贺安杰' });
    expect(await peekStep('redo')).toBeUndefined();
    expect(await redo()).toBeNull();
    expect(await getRecord('member', a.id)).toBeUndefined();
  });

  it('keeps only the last 50 steps', async () => {
    for (let i = 0; i < 53; i++) await createRecord('campaign', { name: `专项${i}` });
    expect(await database.undo.where('stack').equals('undo').count()).toBe(50);
    let undone = 0;
    while (await undo()) undone++;
    expect(undone).toBe(50);
    expect(await database.campaigns.filter((row) => !row.deletedAt).count()).toBe(3);
  });
});
