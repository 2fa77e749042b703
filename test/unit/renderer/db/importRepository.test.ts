import { beforeEach, describe, expect, it } from 'vitest';
import { bundleRowsOf } from '../../../../renderer/src/db/bundleRows';
import { useDatabase } from '../../../../renderer/src/db/database';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { fromRow } from '../../../../renderer/src/db/rows';
import { applyImport } from '../../../../renderer/src/db/repositories/importRepository';
import { BatchStaleError } from '../../../../renderer/src/db/repositories/batchChange';
import {
  createRecord,
  deleteRecord,
  getRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import {
  redo,
  undo,
  UndoRefusedError,
} from '../../../../renderer/src/db/repositories/undoRepository';
import { RECORD_KINDS, type RecordKind } from '../../../../renderer/src/domain/records';
import type { BundleRow, RowsByKind } from '../../../../renderer/src/domain/transfer/bundleFormat';
import {
  importWrites,
  planImport,
  type KindPlan,
} from '../../../../renderer/src/domain/transfer/importPlan';
import type {
  Resolution,
  VersionedRecord,
} from '../../../../renderer/src/domain/transfer/incomingVersion';
import { freshDatabase } from './freshDatabase';
import {
  checkStageLimitUnchanged,
  StageLimitChangedError,
  writeImportedRules,
} from '../../../../renderer/src/db/bundleRulesStore';
import {
  readStoredStageLimitDays,
  STAGE_LIMIT_KEY,
} from '../../../../renderer/src/db/goodsPipeline';
import {
  ratesToWrite,
  type RulesChoice,
  type RulesPlan,
} from '../../../../renderer/src/domain/transfer/bundleRules';

/** A bundle's rules plan with no rate to add, and a choice that takes nothing: days only. */
const NO_RATES: RulesPlan = {
  newRates: [],
  differingRates: [],
  pointsRules: null,
  pointsRulesUnchanged: true,
  stageLimitDays: null,
  stageLimitUnchanged: true,
};
const TAKE_NONE: RulesChoice = {
  takeDifferingRates: false,
  takePointsRules: false,
  takeStageLimit: false,
};

let office: DutyLedgerDb;

/** Everything in `database`, as a 交接包 carries it. */
async function bundleOf(database: DutyLedgerDb): Promise<RowsByKind> {
  const rows: Record<string, BundleRow[]> = {};
  for (const kind of RECORD_KINDS) {
    rows[kind] = [];
    for await (const row of bundleRowsOf(database, kind)) rows[kind].push(row);
  }
  return rows as RowsByKind;
}

/** The preview of importing `rows` into the current database. */
async function preview(database: DutyLedgerDb, rows: RowsByKind): Promise<KindPlan[]> {
  const local = new Map<string, VersionedRecord>();
  for (const kind of RECORD_KINDS) {
    for (const row of await database.tableOf(kind).toArray()) {
      local.set(row.id, { ...fromRow(row), _revs: row._revs } as VersionedRecord);
    }
  }
  return planImport(rows, (_kind, id) => local.get(id));
}

function counts(plans: KindPlan[], kind: RecordKind) {
  return plans.find((plan) => plan.kind === kind)?.counts;
}

async function importAll(
  database: DutyLedgerDb,
  rows: RowsByKind,
  resolutions = new Map<string, Resolution>(),
) {
  return applyImport('导入交接包', importWrites(await preview(database, rows), resolutions));
}

beforeEach(async () => {
  office = freshDatabase();
  const member = await createRecord('member', { name: '胡旭晟', phone: '13800001111' });
  await createRecord('member', { name: '陳國強' });
  const gone = await createRecord('campaign', { name: '旧专项' });
  await deleteRecord('campaign', gone.id, 1);
  await createRecord('activity', {
    title: '郴州考察',
    type: '考察',
    startDate: { year: 2018, month: 5, day: 29 },
    participants: [{ memberId: member.id }],
  });
});

describe('importing a 交接包 into another install', () => {
  it('brings every record, tombstones included, and a second import changes nothing', async () => {
    const bundle = await bundleOf(office);
    const laptop = freshDatabase();

    const first = await preview(laptop, bundle);
    expect(counts(first, 'member')).toMatchObject({ 新增: 2, 相同: 0 });
    expect(counts(first, 'activity')).toMatchObject({ 新增: 1 });
    // A deletion of a record never seen here is kept (it travels on), not shown as new.
    expect(counts(first, 'campaign')).toMatchObject({ 新增: 0, 相同: 1 });
    expect(await importAll(laptop, bundle)).toBe(4);

    expect(await laptop.members.count()).toBe(2);
    const campaigns = await laptop.campaigns.toArray();
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]?.deletedAt).toBeTruthy();
    // The histories came along unchanged: both installs name these versions alike.
    const there = await office.members.toArray();
    for (const row of await laptop.members.toArray()) {
      expect(row._revs).toEqual(there.find((other) => other.id === row.id)?._revs);
    }

    const second = await preview(laptop, bundle);
    for (const plan of second) {
      expect(plan.counts.相同).toBe(plan.items.length);
    }
    const auditBefore = await laptop.audit.count();
    expect(await importAll(laptop, bundle)).toBe(0);
    expect(await laptop.audit.count()).toBe(auditBefore);
  });

  it('is one undo step: 撤销 takes the whole import back', async () => {
    const bundle = await bundleOf(office);
    const laptop = freshDatabase();
    await importAll(laptop, bundle);
    const logged = await laptop.audit.toArray();
    expect(logged.map((entry) => entry.action)).toEqual(['import', 'import', 'import']);
    expect(logged.map((entry) => entry.summary)).toContain('导入交接包：委员 2 条');

    expect(await undo()).toBe('已撤销：导入交接包');
    const live = (rows: { deletedAt?: string | null }[]) => rows.filter((row) => !row.deletedAt);
    expect(live(await laptop.members.toArray())).toHaveLength(0);
    expect(live(await laptop.activities.toArray())).toHaveLength(0);
    expect(await laptop.recordCounts.get('member')).toMatchObject({ live: 0 });
  });

  it('keeps the per-year counts of 统计 in step with an import and its 撤销', async () => {
    const bundle = await bundleOf(office);
    const laptop = freshDatabase();
    await importAll(laptop, bundle);
    // The office has one live activity, 郴州考察 (考察, 2018), and no donation.
    expect(await laptop.yearCounts.toArray()).toEqual([
      { kind: 'activity', year: 2018, live: 1, types: { 考察: 1 } },
    ]);
    await undo();
    expect(await laptop.yearCounts.toArray()).toEqual([
      { kind: 'activity', year: 2018, live: 0, types: {} },
    ]);
  });

  it('after 撤销 previews the same bundle against the records as they are again, and 重做 undoes that', async () => {
    const bundle = await bundleOf(office);
    const laptop = freshDatabase();
    await importAll(laptop, bundle);
    // The office edits a member after the handover; its next bundle carries the edit.
    const id = bundle.member!.find((row) => row.name === '胡旭晟')!.id;
    useDatabase(office);
    await updateRecord('member', id, { name: '胡旭晟', phone: '13900002222' }, 1);
    const next = await bundleOf(office);
    useDatabase(laptop);

    expect(counts(await preview(laptop, next), 'member')).toMatchObject({ 更新: 1, 相同: 1 });
    await importAll(laptop, next);
    expect(counts(await preview(laptop, next), 'member')).toMatchObject({ 更新: 0, 相同: 2 });

    // 撤销 the second import: the edit is again one to take.
    await undo();
    expect(await getRecord('member', id)).toMatchObject({ phone: '13800001111' });
    expect(counts(await preview(laptop, next), 'member')).toMatchObject({ 更新: 1, 相同: 1 });

    // 撤销 the first import too: every record of the bundle is new here again.
    await undo();
    const again = await preview(laptop, bundle);
    expect(counts(again, 'member')).toMatchObject({ 新增: 2, 相同: 0 });
    expect(counts(again, 'activity')).toMatchObject({ 新增: 1, 相同: 0 });
    expect(await laptop.members.count()).toBe(0);
    expect(await laptop.recordCounts.get('member')).toMatchObject({ live: 0 });

    // 重做 brings the bundle's versions back, histories and all: nothing left to import.
    await redo();
    expect(await laptop.members.count()).toBe(2);
    for (const plan of await preview(laptop, bundle)) {
      expect(plan.counts.相同).toBe(plan.items.length);
    }
    // Importing it again after all that writes nothing.
    expect(await importAll(laptop, bundle)).toBe(0);
  });

  it('settles a record edited on both sides as the user chose, each way', async () => {
    const bundle = await bundleOf(office);
    const laptop = freshDatabase();
    await importAll(laptop, bundle);
    const id = bundle.member!.find((row) => row.name === '胡旭晟')!.id;

    // Both sides change the phone after the handover.
    await updateRecord('member', id, { name: '胡旭晟', phone: '13900002222' }, 1);
    // The office's edit, as its next bundle would carry it.
    const officeRow = bundle.member!.find((row) => row.id === id)!;
    const theirs = {
      ...officeRow,
      phone: '13700003333',
      location: '长沙',
      rev: 2,
      _revs: ['2-0123456789ab', ...(officeRow._revs ?? [])],
    };
    const theirBundle: RowsByKind = { member: [theirs] };

    const plans = await preview(laptop, theirBundle);
    expect(counts(plans, 'member')).toMatchObject({ 冲突: 1 });
    // Without a choice, the import writes nothing for that record.
    expect(() => importWrites(plans, new Map())).toThrow('冲突未处理');

    await applyImport(
      '导入交接包',
      importWrites(plans, new Map([[id, { keep: 'incoming' } as Resolution]])),
    );
    expect(await getRecord('member', id)).toMatchObject({
      phone: '13700003333',
      location: '长沙',
    });
    // The resolved version knows both sides: the same bundle again is 相同.
    expect(counts(await preview(laptop, theirBundle), 'member')).toMatchObject({ 相同: 1 });

    await undo();
    expect(await getRecord('member', id)).toMatchObject({ phone: '13900002222' });
    const local = await preview(laptop, theirBundle);
    await applyImport('导入交接包', importWrites(local, new Map([[id, { keep: 'local' }]])));
    expect(await getRecord('member', id)).toMatchObject({ phone: '13900002222' });
    expect((await getRecord('member', id))?.location).toBeUndefined();
  });

  it('refuses the whole import when a record changed after the preview read it', async () => {
    const bundle = await bundleOf(office);
    const laptop = freshDatabase();
    const plans = await preview(laptop, bundle);
    const id = bundle.member![0]!.id;
    // A record of the same id saved here between the preview and 导入.
    await laptop.members.put({ ...bundle.member![0]!, id } as never);
    await expect(applyImport('导入交接包', importWrites(plans, new Map()))).rejects.toBeInstanceOf(
      BatchStaleError,
    );
    expect(await laptop.activities.count()).toBe(0);
    expect(await laptop.audit.count()).toBe(0);
  });

  it('refuses the whole import when the 阶段超期天数 changed after the preview read them', async () => {
    const bundle = await bundleOf(office);
    const laptop = freshDatabase();
    const plans = await preview(laptop, bundle);
    // The preview saw the default (nothing stored); 40 days are saved here before 导入.
    await laptop.meta.put({ key: STAGE_LIMIT_KEY, value: 40 });
    const taking = {
      rates: ratesToWrite(NO_RATES, TAKE_NONE),
      stageLimit: { days: 45, seen: null },
    };
    const refused = applyImport('导入交接包', importWrites(plans, new Map()), (database) =>
      writeImportedRules(database, taking),
    );
    await expect(refused).rejects.toBeInstanceOf(StageLimitChangedError);
    await expect(refused).rejects.toThrow(
      '阶段超期天数在预览之后已改为 40 天，请重新选择交接包，核对后再导入。',
    );
    expect(await readStoredStageLimitDays(laptop)).toBe(40);
    expect(await laptop.members.count()).toBe(0);
    expect(await laptop.audit.count()).toBe(0);

    // 30 days saved where the default (30) stood changes nothing the preview compared.
    await laptop.meta.put({ key: STAGE_LIMIT_KEY, value: 30 });
    await checkStageLimitUnchanged(null, laptop);
    await expect(checkStageLimitUnchanged(40, laptop)).rejects.toThrow('已改为 30 天');
    await laptop.meta.put({ key: STAGE_LIMIT_KEY, value: 40 });

    // Against the days as they are now, the same import goes through, days and records together.
    await applyImport('导入交接包', importWrites(plans, new Map()), (database) =>
      writeImportedRules(database, { ...taking, stageLimit: { days: 45, seen: 40 } }),
    );
    expect(await readStoredStageLimitDays(laptop)).toBe(45);
    expect(await laptop.members.count()).toBe(bundle.member!.length);
  });
});

describe('撤销 of a 交接包 import', () => {
  it('puts back every record as this install had it, history, search entry and counts included', async () => {
    // The laptop has the office's records, then edits one and makes one of its own.
    const bundle = await bundleOf(office);
    const laptop = freshDatabase();
    await importAll(laptop, bundle);
    const id = bundle.member!.find((row) => row.name === '胡旭晟')!.id;
    await updateRecord('member', id, { name: '胡旭晟', phone: '13900002222' }, 1);
    const own = await createRecord('member', { name: '马逢国' });
    const membersBefore = await laptop.members.toArray();
    const searchBefore = await laptop.searchDocs.toArray();
    const countsBefore = await laptop.recordCounts.toArray();
    const yearsBefore = await laptop.yearCounts.toArray();

    // The office's next bundle: that member changed there too (taken as theirs), and a new
    // member and a new activity of 2020.
    useDatabase(office);
    const officeRow = bundle.member!.find((row) => row.id === id)!;
    await createRecord('member', { name: '卢瑞华' });
    await createRecord('activity', {
      title: '青竹村调研',
      type: '调研',
      startDate: { year: 2020, month: 4, day: 15 },
    });
    const next = await bundleOf(office);
    next.member = next.member!.map((row) =>
      row.id === id
        ? {
            ...officeRow,
            phone: '13700003333',
            rev: 2,
            _revs: ['2-0123456789ab', ...officeRow._revs!],
          }
        : row,
    );
    useDatabase(laptop);
    const plans = await preview(laptop, next);
    expect(counts(plans, 'member')).toMatchObject({ 新增: 1, 冲突: 1 });
    await applyImport(
      '导入交接包',
      importWrites(plans, new Map([[id, { keep: 'incoming' } as Resolution]])),
    );
    expect(await laptop.members.count()).toBe(4);
    expect(await getRecord('member', id)).toMatchObject({ phone: '13700003333' });

    expect(await undo()).toBe('已撤销：导入交接包');

    // The member it changed is back as it was here, under a new revision, with its history.
    const after = await laptop.members.toArray();
    expect(after.map((row) => row.id).sort()).toEqual(membersBefore.map((row) => row.id).sort());
    for (const row of membersBefore) {
      const now = after.find((other) => other.id === row.id)!;
      const { rev, updatedAt: _was, ...fields } = row;
      const { rev: revNow, updatedAt: _updated, ...fieldsNow } = now;
      expect(fieldsNow).toEqual(fields);
      expect(revNow).toBe(row.id === id ? (rev as number) + 2 : rev);
    }
    expect(await getRecord('member', own.id)).toMatchObject({ name: '马逢国' });
    // What it brought is gone outright: rows, search entries, counts of 统计.
    expect((await laptop.activities.toArray()).map((row) => row.id)).toEqual(
      bundle.activity!.map((row) => row.id),
    );
    const search = await laptop.searchDocs.toArray();
    expect(search.map((doc) => doc.id).sort()).toEqual(searchBefore.map((doc) => doc.id).sort());
    expect(search.find((doc) => doc.id === id)).toEqual(searchBefore.find((doc) => doc.id === id));
    expect(await laptop.recordCounts.toArray()).toEqual(countsBefore);
    expect((await laptop.yearCounts.toArray()).filter((count) => count.live > 0)).toEqual(
      yearsBefore.filter((count) => count.live > 0),
    );
  });

  it('is refused, and writes nothing, when a record it brought changed since', async () => {
    const bundle = await bundleOf(office);
    const laptop = freshDatabase();
    await importAll(laptop, bundle);
    // Saved after the import by a path this undo stack does not know of (another window's write
    // as it lands on disk): the record is no longer at the revision the import left.
    const id = bundle.member!.find((row) => row.name === '陳國強')!.id;
    const row = (await laptop.members.get(id))!;
    await laptop.members.put({ ...row, location: '香港', rev: (row.rev as number) + 1 });
    const snapshot = async () => ({
      members: await laptop.members.toArray(),
      activities: await laptop.activities.toArray(),
      campaigns: await laptop.campaigns.toArray(),
      search: await laptop.searchDocs.toArray(),
      recordCounts: await laptop.recordCounts.toArray(),
      yearCounts: await laptop.yearCounts.toArray(),
      audit: await laptop.audit.count(),
    });
    const before = await snapshot();
    expect(before.members).toHaveLength(2);

    const refusal = undo();
    await expect(refusal).rejects.toBeInstanceOf(UndoRefusedError);
    await expect(refusal).rejects.toThrow(
      '委员“陳國強”在此之后又被修改，不能撤销这一批 4 条；这一步已移出撤销列表',
    );
    expect(await snapshot()).toEqual(before);
  });
});
