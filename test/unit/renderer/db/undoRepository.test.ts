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

describe('undo and redo check the record before they write', () => {
  it('undoes several steps of one record in a row, and redoes them in order', async () => {
    const created = await createRecord('member', { name: '傅晓岚' });
    const edited = await updateRecord('member', created.id, { name: '傅晓岚', sector: '经济' }, 1);
    await updateRecord('member', created.id, { name: '傅晓岚', sector: '科技' }, edited.rev);
    expect(await undo()).toBe('已撤销：修改委员“傅晓岚”：界别');
    expect((await getRecord('member', created.id))?.sector).toBe('经济');
    expect(await undo()).toBe('已撤销：修改委员“傅晓岚”：界别');
    expect((await getRecord('member', created.id))?.sector).toBeUndefined();
    expect(await undo()).toBe('已撤销：新建委员“傅晓岚”');
    expect(await getRecord('member', created.id)).toBeUndefined();
    await redo();
    await redo();
    await redo();
    expect((await getRecord('member', created.id))?.sector).toBe('科技');
  });

  it('refuses to undo a change when the record was changed since, and writes nothing', async () => {
    const created = await createRecord('member', { name: '张三', phone: '13800000001' });
    await updateRecord('member', created.id, { name: '张三', phone: '13800000002' }, 1);
    await undo();
    // Someone saves the record again (another window, an import): the redo no longer fits.
    const current = await getRecord('member', created.id);
    await database.members.put({ ...current!, phone: '13800000009', rev: current!.rev + 1 });
    const stateBefore = await database.members.get(created.id);
    const auditBefore = await database.audit.count();

    await expect(redo()).rejects.toThrow('委员“张三”在此之后又被修改，不能重做这一步');
    expect(await database.members.get(created.id)).toEqual(stateBefore);
    expect(await database.audit.count()).toBe(auditBefore);
    expect(await peekStep('redo')).toBeUndefined();
  });

  it('refuses an undo whose record moved on, then goes on with the steps below it', async () => {
    const other = await createRecord('campaign', { name: '青竹村乡村振兴' });
    const created = await createRecord('member', { name: '李四' });
    await database.members.put({ ...created, rev: 5, sector: '导入' });
    await expect(undo()).rejects.toThrow('委员“李四”在此之后又被修改，不能撤销这一步');
    expect(await database.members.get(created.id)).toMatchObject({ rev: 5, deletedAt: null });
    expect(await undo()).toBe('已撤销：新建专项“青竹村乡村振兴”');
    expect((await database.campaigns.get(other.id))?.deletedAt).toBeTruthy();
  });

  it('refuses a step whose kept record no longer fits the schema', async () => {
    const created = await createRecord('member', { name: '王五' });
    await updateRecord('member', created.id, { name: '王五', sector: '经济' }, 1);
    const step = await peekStep('undo');
    await database.undo.update(step!.seq!, { before: { ...step!.before, status: '退休' } });
    await expect(undo()).rejects.toThrow('数据格式已变');
    expect(await getRecord('member', created.id)).toMatchObject({ rev: 2, sector: '经济' });
  });

  it('logs what an undo really does: undoing a create is a delete, redoing it a restore', async () => {
    await createRecord('member', { name: '赵六' });
    await undo();
    await redo();
    const actions = (await database.audit.orderBy('at').toArray()).map((entry) => entry.action);
    expect(actions).toEqual(['create', 'delete', 'restore']);
  });
});
