import { afterEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../../../renderer/src/db/database';
import { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { latestTimelineEntries, memberActivities } from '../../../../renderer/src/db/queries';
import { countAllRecords } from '../../../../renderer/src/db/recordCounts';
import {
  countListed,
  defaultOrder,
  readRecordPage,
  type ListQuery,
} from '../../../../renderer/src/db/recordPages';
import {
  draftRecordMovedOn,
  listDrafts,
} from '../../../../renderer/src/db/repositories/draftRepository';
import { getRecord } from '../../../../renderer/src/db/repositories/recordRepository';
import { redo, undo } from '../../../../renderer/src/db/repositories/undoRepository';
import { CURRENT_DB_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/db/schemaVersions';
import { activityCountsByYearAndType, statsYears } from '../../../../renderer/src/db/statsQueries';
import { rebuildSearchDocsIfOutdated } from '../../../../renderer/src/db/searchDocsVersion';
import { SearchIndex } from '../../../../renderer/src/domain/search';

/** A frozen dump of every store, written once by its version's code (test/fixtures/db/). */
interface Fixture {
  version: number;
  stores: Record<string, unknown[]>;
}

const FILES = import.meta.glob<Fixture>('../../../fixtures/db/v*.json', {
  eager: true,
  import: 'default',
});
const FIXTURES = Object.entries(FILES)
  .map(([path, fixture]) => ({ file: path.split('/').pop() ?? path, fixture }))
  .sort((a, b) => a.fixture.version - b.fixture.version);

// The records test/fixtures/db/writeFixture.ts entered, by the ids it gave them.
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const CAMPAIGN = id(0x1);
const HU = id(0x3);
const CHAN = id(0x5);
const ZHANG = id(0x7);
const LI = id(0x9);
const STUDIO = id(0xb);
const QINGZHU = id(0xd);
const CHENZHOU = id(0xf);
const READING = id(0x11);
const ONLINE = id(0x13);
const HKD_DONATION = id(0x15);
const GOODS_DONATION = id(0x17);
const IMPORTED = '00000000-0000-4000-9000-000000000001';

/**
 * Whether each version's search keys are rebuilt at start: before v4 none noted their format,
 * v4's were written in format 2, before people's names were read with their surnames (format 3),
 * every fixture's before a donation was titled by its donor and amount (format 4), before a
 * donor who asked not to be named (保密) was left out of it (format 5), and before the members who
 * gave were named in it (format 6).
 */
const SEARCH_KEYS_REBUILT_AT_START: Record<number, boolean> = {
  1: true,
  2: true,
  3: true,
  4: true,
  5: true,
  6: true,
  7: true,
};

/**
 * Whether each fixture's redo steps say which revision they left (`leftRev`). Those before v4
 * were written before steps kept it, and today's redo refuses such a step rather than guess.
 */
const REDO_STEPS_KEEP_THEIR_REV: Record<number, boolean> = {
  1: false,
  2: false,
  3: false,
  4: true,
  5: true,
  6: true,
  7: true,
};

/**
 * Whether each fixture's draft of an edit names the revision its form opened (`baseRev`). Without
 * it, today's code cannot tell whether the record moved on, so it offers the draft as moved on.
 */
const DRAFTS_KEEP_THEIR_BASE_REV: Record<number, boolean> = {
  1: false,
  2: false,
  3: false,
  4: true,
  5: true,
  6: true,
  7: true,
};

let opened: DutyLedgerDb[] = [];
afterEach(() => {
  for (const database of opened) database.close();
  opened = [];
});

/** Puts a fixture's rows into a database of its own version, then opens that with today's code. */
async function openWithTodaysCode(fixture: Fixture): Promise<DutyLedgerDb> {
  const name = `fixture-v${fixture.version}-${crypto.randomUUID()}`;
  const upTo = SCHEMA_VERSIONS.findIndex((v) => v.version === fixture.version);
  expect(upTo).toBeGreaterThanOrEqual(0);
  const old = new DutyLedgerDb(name, SCHEMA_VERSIONS.slice(0, upTo + 1));
  await old.open();
  expect(old.tables.map((t) => t.name).sort()).toEqual(Object.keys(fixture.stores).sort());
  // Exactly the fixture's rows: a new database starts with rows of its own (its meta row).
  await old.transaction('rw', old.tables, async () => {
    for (const [store, rows] of Object.entries(fixture.stores)) {
      await old.table(store).clear();
      await old.table(store).bulkAdd(rows);
    }
  });
  old.close();

  const current = new DutyLedgerDb(name);
  opened.push(current);
  useDatabase(current);
  await current.open();
  return current;
}

describe('the database fixtures', () => {
  it('has one for every schema version, so a new version cannot ship without its fixture', () => {
    expect(FIXTURES.map(({ fixture }) => fixture.version)).toEqual(
      SCHEMA_VERSIONS.map((v) => v.version),
    );
    expect(FIXTURES.at(-1)?.fixture.version).toBe(CURRENT_DB_VERSION);
    for (const { file, fixture } of FIXTURES) expect(file).toBe(`v${fixture.version}.json`);
  });
});

describe.each(FIXTURES)('data written by schema version $fixture.version', ({ fixture }) => {
  it('opens at the current version with every record kept, and the live ones counted', async () => {
    const database = await openWithTodaysCode(fixture);
    expect(database.verno).toBe(CURRENT_DB_VERSION);
    // Rows, deleted ones included: 张大方 and 线上协商会 were deleted.
    expect(await database.members.count()).toBe(5);
    expect(await database.activities.count()).toBe(4);
    expect(await database.donations.count()).toBe(2);
    expect(await database.campaigns.count()).toBe(1);
    expect(await database.studios.count()).toBe(1);
    expect(await database.audit.count()).toBe(18);
    expect(await database.undo.count()).toBe(16);
    expect(
      (await database.recordCounts.toArray()).sort((a, b) => a.kind.localeCompare(b.kind)),
    ).toEqual([
      { kind: 'activity', live: 3 },
      { kind: 'campaign', live: 1 },
      { kind: 'donation', live: 2 },
      { kind: 'member', live: 4 },
      { kind: 'studio', live: 1 },
    ]);
    expect(await countAllRecords()).toEqual({
      member: 4,
      activity: 3,
      donation: 2,
      campaign: 1,
      studio: 1,
    });
  });

  it("counts each year's live activities per type and its donations, as 统计 reads them", async () => {
    await openWithTodaysCode(fixture);
    // 青竹村 调研 and 读书会 in 2021, 郴州考察 in 2018; the 2020 协商 was deleted.
    const counts = await activityCountsByYearAndType();
    expect(
      Object.fromEntries([...counts].map(([year, types]) => [year, Object.fromEntries(types)])),
    ).toEqual({
      2018: { 考察: 1 },
      2021: { 调研: 1, 读书: 1 },
    });
    // A donation in 2020 and one in 2021.
    expect(await statsYears()).toEqual([2021, 2020, 2018]);
  });

  it('finds a member by id with the fields as last saved, and not the deleted one', async () => {
    await openWithTodaysCode(fixture);
    expect(await getRecord('member', HU)).toMatchObject({
      id: HU,
      name: '胡旭晟',
      category: '特邀人士',
      phone: '13912345678',
      location: '长沙',
      studioIds: [STUDIO],
      status: '在任',
      rev: 2,
      deletedAt: null,
    });
    // The move to 澳门 was undone.
    expect(await getRecord('member', LI)).toMatchObject({
      name: '李微微',
      location: '长沙',
      rev: 3,
    });
    expect(await getRecord('member', CHAN)).toMatchObject({
      name: '陳美玲',
      otherNames: ['Chan Mei Ling'],
    });
    expect(await getRecord('member', IMPORTED)).toMatchObject({ name: '卿浙伟', rev: 1 });
    expect(await getRecord('member', ZHANG)).toBeUndefined();
    expect(await getRecord('campaign', CAMPAIGN)).toMatchObject({ name: '三进三助聚力行动' });
    expect(await getRecord('donation', GOODS_DONATION)).toMatchObject({
      kind: '物资',
      items: [{ name: '助听器', quantity: 200, unit: '台' }],
    });
  });

  it('lists the live 大事记 entries from the timeline index, newest first', async () => {
    await openWithTodaysCode(fixture);
    // 港澳委员读书会 is dated 2021 only, so it comes after 2021年4月15日; 线上协商会 was deleted.
    expect((await latestTimelineEntries('activity', 10)).map((a) => a.id)).toEqual([
      READING,
      QINGZHU,
    ]);
    expect((await latestTimelineEntries('donation', 10)).map((d) => d.id)).toEqual([HKD_DONATION]);
  });

  it("files each activity under its participants' dates", async () => {
    const database = await openWithTodaysCode(fixture);
    const row = await database.activities.get(QINGZHU);
    expect(row?._memberDates).toEqual([
      [HU, 20210415],
      [CHAN, 20210415],
      [LI, 20210415],
    ]);
    expect(row).not.toHaveProperty('_memberIds');
    expect((await database.activities.get(READING))?._memberDates).toEqual([
      [CHAN, 20211332],
      [LI, 20211332],
    ]);
    expect((await memberActivities(HU)).map((a) => a.title)).toEqual([
      '青竹村委员工作室揭牌',
      '郴州考察',
    ]);
    expect((await memberActivities(CHAN)).map((a) => a.id)).toEqual([READING, QINGZHU]);
    // The donations' members stay indexed.
    expect(await database.donations.where('_memberIds').equals(LI).primaryKeys()).toEqual([
      GOODS_DONATION,
    ]);
  });

  it('lists its activities by a filter off the indexes of version 5', async () => {
    await openWithTodaysCode(fixture);
    const byType = (type: string): ListQuery => ({
      kind: 'activity',
      order: defaultOrder('activity'),
      filters: { type },
    });
    expect((await readRecordPage(byType('调研'), null, 10)).records.map((a) => a.id)).toEqual([
      QINGZHU,
    ]);
    // 线上协商会 was deleted.
    expect(await countListed(byType('协商'))).toBe(0);
    const hu: ListQuery = { ...byType(''), filters: { member: HU, year: '2018' } };
    expect((await readRecordPage(hu, null, 10)).records.map((a) => a.id)).toEqual([CHENZHOU]);
  });

  it('undoes the step that version left on top of the stack', async () => {
    const database = await openWithTodaysCode(fixture);
    expect(await undo()).toBe('已撤销：删除委员“张大方”');
    expect(await getRecord('member', ZHANG)).toMatchObject({ name: '张大方', rev: 3 });
    expect((await countAllRecords()).member).toBe(5);
    expect(await database.searchDocs.get(ZHANG)).toMatchObject({ title: '张大方', pi: 'zdf' });
    expect(await undo()).toBe('已撤销：删除履职活动“线上协商会”');
    expect((await latestTimelineEntries('activity', 10)).map((a) => a.id)).toEqual([
      READING,
      QINGZHU,
      ONLINE,
    ]);
  });

  it('redoes the step undone last only if that version kept the revision it left', async () => {
    await openWithTodaysCode(fixture);
    if (REDO_STEPS_KEEP_THEIR_REV[fixture.version]) {
      expect(await redo()).toBe('已重做：修改委员“李微微”：所在地');
      expect(await getRecord('member', LI)).toMatchObject({ location: '澳门', rev: 4 });
    } else {
      await expect(redo()).rejects.toThrow('委员“李微微”在此之后又被修改，不能重做这一步');
      expect(await getRecord('member', LI)).toMatchObject({ location: '长沙', rev: 3 });
    }
    expect(REDO_STEPS_KEEP_THEIR_REV[fixture.version]).toBeDefined();
  });

  it('keeps the drafts and the change history', async () => {
    const database = await openWithTodaysCode(fixture);
    const drafts = await listDrafts();
    expect(drafts.map((d) => d.key).sort()).toEqual(['activity:new', `member:${HU}`]);
    const edit = drafts.find((d) => d.recordId === HU);
    expect(edit?.values).toMatchObject({ name: '胡旭晟', note: '拟补充履职情况' });
    expect(DRAFTS_KEEP_THEIR_BASE_REV[fixture.version]).toBeDefined();
    expect(await draftRecordMovedOn(edit!)).toBe(!DRAFTS_KEEP_THEIR_BASE_REV[fixture.version]);
    const history = await database.audit.where('recordId').equals(HU).sortBy('at');
    expect(history.map((entry) => entry.summary)).toEqual([
      '新建委员“胡旭晟”',
      '修改委员“胡旭晟”：联系电话、所属工作室',
    ]);
  });

  it('has search keys for every live record, found by pinyin initials and either script', async () => {
    const database = await openWithTodaysCode(fixture);
    // As the app does at start: keys of an older format are rebuilt before the index loads them.
    await rebuildSearchDocsIfOutdated();
    const docs = await database.searchDocs.toArray();
    expect(docs.map((doc) => doc.id).sort()).toEqual(
      [
        CAMPAIGN,
        HU,
        CHAN,
        LI,
        STUDIO,
        QINGZHU,
        CHENZHOU,
        READING,
        HKD_DONATION,
        GOODS_DONATION,
        IMPORTED,
      ].sort(),
    );
    const index = new SearchIndex();
    for (const doc of docs) index.upsert(doc);
    expect(index.search('hxs').map((hit) => hit.id)).toEqual([HU]);
    expect(index.search('陈美玲')[0]?.id).toBe(CHAN);
    expect(index.search('ZS-2021-088')[0]?.id).toBe(HKD_DONATION);
  });

  it('rebuilds its search keys at start only when their format is not known to be current', async () => {
    const database = await openWithTodaysCode(fixture);
    expect(await rebuildSearchDocsIfOutdated()).toBe(SEARCH_KEYS_REBUILT_AT_START[fixture.version]);
    expect(await database.meta.get('searchDocVersion')).toEqual({
      key: 'searchDocVersion',
      value: 6,
    });
    expect(await rebuildSearchDocsIfOutdated()).toBe(false);
    // Either way the keys now show where a hit matched, as written (version 1's lacked that).
    const index = new SearchIndex();
    for (const doc of await database.searchDocs.toArray()) index.upsert(doc);
    expect(index.search('Chan')[0]).toMatchObject({
      id: CHAN,
      context: { label: '涉及', text: 'Chan Mei Ling', highlights: [[0, 4]] },
    });
    expect(index.search('zs2021088')[0]).toMatchObject({
      id: HKD_DONATION,
      context: { label: '编号', text: 'ZS-2021-088' },
    });
  });
});
