import { beforeEach, describe, expect, it } from 'vitest';
import { bundleRowsOf } from '../../../../renderer/src/db/bundleRows';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import {
  createRecord,
  deleteRecord,
  getRecord,
  getStoredRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { restoreRecords } from '../../../../renderer/src/db/repositories/restoreRepository';
import { RECORD_KINDS } from '../../../../renderer/src/domain/records';
import type { RowsByKind } from '../../../../renderer/src/domain/transfer/bundleFormat';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
});

/** Every row of the database as a backup holds it. */
async function snapshot(): Promise<RowsByKind> {
  const rows: Record<string, unknown[]> = {};
  for (const kind of RECORD_KINDS) {
    rows[kind] = [];
    for await (const row of bundleRowsOf(database, kind)) rows[kind].push(row);
  }
  return rows as RowsByKind;
}

describe('restoreRecords', () => {
  it('brings back edited and deleted records, and tombstones ones created since', async () => {
    const kept = await createRecord('member', { name: '胡旭晟' });
    const edited = await createRecord('member', { name: '陈小红' });
    const deleted = await createRecord('campaign', { name: '三进三助聚力行动' });
    const backup = await snapshot();

    await updateRecord('member', edited.id, { name: '陈小明' }, 1);
    await deleteRecord('campaign', deleted.id, 1);
    const added = await createRecord('member', { name: '李微微' });

    const changed = await restoreRecords(backup, '2026年11月29日 10:00');

    expect(changed).toEqual({ member: 2, campaign: 1 });
    expect(await getRecord('member', edited.id)).toMatchObject({ name: '陈小红', rev: 3 });
    expect(await getRecord('campaign', deleted.id)).toMatchObject({ deletedAt: null, rev: 3 });
    expect(await getRecord('member', added.id)).toBeUndefined();
    expect(await getStoredRecord('member', added.id)).toMatchObject({ rev: 2 });
    // Untouched: the same version as in the backup.
    expect(await getStoredRecord('member', kept.id)).toMatchObject({ rev: 1 });
    expect(await database.recordCounts.get('member')).toMatchObject({ live: 2 });
    expect(await database.recordCounts.get('campaign')).toMatchObject({ live: 1 });
  });

  it('rebuilds the search keys from the restored records', async () => {
    const member = await createRecord('member', { name: '陈小红' });
    const backup = await snapshot();
    await updateRecord('member', member.id, { name: '王大明' }, 1);
    await restoreRecords(backup, '测试');
    const doc = await database.searchDocs.get(member.id);
    expect(JSON.stringify(doc)).toContain('陈小红');
    expect(JSON.stringify(doc)).not.toContain('王大明');
  });

  it('gives a restored record a history that descends from the replaced one', async () => {
    const member = await createRecord('member', { name: '陈小红' });
    const backup = await snapshot();
    await updateRecord('member', member.id, { name: '王大明' }, 1);
    const replaced = await database.members.get(member.id);
    await restoreRecords(backup, '测试');
    const restored = await database.members.get(member.id);
    expect(restored?._revs?.slice(1, 3)).toEqual(replaced?._revs?.slice(0, 2));
  });

  it('logs the restore per kind in the audit log', async () => {
    const member = await createRecord('member', { name: '陈小红' });
    const backup = await snapshot();
    await updateRecord('member', member.id, { name: '王大明' }, 1);
    await restoreRecords(backup, '2026年11月29日 10:00');
    const summaries = (await database.audit.toArray()).map((entry) => entry.summary);
    expect(summaries).toContain('恢复备份（2026年11月29日 10:00）：委员 1 条');
  });

  it('changes nothing when the database already is what the backup holds', async () => {
    await createRecord('member', { name: '陈小红' });
    const backup = await snapshot();
    const auditBefore = await database.audit.count();
    expect(await restoreRecords(backup, '测试')).toEqual({});
    expect(await database.audit.count()).toBe(auditBefore);
  });
});
