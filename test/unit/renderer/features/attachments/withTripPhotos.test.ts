import { describe, expect, it } from 'vitest';
import type { TripPhotos } from '../../../../../renderer/src/features/attachments/readTripPhotos';
import { withTripPhotos } from '../../../../../renderer/src/features/attachments/TripPhotosNotice';

const file = (c: string, name: string) => ({
  sha256: c.repeat(64),
  name,
  mimeType: 'image/jpeg',
  size: 1000,
});
const trip: TripPhotos = {
  attachments: [file('a', '0529.jpg'), file('b', '0601.jpg')],
  errors: [],
  range: {
    start: { year: 2018, month: 5, day: 29 },
    end: { year: 2018, month: 6, day: 1 },
    undated: [],
  },
  undatedMessage: null,
};

describe('withTripPhotos', () => {
  it('adds the photos to a draft without attachments and fills its missing dates', () => {
    expect(withTripPhotos({ title: '郴州调研' }, trip)).toEqual({
      title: '郴州调研',
      startDate: { year: 2018, month: 5, day: 29 },
      endDate: { year: 2018, month: 6, day: 1 },
      attachments: [file('a', '0529.jpg'), file('b', '0601.jpg')],
    });
  });

  it('keeps the draft’s own dates and attachments, and adds each photo only once', () => {
    const draft = {
      title: '郴州调研',
      startDate: { year: 2018, month: 5, day: 30 },
      attachments: [file('c', '议程.pdf'), file('a', '合影.jpg')],
    };
    expect(withTripPhotos(draft, trip)).toEqual({
      title: '郴州调研',
      startDate: { year: 2018, month: 5, day: 30 },
      attachments: [file('c', '议程.pdf'), file('a', '合影.jpg'), file('b', '0601.jpg')],
    });
  });

  it('takes the photos’ dates over a date the draft holds emptied', () => {
    expect(withTripPhotos({ startDate: '', attachments: [] }, trip)).toMatchObject({
      startDate: { year: 2018, month: 5, day: 29 },
    });
  });

  it('returns the draft itself when it already holds every photo and a date', () => {
    const draft = { startDate: { year: 2018 }, attachments: trip.attachments };
    expect(withTripPhotos(draft, trip)).toBe(draft);
  });
});
