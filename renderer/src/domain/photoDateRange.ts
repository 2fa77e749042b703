import { comparePartialDate, isValidPartialDate, type PartialDate } from './partialDate';

/** What was read from one photo: its name and the EXIF tags asked for (absent: none found). */
export interface PhotoExif {
  name: string;
  exif?: { DateTimeOriginal?: unknown; CreateDate?: unknown } | null;
}

export interface PhotoDateRange {
  /** The earliest day a photo was taken; null when no photo says. */
  start: PartialDate | null;
  /** The latest day, when later than `start`. */
  end: PartialDate | null;
  /** Names of the photos that carry no usable date. */
  undated: string[];
}

/**
 * The 开始日期 and 结束日期 a field trip's photos propose: the first and last day they were taken
 * on. EXIF dates carry no time zone; the day is the one the camera's clock showed, read from the
 * text as written (`2018:05:29 08:30:00`), never moved through a time zone.
 */
export function photoDateRange(photos: readonly PhotoExif[]): PhotoDateRange {
  let start: PartialDate | null = null;
  let end: PartialDate | null = null;
  const undated: string[] = [];
  for (const photo of photos) {
    const day = exifDay(photo.exif?.DateTimeOriginal) ?? exifDay(photo.exif?.CreateDate) ?? null;
    if (day === null) {
      undated.push(photo.name);
      continue;
    }
    if (start === null || comparePartialDate(day, start) < 0) start = day;
    if (end === null || comparePartialDate(day, end) > 0) end = day;
  }
  const sameDay = start !== null && end !== null && comparePartialDate(start, end) === 0;
  return { start, end: sameDay ? null : end, undated };
}

/**
 * The day of an EXIF date as its text says (`YYYY:MM:DD hh:mm:ss`, or with dashes); null for the
 * zeros cameras write when their clock was never set, and for anything that is not a real day.
 */
export function exifDay(value: unknown): PartialDate | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})[:-](\d{2})[:-](\d{2})/.exec(value.trim());
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidPartialDate(date) ? date : null;
}

/** What the form says about photos without a date: they are kept all the same. */
export function undatedPhotosMessage(count: number): string | null {
  return count === 0 ? null : `${count} 张照片没有拍摄日期，已作为附件保留，日期请手工填写`;
}
