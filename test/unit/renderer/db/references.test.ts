import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { findReferences } from '../../../../renderer/src/db/references';
import {
  createRecord,
  deleteRecord,
  restoreRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { freshDatabase } from './freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

interface Ledger {
  zhang: string;
  chen: string;
  studio: string;
  otherStudio: string;
  campaign: string;
  /** 张国华 took part in this one, which has the newest date. */
  newestActivity: { id: string; rev: number };
  /** 张国华 gave this one, in the campaign. */
  donation: { id: string; rev: number };
}

/**
 * 张国华 takes part in two activities, leads one 提案 (also taking part) and signs another only as
 * 联名; gives one donation (another, deleted, no longer counts); leads one studio and works in
 * another. 陈美玲 is in one activity at the studio and gives one donation with an outside donor.
 */
async function ledger(): Promise<Ledger> {
  const zhang = (await createRecord('member', { name: '张国华' })).id;
  const studio = (
    await createRecord('studio', { name: '联动工作室', type: '专委会', leaderIds: [zhang] })
  ).id;
  const otherStudio = (
    await createRecord('studio', { name: '民革界别委员工作室', type: '界别', memberIds: [zhang] })
  ).id;
  const chen = (await createRecord('member', { name: '陈美玲', studioIds: [studio] })).id;
  const campaign = (await createRecord('campaign', { name: '青竹村乡村振兴' })).id;
  const newestActivity = await createRecord('activity', {
    title: '联动工作室揭牌',
    type: '帮扶',
    startDate: { year: 2021, month: 4, day: 15 },
    participants: [{ memberId: zhang }],
    campaignId: campaign,
  });
  await createRecord('activity', {
    title: '对接大湾区高峰论坛',
    type: '论坛',
    startDate: { year: 2019 },
    participants: [{ memberId: zhang }, { memberId: chen }],
  });
  await createRecord('activity', {
    title: '关于科创产业园的提案',
    type: '提案',
    startDate: { year: 2018 },
    participants: [{ memberId: zhang }],
    proposal: { leadMemberIds: [zhang] },
  });
  await createRecord('activity', {
    title: '关于港澳青年创业的提案',
    type: '提案',
    startDate: { year: 2020, month: 3 },
    proposal: { leadMemberIds: [chen], jointMemberIds: [zhang] },
  });
  await createRecord('activity', {
    title: '网上值班',
    type: '值班',
    startDate: { year: 2021, month: 6 },
    participants: [{ memberId: chen }],
    duty: { studioId: studio },
  });
  const gone = await createRecord('activity', {
    title: '已删除的活动',
    type: '会议',
    startDate: { year: 2022 },
    participants: [{ memberId: zhang }],
  });
  await deleteRecord('activity', gone.id, gone.rev);
  const donation = await createRecord('donation', {
    kind: '资金',
    donors: [{ type: '委员', memberId: zhang }],
    amount: { amountMinor: 200_000_000, currency: 'CNY' },
    date: { year: 2020, month: 1, day: 28 },
    campaignId: campaign,
  });
  await createRecord('donation', {
    kind: '资金',
    donors: [
      { type: '委员', memberId: chen },
      { type: '其他', name: '海外侨胞' },
    ],
    amount: { amountMinor: 50_000_000, currency: 'CNY' },
    date: { year: 2020, month: 2 },
  });
  const goneDonation = await createRecord('donation', {
    kind: '资金',
    donors: [{ type: '委员', memberId: zhang }],
    amount: { amountMinor: 100, currency: 'CNY' },
    date: { year: 2021 },
  });
  await deleteRecord('donation', goneDonation.id, goneDonation.rev);
  return { zhang, chen, studio, otherStudio, campaign, newestActivity, donation };
}

describe('findReferences', () => {
  it("counts a member's activities (as participant, 领衔 or 联名), donations and studios", async () => {
    const { zhang } = await ledger();
    expect(await findReferences('member', zhang)).toEqual([
      {
        kind: 'activity',
        count: 4,
        titles: [
          '联动工作室揭牌',
          '关于港澳青年创业的提案',
          '对接大湾区高峰论坛',
          '关于科创产业园的提案',
        ],
      },
      { kind: 'donation', count: 1, titles: ['2020年1月28日 委员捐赠 ¥2,000,000.00'] },
      // By pinyin: 联 (lián) before 民 (mín).
      { kind: 'studio', count: 2, titles: ['联动工作室', '民革界别委员工作室'] },
    ]);
  });

  it('lists only the first few titles, newest first, with the full count', async () => {
    const { zhang } = await ledger();
    const [activities] = await findReferences('member', zhang, 2);
    expect(activities).toEqual({
      kind: 'activity',
      count: 4,
      titles: ['联动工作室揭牌', '关于港澳青年创业的提案'],
    });
  });

  it("counts a campaign's activities and donations", async () => {
    const { campaign } = await ledger();
    expect(await findReferences('campaign', campaign)).toEqual([
      { kind: 'activity', count: 1, titles: ['联动工作室揭牌'] },
      { kind: 'donation', count: 1, titles: ['2020年1月28日 委员捐赠 ¥2,000,000.00'] },
    ]);
  });

  it("counts a studio's 值班 activities and the members whose 所属工作室 it is", async () => {
    const { studio, otherStudio } = await ledger();
    expect(await findReferences('studio', studio)).toEqual([
      { kind: 'activity', count: 1, titles: ['网上值班'] },
      { kind: 'member', count: 1, titles: ['陈美玲'] },
    ]);
    // A studio's own 入驻委员 list does not point to it: no member names it as 所属工作室.
    expect(await findReferences('studio', otherStudio)).toEqual([]);
  });

  it('leaves out deleted records, and counts them again once restored', async () => {
    const { campaign, newestActivity, donation } = await ledger();
    await deleteRecord('activity', newestActivity.id, newestActivity.rev);
    expect(await findReferences('campaign', campaign)).toEqual([
      { kind: 'donation', count: 1, titles: ['2020年1月28日 委员捐赠 ¥2,000,000.00'] },
    ]);
    await deleteRecord('donation', donation.id, donation.rev);
    expect(await findReferences('campaign', campaign)).toEqual([]);
    await restoreRecord('activity', newestActivity.id, newestActivity.rev + 1);
    expect(await findReferences('campaign', campaign)).toEqual([
      { kind: 'activity', count: 1, titles: ['联动工作室揭牌'] },
    ]);
  });

  it('finds nothing for a member no record points to, nor for activities and donations', async () => {
    const { newestActivity } = await ledger();
    const alone = await createRecord('member', { name: '刘良' });
    expect(await findReferences('member', alone.id)).toEqual([]);
    expect(await findReferences('activity', newestActivity.id)).toEqual([]);
  });
});
