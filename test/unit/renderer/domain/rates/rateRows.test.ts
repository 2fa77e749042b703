import { describe, expect, it } from 'vitest';
import {
  readCurrency,
  readRateDate,
  readRateRows,
} from '../../../../../renderer/src/domain/rates/rateRows';

describe('readCurrency', () => {
  it('reads codes in any case or width and the names offices use', () => {
    expect(readCurrency('hkd')).toEqual({ ok: true, value: 'HKD' });
    expect(readCurrency('ＭＯＰ')).toEqual({ ok: true, value: 'MOP' });
    expect(readCurrency('港币')).toEqual({ ok: true, value: 'HKD' });
    expect(readCurrency('港元')).toEqual({ ok: true, value: 'HKD' });
    expect(readCurrency('澳门元')).toEqual({ ok: true, value: 'MOP' });
    expect(readCurrency('美金')).toEqual({ ok: true, value: 'USD' });
  });

  it('names what it does not know', () => {
    expect(readCurrency('卢布')).toEqual({
      ok: false,
      message: '不认识的币种“卢布”，请写代码（如 HKD）或名称（如 港币）',
    });
  });
});

describe('readRateDate', () => {
  it('reads a day as offices write it', () => {
    expect(readRateDate('2020年2月1日')).toEqual({ ok: true, value: '2020-02-01' });
    expect(readRateDate('2020.2.1')).toEqual({ ok: true, value: '2020-02-01' });
    expect(readRateDate('43862')).toEqual({ ok: true, value: '2020-02-01' });
  });

  it('refuses a month without its day', () => {
    expect(readRateDate('2020年2月')).toEqual({ ok: false, message: '须精确到日，如 2020-02-01' });
  });
});

describe('readRateRows', () => {
  it('reads 币种 · 日期 · 汇率 under a heading, with each bad row and its reason', () => {
    const text = [
      '币种\t日期\t汇率',
      '港币\t2020-02-01\t0.9013',
      'USD\t2020年2月1日\t6.9249',
      '人民币\t2020-02-01\t1',
      '澳门币\t2020-02\t0.87',
      '港币\t2020-03-01\t零点九',
    ].join('\r\n');
    expect(readRateRows(text)).toEqual([
      {
        line: 2,
        cells: ['港币', '2020-02-01', '0.9013'],
        entry: { currency: 'HKD', from: '2020-02-01', rate: '0.9013' },
      },
      {
        line: 3,
        cells: ['USD', '2020年2月1日', '6.9249'],
        entry: { currency: 'USD', from: '2020-02-01', rate: '6.9249' },
      },
      { line: 4, cells: ['人民币', '2020-02-01', '1'], error: '币种：人民币无需汇率' },
      { line: 5, cells: ['澳门币', '2020-02', '0.87'], error: '日期：须精确到日，如 2020-02-01' },
      {
        line: 6,
        cells: ['港币', '2020-03-01', '零点九'],
        error: '汇率：格式不正确，应为大于零的数字，如 0.9213',
      },
    ]);
  });

  it('lets the last of two rows for one currency and day stand', () => {
    const rows = readRateRows('HKD\t2020-02-01\t0.90\nHKD\t2020/2/1\t0.91');
    expect(rows).toEqual([
      {
        line: 1,
        cells: ['HKD', '2020-02-01', '0.90'],
        error: '与第 2 行币种、日期相同，以第 2 行为准',
      },
      {
        line: 2,
        cells: ['HKD', '2020/2/1', '0.91'],
        entry: { currency: 'HKD', from: '2020-02-01', rate: '0.91' },
      },
    ]);
  });
});
