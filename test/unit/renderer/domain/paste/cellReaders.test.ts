import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  cellReadingOf,
  readCell,
  readChoice,
  readDate,
  readYesNo,
} from '../../../../../renderer/src/domain/paste/cellReaders';
import { partialDateSchema } from '../../../../../renderer/src/domain/partialDateSchema';
import { MEMBER_CATEGORIES } from '../../../../../renderer/src/domain/records';
import { optionalDate } from '../../../../../renderer/src/domain/records/schemaParts';

describe('readDate', () => {
  it('reads dates as offices write them', () => {
    expect(readDate('2018.5.29')).toEqual({ ok: true, value: { year: 2018, month: 5, day: 29 } });
    expect(readDate('2018/5/29')).toEqual({ ok: true, value: { year: 2018, month: 5, day: 29 } });
    expect(readDate('2018年5月29日')).toEqual({
      ok: true,
      value: { year: 2018, month: 5, day: 29 },
    });
    expect(readDate(' 1975年6月 ')).toEqual({ ok: true, value: { year: 1975, month: 6 } });
    expect(readDate('1975.06')).toEqual({ ok: true, value: { year: 1975, month: 6 } });
    expect(readDate('１９７５')).toEqual({ ok: true, value: { year: 1975 } });
  });

  it('reads an Excel serial number of five digits, to the month for 出生年月', () => {
    // 25569 is 1970-01-01; 43249 is 17680 days later, 2018-05-29; 27546 is 1975-06-01.
    expect(readDate('43249')).toEqual({ ok: true, value: { year: 2018, month: 5, day: 29 } });
    expect(readDate('27546', true)).toEqual({ ok: true, value: { year: 1975, month: 6 } });
    expect(readDate('27546.5')).toEqual({ ok: true, value: { year: 1975, month: 6, day: 1 } });
  });

  it('says why a date cannot be read', () => {
    expect(readDate('2018.2.30')).toEqual({ ok: false, message: '2018年2月没有30日' });
    expect(readDate('去年')).toMatchObject({
      ok: false,
      message: expect.stringContaining('格式不正确'),
    });
  });
});

describe('readYesNo and readChoice', () => {
  it('reads 是/否 in the ways offices tick a box', () => {
    for (const yes of ['是', 'Y', 'yes', '√', 'TRUE', '1']) {
      expect(readYesNo(yes)).toEqual({ ok: true, value: true });
    }
    for (const no of ['否', 'N', '×', 'false', '0']) {
      expect(readYesNo(no)).toEqual({ ok: true, value: false });
    }
    expect(readYesNo('也许')).toEqual({ ok: false, message: '须为“是”或“否”' });
  });

  it('reads a choice written traditional, or by its full name', () => {
    expect(readChoice('港區委員', MEMBER_CATEGORIES)).toEqual({ ok: true, value: '港区委员' });
    expect(readChoice('中国共产党', ['中共', '民革'])).toEqual({ ok: true, value: '中共' });
    expect(readChoice('港澳委员', ['在任', '离任'])).toEqual({
      ok: false,
      message: '须为以下之一：在任、离任',
    });
  });
});

describe('cellReadingOf and readCell', () => {
  const schema = z.object({
    flag: z.boolean().optional(),
    born: optionalDate,
    names: z.array(z.string()).default([]),
    refs: z.array(z.uuid()).default([]),
    count: z.number().optional(),
    text: z.string().optional(),
  });
  const reading = (key: keyof typeof schema.shape) =>
    cellReadingOf(schema.shape[key], partialDateSchema);

  it('reads each field by the type its schema gives', () => {
    expect(readCell('是', reading('flag')!)).toEqual({ value: true });
    expect(readCell('2018.5.29', reading('born')!)).toEqual({
      value: { year: 2018, month: 5, day: 29 },
    });
    expect(readCell('陳大文、Chan Tai Man', reading('names')!)).toEqual({
      value: ['陳大文', 'Chan Tai Man'],
    });
    expect(readCell('1,200', reading('count')!)).toEqual({ value: 1200 });
    expect(readCell('  ', reading('text')!)).toEqual({ empty: true });
  });

  it('finds referenced records by name, and names the one it cannot find', () => {
    const refIds = new Map([['南粤工作室', '0b7e8b8e-7f4c-4d55-8a5c-1f2e3d4c5b6a']]);
    expect(readCell('南粤工作室', reading('refs')!, { refIds })).toEqual({
      value: ['0b7e8b8e-7f4c-4d55-8a5c-1f2e3d4c5b6a'],
    });
    expect(readCell('南粤工作室、北斗工作室', reading('refs')!, { refIds })).toEqual({
      error: '找不到“北斗工作室”',
    });
  });
});
