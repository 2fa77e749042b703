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
import { readDossier } from '../../../../renderer/src/features/dossier/dossierQueries';

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

describe('opening a version 6 database', () => {
  it('files its 提案 under their 领衔 and 联名 members, so a member’s 档案 lists those signed only', async () => {
    const name = `upgrade-v6-${crypto.randomUUID()}`;
    // Written through today's repositories into a scratch database, then copied into a version 6
    // one without the field version 7 derives (version 6 rows had no `_signerIds`).
    const scratch = new DutyLedgerDb(`scratch-${crypto.randomUUID()}`);
    useDatabase(scratch);
    setOperator('王小明');
    const lead = await createRecord('member', { name: '张国华', category: '港区委员' });
    const joint = await createRecord('member', { name: '陳美玲', category: '澳区委员' });
    const other = await createRecord('member', { name: '胡旭晟', category: '特邀人士' });
    const proposal = await createRecord('activity', {
      title: '关于加强港澳青少年交流的提案',
      type: '提案',
      startDate: { year: 2021, month: 1, day: 20 },
      participants: [{ memberId: other.id, role: '参加' }],
      proposal: { leadMemberIds: [lead.id], jointMemberIds: [joint.id, lead.id] },
    });
    const meeting = await createRecord('activity', {
      title: '港澳委员座谈会',
      type: '会议',
      startDate: { year: 2021, month: 3, day: 2 },
      participants: [{ memberId: lead.id, role: '发言' }],
    });
    const v6 = new DutyLedgerDb(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 6),
    );
    await v6.open();
    await v6.members.bulkPut(await scratch.members.toArray());
    await v6.activities.bulkPut(
      (await scratch.activities.toArray()).map(({ _signerIds, ...row }) => row),
    );
    scratch.close();
    expect(v6.verno).toBe(6);
    expect(await v6.activities.get(proposal.id)).not.toHaveProperty('_signerIds');
    v6.close();

    const current = new DutyLedgerDb(name);
    useDatabase(current);
    await current.open();
    expect(current.verno).toBe(CURRENT_DB_VERSION);
    expect((await current.activities.get(proposal.id))?._signerIds).toEqual([lead.id, joint.id]);
    expect(await current.activities.get(meeting.id)).not.toHaveProperty('_signerIds');
    // 陳美玲 only signed the 提案 (联名); 张国华 led it and spoke at the meeting.
    expect((await readDossier(joint.id)).activities.map((a) => a.title)).toEqual([
      '关于加强港澳青少年交流的提案',
    ]);
    expect((await readDossier(lead.id)).activities.map((a) => a.title)).toEqual([
      '关于加强港澳青少年交流的提案',
      '港澳委员座谈会',
    ]);
    expect((await readDossier(other.id)).activities.map((a) => a.id)).toEqual([proposal.id]);
    current.close();
  });
});
