import { describe, expect, it } from 'vitest';
import { useDatabase } from '../../../../renderer/src/db/database';
import { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { latestTimelineEntries, memberActivities } from '../../../../renderer/src/db/queries';
import { countRecords } from '../../../../renderer/src/db/recordCounts';
import {
  createRecord,
  deleteRecord,
  getRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { CURRENT_DB_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/db/schemaVersions';

describe('opening data written by an older version', () => {
  it('upgrades a version 1 database: records kept, import audit compacted, new indexes usable, live records counted', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    // Write as version 1 did: records through the repository (into a scratch database of today's
    // schema, then copied over row for row, since today's repositories also keep counts), and an
    // import logged in full.
    const scratch = new DutyLedgerDb(`scratch-${crypto.randomUUID()}`);
    useDatabase(scratch);
    setOperator('王小明');
    const member = await createRecord('member', { name: '胡旭晟', category: '特邀人士' });
    const imported = await createRecord('member', { name: '卿浙伟', category: '特邀人士' });
    const gone = await createRecord('member', { name: '张大方', category: '特邀人士' });
    await deleteRecord('member', gone.id, gone.rev);
    const v1 = new DutyLedgerDb(name, SCHEMA_VERSIONS.slice(0, 1));
    await v1.members.bulkPut(await scratch.members.toArray());
    await v1.searchDocs.bulkPut(await scratch.searchDocs.toArray());
    await v1.audit.bulkPut(await scratch.audit.toArray());
    await v1.audit.add({
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      operator: '王小明',
      action: 'import',
      kind: 'member',
      recordId: imported.id,
      summary: '导入委员“卿浙伟”',
      before: null,
      after: { ...imported },
    });
    const milestone = await createRecord('activity', {
      title: '委员工作室揭牌',
      type: '会议',
      startDate: { year: 2021, month: 4, day: 15 },
      inTimeline: true,
      timelineSummary: '委员工作室揭牌',
    });
    const visit = await createRecord('activity', {
      title: '郴州行',
      type: '考察',
      startDate: { year: 2018, month: 5, day: 29 },
      participants: [{ memberId: member.id, role: '参加' }],
    });
    // Version 1 rows had `_memberIds` where today's have `_memberDates`.
    await v1.activities.bulkPut(
      (await scratch.activities.toArray()).map(({ _memberDates, ...row }) => ({
        ...row,
        _memberIds: (_memberDates ?? []).map(([id]) => id),
      })),
    );
    await v1.searchDocs.bulkPut(await scratch.searchDocs.toArray());
    scratch.close();
    // Version 1 rows had no timeline key.
    await v1.activities.update(milestone.id, { _timeline: undefined });
    expect((await v1.activities.get(milestone.id))?._timeline).toBeUndefined();
    expect(v1.verno).toBe(1);
    v1.close();

    const current = new DutyLedgerDb(name);
    useDatabase(current);
    await current.open();
    expect(current.verno).toBe(CURRENT_DB_VERSION);
    expect(CURRENT_DB_VERSION).toBeGreaterThan(1);

    expect(await getRecord('member', member.id)).toEqual(member);
    expect(await getRecord('member', imported.id)).toEqual(imported);
    const importEntry = await current.audit
      .where('recordId')
      .equals(imported.id)
      .filter((e) => e.action === 'import')
      .first();
    expect(importEntry?.after).toEqual({ id: imported.id, rev: 1 });
    // A create keeps its full record: undo and the change history read it.
    const createEntry = await current.audit.where('recordId').equals(member.id).first();
    expect(createEntry?.after).toMatchObject({ name: '胡旭晟', rev: 1 });
    expect(await current.searchDocs.count()).toBe(4);
    // v3 counted the live records once; the deleted member is not among them.
    expect(await current.recordCounts.toArray()).toEqual(
      expect.arrayContaining([
        { kind: 'member', live: 2 },
        { kind: 'activity', live: 2 },
        { kind: 'donation', live: 0 },
      ]),
    );
    expect(await countRecords('member')).toBe(2);
    expect((await memberActivities(member.id)).map((a) => a.id)).toEqual([visit.id]);
    expect(await current.activities.get(visit.id)).not.toHaveProperty('_memberIds');
    expect((await latestTimelineEntries('activity', 5)).map((row) => row.id)).toEqual([
      milestone.id,
    ]);
    current.close();
  });
});
