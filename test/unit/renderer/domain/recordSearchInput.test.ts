import { describe, expect, it } from 'vitest';
import { recordSearchInput } from '../../../../renderer/src/domain/recordSearchInput';
import { activityInputSchema, type Activity } from '../../../../renderer/src/domain/records';

function activity(dates: { startDate: unknown; endDate?: unknown }): Activity {
  const input = activityInputSchema.parse({
    title: '郴州行',
    type: '考察',
    place: '郴州市',
    ...dates,
  });
  return { ...input, id: 'a' } as Activity;
}

describe('how a search hit for an activity is shown', () => {
  it('gives a multi-day event its range, not only its first day', () => {
    const hit = recordSearchInput(
      'activity',
      activity({
        startDate: { year: 2018, month: 5, day: 29 },
        endDate: { year: 2018, month: 6, day: 1 },
      }),
    );
    expect(hit.subtitle).toBe('2018年5月29日至6月1日 · 考察 · 郴州市');
  });

  it('gives a one-day event its day', () => {
    const hit = recordSearchInput(
      'activity',
      activity({ startDate: { year: 2021, month: 4, day: 15 } }),
    );
    expect(hit.subtitle).toBe('2021年4月15日 · 考察 · 郴州市');
  });
});
