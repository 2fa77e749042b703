import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../renderer/src/domain/records';
import { studioDutyTotals } from '../../../../../renderer/src/features/studios/studioDutyTotals';

const STUDIO = '5a3d1002-0000-4000-8000-000000000001';

function activity(
  type: '接待' | '值班',
  duty: Partial<NonNullable<Activity['duty']>>,
  deletedAt: string | null = null,
): Activity {
  return {
    id: crypto.randomUUID(),
    createdAt: '2021-04-15T00:00:00.000Z',
    updatedAt: '2021-04-15T00:00:00.000Z',
    rev: 1,
    deletedAt,
    title: `${type}活动`,
    type,
    startDate: { year: 2021 },
    leaders: [],
    participants: [],
    outcomes: [],
    inTimeline: false,
    attachments: [],
    tags: [],
    duty: { studioId: STUDIO, ...duty },
  } as Activity;
}

describe('studioDutyTotals', () => {
  it('counts 接待日 and 值班 and sums 留言数, 浏览量 and 转办问题数 over live activities', () => {
    const totals = studioDutyTotals([
      activity('接待', { messageCount: 140, referredCount: 100 }),
      activity('接待', { messageCount: 12, viewCount: 300, referredCount: 3 }),
      activity('值班', { messageCount: 58, viewCount: 3200, referredCount: 7 }),
      // Deleted: counts for nothing.
      activity(
        '值班',
        { messageCount: 1000, viewCount: 1000, referredCount: 1000 },
        '2021-05-01T00:00:00.000Z',
      ),
    ]);
    expect(totals).toEqual({
      receptions: 2,
      duties: 1,
      counts: {
        messageCount: { total: 210, unrecorded: 0 },
        viewCount: { total: 3500, unrecorded: 1 },
        referredCount: { total: 110, unrecorded: 0 },
      },
    });
  });

  it('is all zero for a studio with no 接待日 or 值班', () => {
    expect(studioDutyTotals([])).toEqual({
      receptions: 0,
      duties: 0,
      counts: {
        messageCount: { total: 0, unrecorded: 0 },
        viewCount: { total: 0, unrecorded: 0 },
        referredCount: { total: 0, unrecorded: 0 },
      },
    });
  });

  it('says how many left a number blank rather than counting them as 0', () => {
    const totals = studioDutyTotals([activity('值班', {}), activity('值班', { viewCount: 0 })]);
    expect(totals.counts.viewCount).toEqual({ total: 0, unrecorded: 1 });
    expect(totals.counts.messageCount).toEqual({ total: 0, unrecorded: 2 });
  });
});
