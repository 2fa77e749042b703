import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import {
  createRecord,
  deleteRecord,
} from '../../../../../renderer/src/db/repositories/recordRepository';
import { activityCountsByYearAndType } from '../../../../../renderer/src/db/statsQueries';
import { DEFAULT_POINTS_RULES } from '../../../../../renderer/src/domain/points';
import {
  attendanceBySector,
  donationsByCampaign,
  gradeDistribution,
  NO_SECTOR,
  participationByMember,
} from '../../../../../renderer/src/domain/stats/yearStats';
import { readYear } from '../../../../../renderer/src/features/dossier/dossierQueries';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

const day = (year: number, month: number, date: number) => ({ year, month, day: date });

/** Three members, two 界别, four activities over two years, one deleted; two donations. */
async function aSmallCommittee() {
  const li = await createRecord('member', {
    name: '李微微',
    category: '特邀人士',
    sector: '经济界',
  });
  const chen = await createRecord('member', {
    name: '陈美玲',
    category: '港区委员',
    sector: '经济界',
  });
  const he = await createRecord('member', { name: '何永健', category: '港区委员' });
  const covid = await createRecord('campaign', { name: '新冠肺炎疫情防控' });
  const meeting = (title: string, date: ReturnType<typeof day>, campaignId?: string) => ({
    title,
    type: '会议',
    startDate: date,
    ...(campaignId ? { campaignId } : {}),
  });
  await createRecord('activity', {
    ...meeting('常委会议', day(2020, 3, 2), covid.id),
    participants: [
      { memberId: li.id },
      { memberId: chen.id, attendance: '请假' },
      { memberId: he.id, attendance: '缺席' },
    ],
  });
  await createRecord('activity', {
    ...meeting('专题协商', day(2020, 6, 1)),
    type: '协商',
    participants: [{ memberId: li.id }, { memberId: chen.id }],
  });
  const gone = await createRecord('activity', {
    ...meeting('作废的会议', day(2020, 7, 1)),
    participants: [{ memberId: he.id }],
  });
  await deleteRecord('activity', gone.id, gone.rev);
  await createRecord('activity', { ...meeting('年会', day(2019, 1, 5)), participants: [] });
  await createRecord('donation', {
    kind: '资金',
    donors: [{ type: '委员', memberId: chen.id }],
    date: day(2020, 2, 1),
    amount: { amountMinor: 100_000_000, currency: 'HKD' },
    rate: '0.9',
    cnyAmountMinor: 90_000_000,
    campaignId: covid.id,
  });
  await createRecord('donation', {
    kind: '资金',
    donors: [{ type: '其他', name: '某商会' }],
    date: day(2020, 4, 1),
    amount: { amountMinor: 5_000_000, currency: 'CNY' },
  });
  return { li, chen, he, covid };
}

describe('the 统计 figures', () => {
  it('count attendance per member and per 界别, leaving out deleted activities', async () => {
    const { li, chen, he } = await aSmallCommittee();
    const year = await readYear(2020);
    const parts = participationByMember(year.activities, year.members);
    expect(parts.map((p) => [p.memberId, p.attended, p.expected])).toEqual([
      [li.id, 2, 2],
      [chen.id, 1, 2],
      [he.id, 0, 1],
    ]);
    expect(attendanceBySector(parts)).toEqual([
      { sector: '经济界', members: 2, attended: 3, expected: 4 },
      { sector: NO_SECTOR, members: 1, attended: 0, expected: 1 },
    ]);
  });

  it('give every serving member one grade', async () => {
    await aSmallCommittee();
    const year = await readYear(2020);
    const grades = gradeDistribution(
      2020,
      year.members,
      year.activities,
      year.donations,
      DEFAULT_POINTS_RULES,
    );
    expect(Object.values(grades).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('sum donations per 专项 in CNY, with each donation’s own rate', async () => {
    const { covid } = await aSmallCommittee();
    const year = await readYear(2020);
    expect(donationsByCampaign(year.donations)).toEqual([
      {
        campaignId: covid.id,
        count: 1,
        cashCnyMinor: 90_000_000,
        goodsCnyMinor: 0,
        unconverted: 0,
      },
      {
        campaignId: undefined,
        count: 1,
        cashCnyMinor: 5_000_000,
        goodsCnyMinor: 0,
        unconverted: 0,
      },
    ]);
  });

  it('count activities per type and year from the index, tombstones left out, or for one 专项', async () => {
    const { covid } = await aSmallCommittee();
    const all = await activityCountsByYearAndType();
    expect([...(all.get(2020) ?? [])]).toEqual([
      ['会议', 1],
      ['协商', 1],
    ]);
    expect([...(all.get(2019) ?? [])]).toEqual([['会议', 1]]);
    const campaign = await activityCountsByYearAndType(covid.id);
    expect([...campaign.keys()]).toEqual([2020]);
    expect([...(campaign.get(2020) ?? [])]).toEqual([['会议', 1]]);
  });
});
