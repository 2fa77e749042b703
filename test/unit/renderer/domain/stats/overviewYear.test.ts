import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import {
  createRecord,
  deleteRecord,
} from '../../../../../renderer/src/db/repositories/recordRepository';
import { DEFAULT_POINTS_RULES, type PointsRules } from '../../../../../renderer/src/domain/points';
import {
  overviewActivities,
  overviewDonations,
  reminderCount,
} from '../../../../../renderer/src/domain/stats/overviewYear';
import { readYear } from '../../../../../renderer/src/features/dossier/dossierQueries';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

/** Three members and a year of five activities (one deleted, one with nobody in it). */
async function aYear() {
  const chen = await createRecord('member', { name: '陈美玲' });
  const zhang = await createRecord('member', { name: '张国华' });
  const ou = await createRecord('member', { name: '区志明' });
  const at = (memberId: string, attendance: '出席' | '请假' | '缺席' = '出席') => ({
    memberId,
    attendance,
  });
  await createRecord('activity', {
    title: '九月调研',
    type: '调研',
    startDate: { year: 2018, month: 9, day: 3 },
    participants: [at(chen.id), at(zhang.id, '请假'), at(ou.id, '缺席')],
  });
  await createRecord('activity', {
    title: '九月会议',
    type: '会议',
    startDate: { year: 2018, month: 9 },
    participants: [at(chen.id), at(zhang.id)],
  });
  await createRecord('activity', {
    title: '五月调研',
    type: '调研',
    startDate: { year: 2018, month: 5, day: 29 },
    participants: [at(chen.id), at(ou.id, '缺席')],
  });
  await createRecord('activity', { title: '年内帮扶', type: '帮扶', startDate: { year: 2018 } });
  const gone = await createRecord('activity', {
    title: '删掉的会议',
    type: '会议',
    startDate: { year: 2018, month: 1 },
    participants: [at(zhang.id)],
  });
  await deleteRecord('activity', gone.id, gone.rev);
  return { chen, zhang, ou };
}

describe('overviewActivities', () => {
  it('counts the live activities by type (in 活动类型 order) and month, and who took part', async () => {
    const { chen, zhang, ou } = await aYear();
    const { activities, members } = await readYear(2018);
    const summary = overviewActivities(activities, members, 2);

    expect(summary.total).toBe(4);
    expect(summary.byType).toEqual([
      { type: '会议', count: 1 },
      { type: '调研', count: 2 },
      { type: '帮扶', count: 1 },
    ]);
    expect(summary.byMonth).toEqual([
      { month: 5, count: 1 },
      { month: 9, count: 2 },
      { month: '不详', count: 1 },
    ]);
    expect(summary.withoutParticipants).toBe(1);
    // 陈美玲 3 of 3, 张国华 1 of 2 (请假), 区志明 0 of 2 (缺席): 4 of 7. 区志明, never there, did
    // not take part.
    expect(summary.membersTakingPart).toBe(2);
    expect(summary.attended).toBe(4);
    expect(summary.listed).toBe(7);
    expect(summary.top).toEqual([
      { memberId: chen.id, name: '陈美玲', listed: 3, attended: 3 },
      { memberId: zhang.id, name: '张国华', listed: 2, attended: 1 },
    ]);
    expect(summary.top.some((part) => part.memberId === ou.id)).toBe(false);
  });

  it('is empty for a year without activities', () => {
    expect(overviewActivities([], [])).toMatchObject({
      total: 0,
      byType: [],
      byMonth: [],
      withoutParticipants: 0,
      membersTakingPart: 0,
      top: [],
    });
  });
});

describe('overviewDonations', () => {
  it('sums each 专项 in CNY at each donation’s rate, counts goods by stage and cash without 票据号', async () => {
    const covid = await createRecord('campaign', { name: '新冠肺炎疫情防控' });
    const donor = [{ type: '其他' as const, name: '海外侨胞' }];
    await createRecord('donation', {
      kind: '资金',
      donors: donor,
      amount: { amountMinor: 2_000_000_00, currency: 'HKD' },
      rate: '0.8976',
      cnyAmountMinor: 1_795_200_00,
      date: { year: 2020, month: 1, day: 28 },
      campaignId: covid.id,
      receiptNo: '示例-2020-002',
    });
    await createRecord('donation', {
      kind: '资金',
      donors: donor,
      amount: { amountMinor: 500_000_00, currency: 'CNY' },
      date: { year: 2020, month: 2, day: 5 },
      campaignId: covid.id,
    });
    await createRecord('donation', {
      kind: '物资',
      donors: donor,
      amount: { amountMinor: 15_000_000_00, currency: 'CNY' },
      cnyAmountMinor: 15_000_000_00,
      items: [{ name: '医用隔离衣', quantity: 80_000 }],
      stages: [
        { stage: '登记', date: { year: 2020, month: 2, day: 10 } },
        { stage: '接收', date: { year: 2020, month: 2, day: 24 } },
      ],
      date: { year: 2020, month: 2, day: 10 },
      campaignId: covid.id,
    });
    await createRecord('donation', {
      kind: '物资',
      donors: donor,
      items: [{ name: '助听器', quantity: 200 }],
      date: { year: 2020 },
    });
    const { donations } = await readYear(2020);
    const summary = overviewDonations(donations);

    expect(summary.byCampaign).toEqual([
      {
        campaignId: covid.id,
        count: 3,
        cashCnyMinor: 2_295_200_00,
        goodsCnyMinor: 15_000_000_00,
        unconverted: 0,
      },
      { campaignId: undefined, count: 1, cashCnyMinor: 0, goodsCnyMinor: 0, unconverted: 0 },
    ]);
    // Goods without a stage recorded are at 登记; goods never count as missing a 票据号.
    expect(summary.goodsByStage).toEqual([
      { stage: '登记', count: 1 },
      { stage: '接收', count: 1 },
    ]);
    expect(summary.cashWithoutReceipt).toBe(1);
  });
});

describe('reminderCount', () => {
  it('counts the serving members the 履职提醒 minimums flag in the year', async () => {
    await aYear();
    await createRecord('member', { name: '离任委员', status: '离任' });
    const rules: PointsRules = {
      ...DEFAULT_POINTS_RULES,
      reminders: {
        ...DEFAULT_POINTS_RULES.reminders,
        minCounts: {
          参加会议和学习培训: 0,
          提交提案和社情民意信息: 0,
          参加调研视察考察: 0,
          联系服务群众: 0,
          承担专门性任务: 0,
          公益捐赠: 0,
        },
        maxAbsences: 1,
      },
    };
    const { members, activities, donations } = await readYear(2018);
    // Only 区志明 was absent more than once.
    expect(reminderCount(2018, members, activities, donations, rules)).toBe(1);
    // Under the default minimums (2 meetings, 1 proposal, 2 trips) all three serving ones are.
    expect(reminderCount(2018, members, activities, donations, DEFAULT_POINTS_RULES)).toBe(3);
    // A year with nothing recorded yet flags nobody.
    expect(reminderCount(2019, members, [], [], DEFAULT_POINTS_RULES)).toBe(0);
  });
});
