import { describe, expect, it } from 'vitest';
import {
  memberIdsByName,
  readDateRange,
} from '../../../../../renderer/src/domain/paste/cellReaders';
import {
  flagDuplicateActivities,
  flagDuplicateDonations,
} from '../../../../../renderer/src/domain/paste/likelyDuplicates';
import { proposeMapping } from '../../../../../renderer/src/domain/paste/pasteColumns';
import { pasteFieldsOf } from '../../../../../renderer/src/domain/paste/pasteFields';
import { readPastedRecords } from '../../../../../renderer/src/domain/paste/pastedRecords';

const CHEN = '11111111-1111-4111-8111-111111111111';
const LI = '22222222-2222-4222-8222-222222222222';
const WANG_A = '33333333-3333-4333-8333-333333333333';
const WANG_B = '44444444-4444-4444-8444-444444444444';
const memberIds = memberIdsByName([
  { id: CHEN, name: '陳大文', otherNames: ['Chan Tai Man'] },
  { id: LI, name: '李微微' },
  { id: WANG_A, name: '王芳' },
  { id: WANG_B, name: '王芳' },
]);

/** Rows under their heading, mapped as the import proposes from the heading. */
function read<K extends 'activity' | 'donation'>(
  kind: K,
  heading: string[],
  data: string[][],
  context = {},
) {
  const fields = pasteFieldsOf(kind);
  const mapping = proposeMapping([heading, ...data], true, fields);
  const rows = data.map((cells, index) => ({ line: index + 2, cells }));
  return readPastedRecords(kind, rows, mapping, fields, {
    memberIds,
    headings: heading,
    ...context,
  });
}

describe('readDateRange', () => {
  it('reads a range in one cell, the end written short', () => {
    expect(readDateRange('2018年5月29日至6月1日')).toEqual({
      ok: true,
      value: { start: { year: 2018, month: 5, day: 29 }, end: { year: 2018, month: 6, day: 1 } },
    });
    expect(readDateRange('2021年7月6日至8日')).toEqual({
      ok: true,
      value: { start: { year: 2021, month: 7, day: 6 }, end: { year: 2021, month: 7, day: 8 } },
    });
    expect(readDateRange('2020.12.30—2021.1.2')).toEqual({
      ok: true,
      value: { start: { year: 2020, month: 12, day: 30 }, end: { year: 2021, month: 1, day: 2 } },
    });
    expect(readDateRange('2018年5月')).toEqual({
      ok: true,
      value: { start: { year: 2018, month: 5 } },
    });
    expect(readDateRange('2018年6月1日至5月29日')).toEqual({
      ok: false,
      message: '结束日期不能早于开始日期',
    });
  });
});

describe('readPastedRecords: 履职活动', () => {
  const heading = ['活动名称', '活动类型', '活动时间', '参加委员'];

  it('matches participants by name, by their 繁简 twin and by 其他写法, and spreads a range', () => {
    const [row] = read('activity', heading, [
      ['港澳委员读书分享会', '读书', '2021年7月6日至8日', '陈大文、李微微'],
    ]);
    expect(row?.errors).toEqual([]);
    expect(row?.input).toMatchObject({
      title: '港澳委员读书分享会',
      type: '读书',
      startDate: { year: 2021, month: 7, day: 6 },
      endDate: { year: 2021, month: 7, day: 8 },
      participants: [
        { memberId: CHEN, role: '参加', attendance: '出席' },
        { memberId: LI, role: '参加', attendance: '出席' },
      ],
    });
    const [other] = read('activity', heading, [
      ['调研', '调研', '2021年5月', 'chan tai man；李微微'],
    ]);
    expect(other?.input?.participants.map((p) => p.memberId)).toEqual([CHEN, LI]);
    expect(other?.input?.startDate).toEqual({ year: 2021, month: 5 });
  });

  it('refuses a row naming someone who is not a member, or a name two members share', () => {
    const rows = read('activity', heading, [
      ['委员履职培训', '会议', '2021.5.20', '李微微、王不存在'],
      ['座谈会', '会议', '2021.5.21', '王芳'],
    ]);
    expect(rows[0]).toMatchObject({ errors: ['参加委员：找不到委员“王不存在”'] });
    expect(rows[0]?.input).toBeUndefined();
    expect(rows[1]?.errors).toEqual(['参加委员：“王芳”对应 2 位委员，请改用其他写法区分']);
  });

  it('flags a row with the same dates and a similar name as a recorded activity', () => {
    const rows = read('activity', heading, [
      ['赴郴州开展港澳青年交流调研活动', '调研', '2018-05-29', ''],
      ['赴郴州开展港澳青年交流调研活动', '调研', '2018-05-30', ''],
    ]);
    flagDuplicateActivities(rows, [
      { title: '赴郴州开展港澳青年交流调研', startDate: { year: 2018, month: 5, day: 29 } },
    ]);
    expect(rows[0]?.warning).toBe('与已有活动“赴郴州开展港澳青年交流调研”（2018年5月29日）相似');
    expect(rows[1]?.warning).toBeUndefined();
  });
});

describe('readPastedRecords: 捐赠', () => {
  const rateOn = (currency: string, day: string) =>
    currency === 'HKD' && day >= '2020-01-01' ? '0.9' : undefined;

  it('reads donors, an amount in 万元 with its currency, and converts with the rate table', () => {
    const rows = read(
      'donation',
      ['捐赠人', '金额（万元）', '币种', '捐赠日期', '用途'],
      [
        ['陳大文、香港某基金会', '2', '港币', '2020年2月3日', '疫情防控'],
        ['李微微', '5000元', '', '2020.2.5', ''],
        ['李微微', '1', 'HKD', '2019.2.5', ''],
      ],
      { rateOn },
    );
    expect(rows[0]?.errors).toEqual([]);
    expect(rows[0]?.input).toMatchObject({
      kind: '资金',
      donors: [
        { type: '委员', memberId: CHEN },
        { type: '其他', name: '香港某基金会', group: false },
      ],
      amount: { amountMinor: 2_000_000, currency: 'HKD' },
      rate: '0.9',
      cnyAmountMinor: 1_800_000,
      date: { year: 2020, month: 2, day: 3 },
      purpose: '疫情防控',
    });
    expect(rows[1]?.input).toMatchObject({ amount: { amountMinor: 500_000, currency: 'CNY' } });
    expect(rows[2]?.errors).toEqual([
      '汇率：表中没有汇率，设置 → 汇率中也没有港币在2019年2月5日的汇率',
    ]);
  });

  it('takes the currency the amount’s heading names, and refuses a 币种 column that differs', () => {
    const inHkd = read(
      'donation',
      ['捐赠人', '金额（港元）', '捐赠日期'],
      [
        ['李微微', '10,000', '2020年2月3日'],
        ['李微微', '¥10,000', '2020年2月3日'],
      ],
      { rateOn },
    );
    expect(inHkd[0]?.errors).toEqual([]);
    // HK$10,000 × 0.9: not ¥10,000.
    expect(inHkd[0]?.input).toMatchObject({
      amount: { amountMinor: 1_000_000, currency: 'HKD' },
      cnyAmountMinor: 900_000,
    });
    expect(inHkd[1]?.errors).toEqual(['金额：金额写的是人民币，而表头“金额（港元）”是港币']);

    const [inWanHkd] = read(
      'donation',
      ['捐赠人', '金额（万港元）', '捐赠日期'],
      [['李微微', '2', '2020年2月3日']],
      {
        rateOn,
      },
    );
    expect(inWanHkd?.input).toMatchObject({ amount: { amountMinor: 2_000_000, currency: 'HKD' } });

    const [inYuan] = read(
      'donation',
      ['捐赠人', '金额（元）', '捐赠日期'],
      [['李微微', '500', '2020年2月3日']],
    );
    expect(inYuan?.input).toMatchObject({ amount: { amountMinor: 50_000, currency: 'CNY' } });

    const [clash] = read(
      'donation',
      ['捐赠人', '金额（HKD）', '币种', '捐赠日期'],
      [['李微微', '500', '美元', '2020年2月3日']],
    );
    expect(clash?.errors).toEqual(['金额：表头“金额（HKD）”写的是港币，而币种列是美元']);
  });

  it('flags a row with the same donor, date and amount as a recorded donation', () => {
    const rows = read(
      'donation',
      ['捐赠方', '金额', '捐赠日期'],
      [
        ['陈大文', '50000', '2020.2.3'],
        ['陈大文', '50000.01', '2020.2.3'],
      ],
    );
    flagDuplicateDonations(rows, [
      {
        donors: [{ type: '委员', memberId: CHEN }],
        date: { year: 2020, month: 2, day: 3 },
        amount: { amountMinor: 5_000_000, currency: 'CNY' },
      },
    ]);
    expect(rows[0]?.warning).toBe('与已有捐赠重复（捐赠方、日期、金额相同）');
    expect(rows[1]?.warning).toBeUndefined();
  });
});
