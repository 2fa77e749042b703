import { describe, expect, it } from 'vitest';
import {
  likelyDuplicate,
  sameActivityDates,
  similarActivityTitles,
} from '../../../../../renderer/src/domain/activities/similarActivity';

describe('similarActivityTitles', () => {
  it('takes names that differ in characters, spacing, punctuation or a few words as the same', () => {
    expect(similarActivityTitles('港澳委员郴州考察', '港澳委員 郴州考察')).toBe(true);
    expect(similarActivityTitles('“万户帮扶”活动', '万户帮扶活动')).toBe(true);
    expect(similarActivityTitles('港澳委员赴郴州考察调研', '港澳委员郴州考察调研')).toBe(true);
    expect(similarActivityTitles('郴州考察', '港澳台侨委员赴郴州考察调研活动')).toBe(true);
  });

  it('tells different activities apart', () => {
    expect(similarActivityTitles('专委会全体会议', '港澳委员郴州考察')).toBe(false);
    expect(similarActivityTitles('读书活动', '值班活动')).toBe(false);
    expect(similarActivityTitles('会议', '')).toBe(false);
  });
});

describe('sameActivityDates', () => {
  const start = { year: 2018, month: 5, day: 29 };
  const end = { year: 2018, month: 6, day: 1 };
  it('needs the same start and end, a missing end standing for the start', () => {
    expect(
      sameActivityDates(
        { title: '', startDate: start, endDate: end },
        { title: '', startDate: start, endDate: end },
      ),
    ).toBe(true);
    expect(
      sameActivityDates(
        { title: '', startDate: start },
        { title: '', startDate: start, endDate: start },
      ),
    ).toBe(true);
    expect(
      sameActivityDates(
        { title: '', startDate: start },
        { title: '', startDate: start, endDate: end },
      ),
    ).toBe(false);
    expect(
      sameActivityDates(
        { title: '', startDate: start },
        { title: '', startDate: { year: 2018, month: 5 } },
      ),
    ).toBe(false);
  });
});

describe('likelyDuplicate', () => {
  it('warns only for a similar name on the same dates', () => {
    const trip = { title: '港澳委员郴州考察', startDate: { year: 2018, month: 5, day: 29 } };
    expect(likelyDuplicate(trip, { ...trip, title: '港澳委员赴郴州考察' })).toBe(true);
    expect(likelyDuplicate(trip, { ...trip, startDate: { year: 2019, month: 5, day: 29 } })).toBe(
      false,
    );
    expect(likelyDuplicate(trip, { ...trip, title: '专委会全体会议' })).toBe(false);
  });
});
