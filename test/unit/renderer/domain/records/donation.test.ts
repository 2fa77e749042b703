import { describe, expect, it } from 'vitest';
import {
  donationSchema,
  GOODS_STAGES,
  validateRecord,
} from '../../../../../renderer/src/domain/records';
import { BASE, ID1, ID2, SHA, issuesOf, messagesOf, valueOf } from './validationHelpers';

const cash = {
  kind: '资金',
  donors: [{ type: '委员', memberId: ID1 }],
  amount: { amountMinor: 910_000_000, currency: 'CNY' },
  date: { year: 2020 },
};

const goods = {
  kind: '物资',
  donors: [{ type: '其他', name: '港澳委员和海外顾问团成员', group: true }],
  items: [{ name: '医用口罩', spec: 'N95', quantity: 10000, unit: '个' }],
  date: { year: 2020, month: 2 },
};

describe('donation', () => {
  it('takes a cash donation and applies defaults', () => {
    expect(valueOf('donation', cash)).toEqual({
      ...cash,
      items: [],
      stages: [],
      confidential: false,
      inTimeline: false,
      attachments: [],
    });
  });

  it('takes every field of a goods donation', () => {
    const full = {
      ...goods,
      donors: [
        { type: '委员', memberId: ID1 },
        { type: '其他', name: '某慈善基金会', group: false },
      ],
      amount: { amountMinor: 100_000_00, currency: 'HKD' },
      rate: '0.9213',
      cnyAmountMinor: 92_130_00,
      items: [
        {
          name: '医用口罩',
          spec: 'N95',
          quantity: 10000,
          unit: '个',
          value: { amountMinor: 100_000_00, currency: 'HKD' },
          expiry: { year: 2023, month: 1 },
        },
      ],
      stages: [
        { stage: '登记', date: { year: 2020, month: 2, day: 1 }, note: '' },
        { stage: '鉴定', date: { year: 2020, month: 2, day: 2 } },
        { stage: '报关', date: { year: 2020, month: 2, day: 2 } },
        { stage: '接收' },
        { stage: '致谢', date: { year: 2020, month: 3 }, note: '已发感谢信' },
      ],
      recipient: '湖南省红十字会',
      receiptIssuer: '湖南省慈善总会',
      direction: '定向',
      purpose: '疫情防控',
      campaignId: ID2,
      receiptNo: 'No.0001',
      certificateNo: 'ZS-2020-01',
      acknowledgement: '已颁发捐赠证书',
      confidential: true,
      inTimeline: true,
      timelineSummary: '港澳委员捐赠医用物资',
      attachments: [{ sha256: SHA, name: '票据.pdf', mimeType: 'application/pdf', size: 2048 }],
      note: '备注',
    };
    expect(valueOf('donation', full)).toEqual(full);
  });

  it('names missing required fields', () => {
    expect(messagesOf('donation', {})).toEqual([
      '捐赠类型：须为以下之一：资金、物资',
      '捐赠方：不能为空',
      '捐赠日期：不能为空',
    ]);
    expect(messagesOf('donation', { ...cash, donors: [] })).toEqual(['捐赠方：至少填写一位']);
    expect(messagesOf('donation', { ...cash, donors: [{ type: '其他', name: '' }] })).toEqual([
      '捐赠方第1行·名称：不能为空',
    ]);
    expect(messagesOf('donation', { ...cash, donors: [{ type: '单位', name: '某' }] })).toEqual([
      '捐赠方第1行：格式不正确',
    ]);
  });

  it('needs 金额 for 资金 and at least one item for 物资', () => {
    expect(issuesOf('donation', { ...cash, amount: undefined })).toEqual([
      { field: 'amount', label: '金额', message: '金额：资金捐赠须填写金额' },
    ]);
    expect(messagesOf('donation', { ...goods, items: [] })).toEqual([
      '物资明细：物资捐赠至少填写一项物资',
    ]);
    expect(messagesOf('donation', { ...cash, items: goods.items })).toEqual([
      '物资明细：仅适用于物资捐赠',
    ]);
    expect(messagesOf('donation', { ...cash, stages: [{ stage: '登记' }] })).toEqual([
      '物资状态：仅适用于物资捐赠',
    ]);
  });

  it('checks 金额, 币种, 汇率 and 折合人民币', () => {
    expect(
      messagesOf('donation', { ...cash, amount: { amountMinor: 0, currency: 'CNY' } }),
    ).toEqual(['金额：须大于零']);
    expect(
      messagesOf('donation', { ...cash, amount: { amountMinor: 1.5, currency: 'CNY' } }),
    ).toEqual(['金额：须为整数']);
    expect(
      messagesOf('donation', { ...cash, amount: { amountMinor: 1, currency: 'RMB' } })[0],
    ).toMatch(/^币种：须为以下之一：CNY、HKD/);
    expect(
      messagesOf('donation', { ...cash, amount: { amountMinor: 100, currency: 'USD' } }),
    ).toEqual(['汇率：外币金额须填写汇率', '折合人民币：外币金额须填写折合人民币']);
    expect(messagesOf('donation', { ...cash, rate: '6,4' })).toEqual([
      '汇率：格式不正确，应为大于零的数字，如 0.9213',
    ]);
    expect(messagesOf('donation', { ...cash, rate: '0.9' })).toEqual([
      '汇率：人民币金额的汇率应为1',
    ]);
    expect(valueOf('donation', { ...cash, rate: '1', cnyAmountMinor: 910_000_000 }).rate).toBe('1');
    expect(messagesOf('donation', { ...cash, cnyAmountMinor: 1 })).toEqual([
      '折合人民币：人民币金额的折合人民币应与金额相同',
    ]);
    expect(messagesOf('donation', { ...cash, cnyAmountMinor: -1 })).toEqual([
      '折合人民币：不能小于0',
    ]);
  });

  it('checks goods items row by row', () => {
    expect(
      messagesOf('donation', {
        ...goods,
        items: [
          { name: '', quantity: 0 },
          {
            name: '防护服',
            quantity: 5,
            value: { amountMinor: 1, currency: 'XYZ' },
            expiry: { year: 2021, month: 2, day: 30 },
          },
        ],
      }),
    ).toEqual([
      '物资明细第1行·名称：不能为空',
      '物资明细第1行·数量：须大于0',
      '物资明细第2行·币种：须为以下之一：CNY、HKD、MOP、TWD、USD、EUR、GBP、JPY、SGD、AUD、CAD',
      '物资明细第2行·有效期：2021年2月没有30日',
    ]);
  });

  it('keeps 物资状态 in stage order with dates not going back', () => {
    expect(GOODS_STAGES).toEqual(['登记', '鉴定', '报关', '运输', '接收', '分配', '致谢']);
    expect(
      messagesOf('donation', { ...goods, stages: [{ stage: '运输' }, { stage: '鉴定' }] }),
    ).toEqual(['物资状态第2行·阶段：应按登记→鉴定→报关→运输→接收→分配→致谢的顺序，且不重复']);
    expect(
      messagesOf('donation', { ...goods, stages: [{ stage: '登记' }, { stage: '登记' }] }),
    ).toHaveLength(1);
    expect(
      messagesOf('donation', {
        ...goods,
        stages: [
          { stage: '登记', date: { year: 2020, month: 2, day: 5 } },
          { stage: '接收', date: { year: 2020, month: 2, day: 4 } },
        ],
      }),
    ).toEqual(['物资状态第2行·日期：不能早于“登记”的日期']);
    expect(messagesOf('donation', { ...goods, stages: [{ stage: '入库' }] })[0]).toMatch(
      /^物资状态第1行·阶段：须为以下之一/,
    );
  });

  it('checks 用途, 定向/非定向, 保密 and 大事记摘要', () => {
    expect(messagesOf('donation', { ...cash, purpose: '教育' })[0]).toMatch(
      /^用途：须为以下之一：助学/,
    );
    expect(messagesOf('donation', { ...cash, direction: '指定' })).toEqual([
      '定向/非定向：须为以下之一：定向、非定向',
    ]);
    expect(messagesOf('donation', { ...cash, confidential: 'yes' })).toEqual([
      '保密：须为“是”或“否”',
    ]);
    expect(messagesOf('donation', { ...cash, inTimeline: true })).toEqual([
      '大事记摘要：列入大事记时不能为空',
    ]);
    expect(messagesOf('donation', { ...cash, date: { year: 2020, month: 13 } })).toEqual([
      '捐赠日期：月份应在1至12之间',
    ]);
  });

  it('validates the stored form', () => {
    expect(donationSchema.safeParse({ ...BASE, ...cash }).success).toBe(true);
    expect(validateRecord('donation', { ...BASE, ...cash, amount: undefined }).ok).toBe(false);
  });
});
