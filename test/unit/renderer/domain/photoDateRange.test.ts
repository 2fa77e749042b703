import exifr from 'exifr';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exifDay,
  photoDateRange,
  undatedPhotosMessage,
  type PhotoExif,
} from '../../../../renderer/src/domain/photoDateRange';

const PHOTOS = join(__dirname, '../../../fixtures/photos');

/** Reads a fixture photo's dates the way the app does (text, not revived into a Date). */
async function readPhoto(name: string): Promise<PhotoExif> {
  const exif: PhotoExif['exif'] = await exifr.parse(readFileSync(join(PHOTOS, name)), {
    pick: ['DateTimeOriginal', 'CreateDate'],
    reviveValues: false,
  });
  return { name, exif: exif ?? null };
}

describe('photoDateRange, from real JPEGs with EXIF', () => {
  it('proposes the first and last day of the 郴州 trip, whatever the order of the photos', async () => {
    const photos = await Promise.all(
      ['chenzhou-0601.jpg', 'chenzhou-0529.jpg', 'no-exif.jpg', 'chenzhou-0531.jpg'].map(readPhoto),
    );
    expect(photoDateRange(photos)).toEqual({
      start: { year: 2018, month: 5, day: 29 },
      end: { year: 2018, month: 6, day: 1 },
      undated: ['no-exif.jpg'],
    });
  });

  it('proposes one day when all photos were taken that day', async () => {
    const photos = [await readPhoto('chenzhou-0531.jpg'), await readPhoto('chenzhou-0531.jpg')];
    expect(photoDateRange(photos)).toEqual({
      start: { year: 2018, month: 5, day: 31 },
      end: null,
      undated: [],
    });
  });

  it('proposes nothing when no photo has a date, and keeps them all', async () => {
    const photos = [await readPhoto('no-exif.jpg'), { name: '扫描.png' }];
    expect(photoDateRange(photos)).toEqual({
      start: null,
      end: null,
      undated: ['no-exif.jpg', '扫描.png'],
    });
  });
});

describe('exifDay', () => {
  it('keeps the day the camera showed, late at night too', () => {
    expect(exifDay('2018:06:01 23:59:59')).toEqual({ year: 2018, month: 6, day: 1 });
    expect(exifDay('2018-06-01T00:00:01+08:00')).toEqual({ year: 2018, month: 6, day: 1 });
  });

  it('ignores an unset camera clock and impossible days', () => {
    expect(exifDay('0000:00:00 00:00:00')).toBeNull();
    expect(exifDay('2018:02:30 10:00:00')).toBeNull();
    expect(exifDay(new Date(2018, 4, 29))).toBeNull();
    expect(exifDay('')).toBeNull();
  });

  it('falls back to CreateDate when DateTimeOriginal is missing', () => {
    expect(
      photoDateRange([{ name: 'a.jpg', exif: { CreateDate: '2019:03:02 09:00:00' } }]).start,
    ).toEqual({
      year: 2019,
      month: 3,
      day: 2,
    });
  });
});

describe('undatedPhotosMessage', () => {
  it('says how many photos have no date, and nothing when all have one', () => {
    expect(undatedPhotosMessage(3)).toBe('3 张照片没有拍摄日期，已作为附件保留，日期请手工填写');
    expect(undatedPhotosMessage(0)).toBeNull();
  });
});
