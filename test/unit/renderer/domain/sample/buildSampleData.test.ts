import { describe, expect, it } from 'vitest';
import { timelineSentence } from '../../../../../renderer/src/domain/timelineSentence';
import { validateInput } from '../../../../../renderer/src/domain/records';
import {
  buildSampleData,
  isSampleId,
  SAMPLE_NOTE,
  sampleId,
  type SampleData,
} from '../../../../../renderer/src/domain/sample/buildSampleData';

const data = buildSampleData();

const KIND_OF = {
  members: 'member',
  studios: 'studio',
  campaigns: 'campaign',
  activities: 'activity',
  donations: 'donation',
} as const;

function allIds(d: SampleData): string[] {
  return (Object.keys(KIND_OF) as (keyof SampleData)[]).flatMap((key) => d[key].map((r) => r.id));
}

function activity(title: string) {
  const found = data.activities.find((a) => a.input.title.includes(title));
  if (!found) throw new Error(`no activity ${title}`);
  return found.input;
}

function campaignId(name: string): string {
  const found = data.campaigns.find((c) => c.input.name === name);
  if (!found) throw new Error(`no campaign ${name}`);
  return found.id;
}

describe('buildSampleData', () => {
  it('gives inputs that pass validateInput', () => {
    for (const key of Object.keys(KIND_OF) as (keyof SampleData)[]) {
      for (const record of data[key]) {
        const result = validateInput(KIND_OF[key], record.input);
        expect(result.ok ? [] : result.issues.map((i) => i.message), record.id).toEqual([]);
      }
    }
  });

  it('has the intended amount of each kind', () => {
    expect(data.members.length).toBeGreaterThanOrEqual(40);
    expect(data.members.length).toBeLessThanOrEqual(60);
    expect(data.activities.length).toBeGreaterThanOrEqual(20);
    expect(data.activities.length).toBeLessThanOrEqual(40);
    expect(data.donations.length).toBeGreaterThanOrEqual(10);
    expect(data.donations.length).toBeLessThanOrEqual(20);
    expect(data.campaigns.length).toBeGreaterThanOrEqual(3);
    expect(data.campaigns.length).toBeLessThanOrEqual(5);
    expect(data.studios).toHaveLength(7);
  });

  it('uses unique UUID-shaped ids that are the same on every build', () => {
    const ids = allIds(data);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(isSampleId(id)).toBe(true);
    }
    expect(allIds(buildSampleData())).toEqual(ids);
    expect(buildSampleData()).toEqual(data);
    expect(sampleId('member', 1)).toBe('5a3d1001-0000-4000-8000-000000000001');
  });

  it('refers only to records that exist', () => {
    const members = new Set(data.members.map((r) => r.id));
    const studios = new Set(data.studios.map((r) => r.id));
    const campaigns = new Set(data.campaigns.map((r) => r.id));
    const expectIn = (set: Set<string>, id: string | undefined, where: string): void => {
      if (id !== undefined) expect(set.has(id), where).toBe(true);
    };
    for (const { id, input } of data.members) {
      for (const s of input.studioIds) expectIn(studios, s, id);
      // 所属工作室 and 入驻委员 agree both ways.
      for (const s of input.studioIds) {
        expect(data.studios.find((st) => st.id === s)?.input.memberIds).toContain(id);
      }
    }
    for (const { id, input } of data.studios) {
      for (const mId of [...input.memberIds, ...input.leaderIds]) expectIn(members, mId, id);
      for (const leader of input.leaderIds) expect(input.memberIds).toContain(leader);
      for (const mId of input.memberIds) {
        expect(data.members.find((mm) => mm.id === mId)?.input.studioIds).toContain(id);
      }
    }
    for (const { id, input } of data.activities) {
      for (const p of input.participants) expectIn(members, p.memberId, id);
      expectIn(campaigns, input.campaignId, id);
      expectIn(studios, input.duty?.studioId, id);
      for (const mId of [
        ...(input.proposal?.leadMemberIds ?? []),
        ...(input.proposal?.jointMemberIds ?? []),
      ]) {
        expectIn(members, mId, id);
      }
    }
    for (const { id, input } of data.donations) {
      expectIn(campaigns, input.campaignId, id);
      for (const donor of input.donors) {
        if (donor.type === '委员') expectIn(members, donor.memberId, id);
      }
    }
  });

  it('marks every invented member as sample data', () => {
    const invented = data.members.filter((r) => r.input.note === SAMPLE_NOTE);
    expect(invented.length).toBeGreaterThanOrEqual(40);
    const chen = data.members.find((r) => r.input.name === '陈美玲');
    expect(chen?.input.otherNames).toContain('陳美玲');
    const zhang = data.members.find((r) => r.input.name === '张国华');
    expect(zhang?.input.otherNames).toContain('張國華');
    for (const name of ['戴煜', '张建伟', '傅晓岚', '刘良']) {
      expect(data.members.some((r) => r.input.name === name)).toBe(true);
    }
  });

  it('has 郴州行 on 2018-05-29..06-01 with 31 港澳委员 present', () => {
    const a = activity('郴州行');
    expect(a.startDate).toEqual({ year: 2018, month: 5, day: 29 });
    expect(a.endDate).toEqual({ year: 2018, month: 6, day: 1 });
    expect(a.organizer).toBe('省政协港澳台侨和外事委员会');
    expect(a.leaders).toEqual(['省政协主席李微微', '省政协副主席胡旭晟', '省政协秘书长卿浙伟']);
    expect(a.campaignId).toBe(campaignId('三进三助聚力行动'));
    expect(a.inTimeline).toBe(true);
    const categories = new Map(data.members.map((r) => [r.id, r.input.category]));
    const present = a.participants.filter(
      (p) =>
        p.attendance === '出席' &&
        ['港区委员', '澳区委员'].includes(categories.get(p.memberId) ?? ''),
    );
    expect(present).toHaveLength(31);
  });

  it('puts the 揭牌 on 2021-04-15 in the 大事记 in its words', () => {
    const a = activity('联动工作室揭牌');
    expect(a.startDate).toEqual({ year: 2021, month: 4, day: 15 });
    expect(a.inTimeline).toBe(true);
    expect(a.timelineSummary).toBe(
      '4月15日，省政协副主席张大方率省市县三级政协委员深入桂东县青竹村，为省政协港澳台侨和外事委员会联动工作室揭牌，并开展“万户帮扶”等系列活动，助推乡村振兴。',
    );
    expect(timelineSentence({ date: a.startDate, summary: a.timelineSummary ?? '' })).toBe(
      a.timelineSummary,
    );
  });

  it('names every 出席领导 of a 大事记 entry in its summary', () => {
    for (const { input } of data.activities.filter((r) => r.input.inTimeline)) {
      const line = timelineSentence({
        date: input.startDate,
        summary: input.timelineSummary ?? '',
        leaders: input.leaders,
      });
      expect(line, input.title).toBe(
        timelineSentence({ date: input.startDate, summary: input.timelineSummary ?? '' }),
      );
    }
  });

  it('keeps dates at the precision the report gives', () => {
    expect(activity('活动工作方案').startDate).toEqual({ year: 2021, note: '初' });
    expect(activity('圆桌对话会').startDate).toEqual({ year: 2018, month: 9 });
    expect(activity('高峰论坛').startDate).toEqual({ year: 2019 });
    expect(activity('街头活动').startDate).toEqual({ year: 2021, month: 3 });
    expect(activity('读书交流').startDate).toEqual({ year: 2021, month: 7, day: 6 });
    expect(
      data.campaigns.find((c) => c.input.name === '对接粤港澳大湾区产业融合发展')?.input.period
        .start,
    ).toEqual({ year: 2018, note: '底' });
  });

  it('records the 2019 forum outcomes, 325 亿元 among them', () => {
    expect(activity('高峰论坛').outcomes).toEqual([
      { indicator: '嘉宾', value: 600, unit: '人' },
      { indicator: '签约项目', value: 60, unit: '个' },
      { indicator: '投资总额', value: 325, unit: '亿元' },
    ]);
  });

  it('records the adopted suggestions', () => {
    const fu = activity('全球开放科研基金');
    expect(fu.type).toBe('建议');
    expect(fu.suggestion?.adopted).toBe(true);
    expect(fu.suggestion?.instruction).toContain('第十四个五年规划');
    const zhang = activity('防治疫情与经济发展');
    expect(zhang.suggestion).toMatchObject({ adopted: true, instructionLevel: '省级' });
    expect(zhang.suggestion?.instruction).toContain('时任省委书记');
  });

  it('adds the epidemic cash up to 910万元 and the goods to over 5200万元', () => {
    const covid = campaignId('新冠肺炎疫情防控');
    const ofKind = (kind: '资金' | '物资') =>
      data.donations.filter((d) => d.input.campaignId === covid && d.input.kind === kind);
    const total = (list: ReturnType<typeof ofKind>): number =>
      list.reduce((sum, d) => sum + (d.input.cnyAmountMinor ?? 0), 0);
    const cash = ofKind('资金');
    expect(new Set(cash.map((d) => d.input.amount?.currency))).toEqual(
      new Set(['CNY', 'HKD', 'MOP']),
    );
    expect(total(cash)).toBe(910_0000_00);
    const goods = ofKind('物资');
    const goodsTotal = total(goods);
    expect(goodsTotal).toBeGreaterThanOrEqual(5200_0000_00);
    expect(goodsTotal).toBeLessThan(5300_0000_00);
    for (const d of goods) {
      expect(d.input.items.length).toBeGreaterThan(0);
      expect(d.input.stages.map((st) => st.stage).slice(0, 5)).toEqual([
        '登记',
        '鉴定',
        '报关',
        '运输',
        '接收',
      ]);
    }
  });

  it('adds the 青竹村 school donations up to 2200余万元', () => {
    const school = data.donations.filter((d) => d.input.purpose === '校舍建设');
    const total = school.reduce((sum, d) => sum + (d.input.cnyAmountMinor ?? 0), 0);
    expect(total).toBeGreaterThanOrEqual(2200_0000_00);
    expect(total).toBeLessThan(2300_0000_00);
    expect(activity('阅读培训').outcomes).toContainEqual({
      indicator: '农村学校',
      value: 390,
      unit: '所',
    });
  });

  it('has the 1+7+N studios with their honours', () => {
    expect(data.studios.map((s) => s.input.type)).toEqual([
      '专委会',
      '界别',
      '界别',
      '界别',
      '界别',
      '委员特色',
      '委员特色',
    ]);
    expect(data.studios.find((s) => s.input.name.startsWith('致公'))?.input.honors).toEqual([
      '全国杰出委员工作室',
    ]);
  });

  it('leaves the 2022 plans out', () => {
    for (const { input } of data.activities) {
      expect(input.startDate.year).toBeLessThanOrEqual(2021);
    }
  });
});
