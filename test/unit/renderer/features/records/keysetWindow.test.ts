import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import {
  cursorAt,
  defaultOrder,
  readRecordPage,
  type ListQuery,
} from '../../../../../renderer/src/db/recordPages';
import { bulkCreateRecords } from '../../../../../renderer/src/db/repositories/bulkRepository';
import { KeysetWindow } from '../../../../../renderer/src/features/records/keysetWindow';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

const activities: ListQuery = { kind: 'activity', order: defaultOrder('activity'), filters: {} };

/** 250 activities, one a day from 2020年1月1日: 活动1 is the oldest, 活动250 the newest. */
async function twoHundredFiftyDays(): Promise<void> {
  await bulkCreateRecords(
    'activity',
    Array.from({ length: 250 }, (_, i) => {
      const date = new Date(Date.UTC(2020, 0, 1 + i));
      return {
        input: {
          title: `活动${i + 1}`,
          type: '会议',
          startDate: {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
          },
        },
      };
    }),
  );
}

const titles = (window: KeysetWindow, from: number, to: number) =>
  window.snapshot.slice(from, to + 1).map((r) => (r as { title: string } | undefined)?.title);

describe('KeysetWindow', () => {
  it('shows the end of the list first when the end is wanted, without reading the middle', async () => {
    await twoHundredFiftyDays();
    const window = new KeysetWindow(activities, 250, () => undefined, 20);
    window.want(240, 249);
    await waitFor(() => expect(window.settled).toBe(true));
    expect(titles(window, 240, 249)).toEqual([
      '活动10',
      '活动9',
      '活动8',
      '活动7',
      '活动6',
      '活动5',
      '活动4',
      '活动3',
      '活动2',
      '活动1',
    ]);
    expect(window.snapshot[100]).toBeUndefined();
    expect(window.snapshot[0]).toBeUndefined();
  });

  it('reads only the rows wanted, not a whole page, so the first screen is drawn sooner', async () => {
    await twoHundredFiftyDays();
    const window = new KeysetWindow(activities, 250, () => undefined, 100);
    window.want(0, 9);
    await waitFor(() => expect(window.settled).toBe(true));
    expect(titles(window, 0, 9)).toEqual(Array.from({ length: 10 }, (_, i) => `活动${250 - i}`));
    expect(window.snapshot[10]).toBeUndefined();
  });

  it('fills the middle from whichever side is nearer, every place with its own record', async () => {
    await twoHundredFiftyDays();
    const window = new KeysetWindow(activities, 250, () => undefined, 20);
    window.want(0, 9);
    await waitFor(() => expect(window.settled).toBe(true));
    window.want(230, 249);
    await waitFor(() => expect(window.settled).toBe(true));
    window.want(0, 249);
    await waitFor(() => expect(window.settled).toBe(true));
    expect(titles(window, 0, 249)).toEqual(Array.from({ length: 250 }, (_, i) => `活动${250 - i}`));
  });

  it('starts at the record a search opened and reads backward from it for the rows above', async () => {
    await twoHundredFiftyDays();
    const window = new KeysetWindow(activities, 250, () => undefined, 20);
    const all = await readRecordPage(activities, null, 250);
    const target = all.records[150]!;
    window.placeAnchor(150, (await cursorAt(activities, target.id))!);
    window.want(140, 160);
    await waitFor(() => expect(window.settled).toBe(true));
    expect(titles(window, 140, 160)).toEqual(
      Array.from({ length: 21 }, (_, i) => `活动${110 - i}`),
    );
    expect(window.snapshot[10]).toBeUndefined();
  });
});
