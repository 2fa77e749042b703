import type { DBCore, DBCoreCursor } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import {
  countListed,
  defaultOrder,
  positionInList,
  readRecordPage,
  type ListFilters,
  type ListQuery,
  type PageCursor,
} from '../../../../renderer/src/db/recordPages';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import {
  createRecord,
  deleteRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import type { AnyRecord } from '../../../../renderer/src/domain/records';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
/** Rows the activities' cursors handed out since the last reset: what a read cost. */
let rowsRead = 0;

beforeEach(() => {
  database = freshDatabase();
  setOperator('王小明');
  rowsRead = 0;
  database.use({
    stack: 'dbcore',
    name: 'countRows',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'activities') return table;
        return {
          ...table,
          openCursor: async (request) => {
            const cursor = await table.openCursor(request);
            if (!cursor) return cursor;
            return Object.create(cursor, {
              start: {
                value: (onNext: () => void) =>
                  cursor.start(() => {
                    rowsRead += 1;
                    onNext();
                  }),
              },
            }) as DBCoreCursor;
          },
        };
      },
    }),
  });
});

const query = (filters: ListFilters): ListQuery => ({
  kind: 'activity',
  order: defaultOrder('activity'),
  filters,
});

async function titles(filters: ListFilters, size = 3): Promise<string[]> {
  const out: string[] = [];
  let after: PageCursor | null = null;
  for (;;) {
    const page: { records: AnyRecord[]; next: PageCursor | null } = await readRecordPage(
      query(filters),
      after,
      size,
    );
    out.push(...page.records.map((r) => (r as { title: string }).title));
    if (!page.next) return out;
    after = page.next;
  }
}

/** A small committee's year: every filter has something to find, and something to leave out. */
async function committeeYear() {
  const hu = await createRecord('member', { name: '胡旭晟' });
  const chan = await createRecord('member', { name: '陳美玲' });
  const campaign = await createRecord('campaign', { name: '三进三助聚力行动' });
  const studio = await createRecord('studio', { name: '港澳委员工作室', type: '界别' });
  const day = (year: number, month: number, d: number) => ({ year, month, day: d });
  const made = await bulkCreateRecords('activity', [
    { input: { title: 'A 全体会议', type: '会议', startDate: day(2021, 1, 10), form: '线下' } },
    {
      input: {
        title: 'B 郴州调研',
        type: '调研',
        startDate: day(2021, 5, 29),
        form: '线下',
        campaignId: campaign.id,
        participants: [{ memberId: hu.id }, { memberId: chan.id }],
        inTimeline: true,
        timelineSummary: '赴郴州调研。',
      },
    },
    {
      input: {
        title: 'C 线上协商',
        type: '协商',
        startDate: day(2021, 3, 2),
        form: '线上',
        participants: [{ memberId: chan.id }],
      },
    },
    {
      input: {
        title: 'D 工作室接待日',
        type: '接待',
        startDate: day(2021, 7, 1),
        duty: { studioId: studio.id },
        participants: [{ memberId: hu.id }],
      },
    },
    {
      input: {
        title: 'E 青竹村调研',
        type: '调研',
        startDate: day(2020, 4, 15),
        form: '线下',
        campaignId: campaign.id,
        participants: [{ memberId: hu.id }],
        inTimeline: true,
        timelineSummary: '深入青竹村调研。',
      },
    },
    { input: { title: 'F 年中会议', type: '会议', startDate: { year: 2021, month: 6 } } },
    { input: { title: 'G 已删的调研', type: '调研', startDate: day(2021, 8, 8), form: '线下' } },
  ]);
  const deleted = made.find((a) => a.title.startsWith('G'))!;
  await deleteRecord('activity', deleted.id, deleted.rev);
  return { hu, chan, campaign, studio, made };
}

describe('the 履职活动 list filters', () => {
  it('narrow by each filter to the records a reader picks out by hand, newest first', async () => {
    const { hu, chan, campaign, studio } = await committeeYear();
    expect(await titles({ year: '2021' })).toEqual([
      'D 工作室接待日',
      'F 年中会议',
      'B 郴州调研',
      'C 线上协商',
      'A 全体会议',
    ]);
    expect(await titles({ type: '调研' })).toEqual(['B 郴州调研', 'E 青竹村调研']);
    expect(await titles({ type: '调研', year: '2020' })).toEqual(['E 青竹村调研']);
    expect(await titles({ form: '线上' })).toEqual(['C 线上协商']);
    expect(await titles({ form: '线下', year: '2021' })).toEqual(['B 郴州调研', 'A 全体会议']);
    expect(await titles({ campaignId: campaign.id })).toEqual(['B 郴州调研', 'E 青竹村调研']);
    expect(await titles({ member: hu.id })).toEqual([
      'D 工作室接待日',
      'B 郴州调研',
      'E 青竹村调研',
    ]);
    expect(await titles({ member: chan.id, year: '2021' })).toEqual(['B 郴州调研', 'C 线上协商']);
    expect(await titles({ studio: studio.id })).toEqual(['D 工作室接待日']);
    expect(await titles({ timeline: '是' })).toEqual(['B 郴州调研', 'E 青竹村调研']);
    expect(await titles({ timeline: '否', year: '2021' })).toEqual([
      'D 工作室接待日',
      'F 年中会议',
      'C 线上协商',
      'A 全体会议',
    ]);
    expect(await titles({ type: '调研', member: chan.id })).toEqual(['B 郴州调研']);
    expect(await titles({ type: '读书' })).toEqual([]);
  });

  it('count what they list, the deleted record left out', async () => {
    const { hu } = await committeeYear();
    expect(await countListed(query({ year: '2021' }))).toBe(5);
    expect(await countListed(query({ type: '调研' }))).toBe(2);
    expect(await countListed(query({ type: '调研', year: '2021' }))).toBe(1);
    expect(await countListed(query({ member: hu.id }))).toBe(3);
    expect(await countListed(query({ timeline: '否' }))).toBe(4);
  });

  it('place a record within the filtered list', async () => {
    const { made } = await committeeYear();
    const c = made.find((a) => a.title.startsWith('C'))!;
    // 2021: D, F, B, C, A — C is the fourth.
    expect(await positionInList(query({ year: '2021' }), c.id)).toBe(3);
    expect(await positionInList(query({ type: '调研' }), c.id)).toBeNull();
  });

  it('read a page of a rare type in one year off the index, not the whole store', async () => {
    const meetings = Array.from({ length: 300 }, (_, i) => ({
      input: { title: `会议${i}`, type: '会议', startDate: { year: 2019, month: 1 + (i % 12) } },
    }));
    const visits = Array.from({ length: 4 }, (_, i) => ({
      input: { title: `视察${i}`, type: '视察', startDate: { year: 2019, month: 3, day: i + 1 } },
    }));
    const older = [{ input: { title: '旧视察', type: '视察', startDate: { year: 2018 } } }];
    await bulkCreateRecords('activity', [...meetings, ...visits, ...older]);

    rowsRead = 0;
    const page = await readRecordPage(query({ type: '视察', year: '2019' }), null, 50);
    expect(page.records.map((r) => (r as { title: string }).title)).toEqual([
      '视察3',
      '视察2',
      '视察1',
      '视察0',
    ]);
    expect(rowsRead).toBeLessThanOrEqual(4);

    rowsRead = 0;
    expect(await countListed(query({ type: '视察', year: '2019' }))).toBe(4);
    expect(rowsRead).toBe(0);
  });
});
