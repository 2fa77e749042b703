import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import {
  countListed,
  cursorAt,
  defaultOrder,
  positionInList,
  readRecordPage,
  type ListQuery,
  type PageCursor,
} from '../../../../renderer/src/db/recordPages';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import { deleteRecord } from '../../../../renderer/src/db/repositories/recordRepository';
import type { AnyRecord } from '../../../../renderer/src/domain/records';
import { freshDatabase } from './freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

/** Every page of a list, `size` at a time, following each page's cursor. */
async function readAll(query: ListQuery, size: number): Promise<AnyRecord[]> {
  const out: AnyRecord[] = [];
  let after: PageCursor | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page: { records: AnyRecord[]; next: PageCursor | null } = await readRecordPage(
      query,
      after,
      size,
    );
    out.push(...page.records);
    if (!page.next) return out;
    after = page.next;
  }
  throw new Error('the pages never ended');
}

/** 45 activities on 15 days of 2020, three on each day: 第d天-1…3. */
async function activitiesOnFifteenDays(): Promise<void> {
  await bulkCreateRecords(
    'activity',
    Array.from({ length: 45 }, (_, i) => {
      const day = (i % 15) + 1;
      return {
        input: {
          title: `第${day}天-${Math.floor(i / 15) + 1}`,
          type: day % 2 ? '调研' : '会议',
          startDate: { year: 2020, month: 3, day },
        },
      };
    }),
  );
}

const activities: ListQuery = { kind: 'activity', order: defaultOrder('activity'), filters: {} };
const dayOf = (record: AnyRecord) =>
  Number(/第(\d+)天/.exec((record as { title: string }).title)![1]);

describe('keyset pages', () => {
  it('return every record exactly once, newest day first, whatever the page size', async () => {
    await activitiesOnFifteenDays();
    for (const size of [1, 4, 7, 45, 100]) {
      const all = await readAll(activities, size);
      expect(all).toHaveLength(45);
      expect(new Set(all.map((r) => r.id)).size).toBe(45);
      const days = all.map(dayOf);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      expect(days.slice(0, 3)).toEqual([15, 15, 15]);
    }
  });

  it('go through records sharing one key (a bulk import’s `updatedAt`) without loss or repeat', async () => {
    await bulkCreateRecords(
      'member',
      Array.from({ length: 30 }, (_, i) => ({ input: { name: `委员${i}` } })),
    );
    const members: ListQuery = { kind: 'member', order: defaultOrder('member'), filters: {} };
    const all = await readAll(members, 4);
    expect(all.map((r) => (r as { name: string }).name).sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => `委员${i}`).sort(),
    );
  });

  it('leave deleted records out, and oldest first when asked', async () => {
    await activitiesOnFifteenDays();
    const first = await readAll(activities, 50);
    const gone = first[0]!;
    await deleteRecord('activity', gone.id, gone.rev);
    const ascending: ListQuery = { ...activities, order: { index: '_dateKey', descending: false } };
    const all = await readAll(ascending, 6);
    expect(all).toHaveLength(44);
    expect(all.some((r) => r.id === gone.id)).toBe(false);
    expect(all.map(dayOf).slice(0, 4)).toEqual([1, 1, 1, 2]);
    expect(await countListed(ascending)).toBe(44);
  });

  it('fill a page with live records when deleted ones come first', async () => {
    await activitiesOnFifteenDays();
    const first = await readAll(activities, 50);
    for (const gone of first.slice(0, 3)) await deleteRecord('activity', gone.id, gone.rev);
    const page = await readRecordPage(activities, null, 5);
    expect(page.records.map((r) => r.id)).toEqual(first.slice(3, 8).map((r) => r.id));
  });

  it('keep only the records a filter names, and count them', async () => {
    await activitiesOnFifteenDays();
    const meetings: ListQuery = { ...activities, filters: { type: '会议' } };
    const all = await readAll(meetings, 5);
    // The even days are 会议: 2, 4 … 14, three each.
    expect(all).toHaveLength(21);
    expect(new Set(all.map(dayOf))).toEqual(new Set([2, 4, 6, 8, 10, 12, 14]));
    expect(await countListed(meetings)).toBe(21);
  });

  it('filter a list field by one of its values (所属工作室)', async () => {
    const [s1, s2] = [crypto.randomUUID(), crypto.randomUUID()];
    await bulkCreateRecords('member', [
      { input: { name: '甲', studioIds: [s1, s2] } },
      { input: { name: '乙', studioIds: [s2] } },
      { input: { name: '丙' } },
    ]);
    const inS1: ListQuery = {
      kind: 'member',
      order: defaultOrder('member'),
      filters: { studioIds: s1 },
    };
    expect((await readAll(inS1, 10)).map((r) => (r as { name: string }).name)).toEqual(['甲']);
    expect(await countListed({ ...inS1, filters: { studioIds: s2 } })).toBe(2);
  });
});

describe('positionInList', () => {
  it('is where the record comes when every page is read, deleted records not counted', async () => {
    await activitiesOnFifteenDays();
    const before = await readAll(activities, 50);
    await deleteRecord('activity', before[2]!.id, before[2]!.rev);
    const all = await readAll(activities, 50);
    for (const at of [0, 1, 2, 20, 43]) {
      expect(await positionInList(activities, all[at]!.id)).toBe(at);
    }
    expect(await positionInList(activities, before[2]!.id)).toBeNull();
  });

  it('counts only the filtered records ahead, and is null for a record the filter leaves out', async () => {
    await activitiesOnFifteenDays();
    const meetings: ListQuery = { ...activities, filters: { type: '会议' } };
    const listed = await readAll(meetings, 50);
    expect(await positionInList(meetings, listed[10]!.id)).toBe(10);
    const survey = (await readAll(activities, 50)).find((r) => dayOf(r) === 1)!;
    expect(await positionInList(meetings, survey.id)).toBeNull();
  });

  it('gives the page that starts at the record when the cursor includes it', async () => {
    await activitiesOnFifteenDays();
    const all = await readAll(activities, 50);
    const from = all[17]!;
    const page = await readRecordPage(activities, await cursorAt(activities, from.id), 5);
    expect(page.records.map((r) => r.id)).toEqual(all.slice(17, 22).map((r) => r.id));
  });
});
