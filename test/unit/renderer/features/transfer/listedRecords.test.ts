import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import { defaultOrder, type ListQuery } from '../../../../../renderer/src/db/recordPages';
import { bulkCreateRecords } from '../../../../../renderer/src/db/repositories/bulkRepository';
import { deleteRecord } from '../../../../../renderer/src/db/repositories/recordRepository';
import type { AnyRecord } from '../../../../../renderer/src/domain/records';
import { listedRecords } from '../../../../../renderer/src/features/transfer/sheets/listedRecords';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

async function all(query: ListQuery, chunk: number): Promise<AnyRecord[]> {
  const out: AnyRecord[] = [];
  for await (const record of listedRecords(query, chunk)) out.push(record as AnyRecord);
  return out;
}

const titles = (records: readonly AnyRecord[]) =>
  records.map((record) => (record as { title: string }).title);

/** 45 activities on 15 days of 2020, three on each day: 第d天-1…3; odd days 调研, even 会议. */
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
const dayOf = (title: string) => Number(/第(\d+)天/.exec(title)![1]);

describe('the records an export reads through a list', () => {
  it('are every record once, newest day first, whatever the chunk and however ties fall', async () => {
    await activitiesOnFifteenDays();
    for (const chunk of [1, 2, 3, 4, 7, 45, 100]) {
      const read = titles(await all(activities, chunk));
      expect(read).toHaveLength(45);
      expect(new Set(read).size).toBe(45);
      const days = read.map(dayOf);
      expect(days).toEqual([...days].sort((a, b) => b - a));
    }
  });

  it('go through many records sharing one key (a bulk import’s `updatedAt`)', async () => {
    await bulkCreateRecords(
      'member',
      Array.from({ length: 30 }, (_, i) => ({ input: { name: `委员${i}` } })),
    );
    const members: ListQuery = { kind: 'member', order: defaultOrder('member'), filters: {} };
    const names = (await all(members, 4)).map((r) => (r as { name: string }).name);
    expect(names.sort()).toEqual(Array.from({ length: 30 }, (_, i) => `委员${i}`).sort());
  });

  it('keep only the filtered, live records, oldest first when asked', async () => {
    await activitiesOnFifteenDays();
    const first = await all(activities, 50);
    const gone = first.find((r) => titles([r])[0]!.startsWith('第2天'))!;
    await deleteRecord('activity', gone.id, gone.rev);
    const meetings: ListQuery = {
      kind: 'activity',
      order: { index: '_dateKey', descending: false },
      filters: { type: '会议' },
    };
    const read = titles(await all(meetings, 2));
    // The even days are 会议: 2, 4 … 14, three each, less the one deleted.
    expect(read).toHaveLength(20);
    expect(read).not.toContain(titles([gone])[0]);
    expect(new Set(read.map(dayOf))).toEqual(new Set([2, 4, 6, 8, 10, 12, 14]));
    expect(read.map(dayOf)).toEqual([...read.map(dayOf)].sort((a, b) => a - b));
  });
});
