/**
 * The reference data set of DESIGN.md §5, as form inputs the repositories accept: 300 members
 * (some written in traditional characters, with 其他写法), 20,000 activities with 200,000
 * participations in total, 20,000 donations (CNY, HKD and MOP, some goods), 30 campaigns and 50
 * studios. Deterministic for a seed: a seeded PRNG, fixed ids, no clock and no Math.random.
 */
import type { PartialDate } from '../domain/partialDate';
import {
  ACTIVITY_FORMS,
  ACTIVITY_TYPES,
  DONATION_PURPOSES,
  GOODS_STAGES,
  MEMBER_CATEGORIES,
  PARTICIPANT_ROLES,
  PROPOSAL_REPLY_GRADES,
  SATISFACTION_LEVELS,
  STUDIO_TYPES,
  type ActivityDraft,
  type ActivityType,
  type CampaignDraft,
  type DonationDraft,
  type MemberDraft,
  type StudioDraft,
} from '../domain/records';

export interface ReferenceCounts {
  members: number;
  activities: number;
  /** participations over all activities (10 per activity on average) */
  participations: number;
  donations: number;
  campaigns: number;
  studios: number;
}

export const REFERENCE_COUNTS: ReferenceCounts = {
  members: 300,
  activities: 20_000,
  participations: 200_000,
  donations: 20_000,
  campaigns: 30,
  studios: 50,
};

export interface Entry<T> {
  id: string;
  input: T;
}

export interface ReferenceSet {
  members: Entry<MemberDraft>[];
  studios: Entry<StudioDraft>[];
  campaigns: Entry<CampaignDraft>[];
  activities: Entry<ActivityDraft>[];
  donations: Entry<DonationDraft>[];
}

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰微昂美玲志国建家文辉斌宇浩凯俊峰';
/** Simplified → traditional for the characters above that differ. */
const TRADITIONAL: Record<string, string> = {
  陈: '陳',
  张: '張',
  黄: '黃',
  刘: '劉',
  郑: '鄭',
  杨: '楊',
  罗: '羅',
  许: '許',
  韩: '韓',
  冯: '馮',
  赵: '趙',
  吴: '吳',
  孙: '孫',
  马: '馬',
  郭: '郭',
  谢: '謝',
  邓: '鄧',
  萧: '蕭',
  董: '董',
  叶: '葉',
  苏: '蘇',
  吕: '呂',
  卢: '盧',
  伟: '偉',
  丽: '麗',
  强: '強',
  磊: '磊',
  军: '軍',
  艳: '艷',
  杰: '傑',
  涛: '濤',
  华: '華',
  兰: '蘭',
  玲: '玲',
  国: '國',
  建: '建',
  辉: '輝',
  凯: '凱',
  俊: '俊',
  峰: '峰',
};
/** Members every run has, so that the search queries find someone. */
const FIXED_MEMBERS = ['李微微', '陈美玲', '张伟', '黄志国', '刘家辉', '郑秀英'];

const PLACES = [
  '桂东县青竹村',
  '郴州市',
  '长沙市',
  '澳门特别行政区',
  '香港特别行政区',
  '汝城县',
  '株洲市炎陵县',
  '湘西州花垣县',
  '岳阳市平江县',
  '张家界市',
  '深圳市前海',
  '广州市南沙区',
];
const ACTIONS = [
  '开展乡村振兴专题调研',
  '参加港澳台侨委员座谈会',
  '视察侨务工作情况',
  '出席粤港澳大湾区合作论坛',
  '开展三进三助聚力行动',
  '调研新冠肺炎疫情防控工作',
  '参加委员工作室接待日活动',
  '考察台资企业发展情况',
  '开展助学助医送温暖活动',
  '参加APEC工商领导人对话会',
  '协商海外华侨华人联谊工作',
  '宣讲全国两会精神',
];
const UNITS = [
  '省政协港澳台侨和外事委员会',
  '省侨联',
  '省台办',
  '省外办',
  '郴州市政协',
  '省慈善总会',
  '省红十字会',
  '省教育基金会',
];
const WORKPLACES = [
  '香港中华总商会',
  '澳门中华教育会',
  '香港湖南联谊总会',
  '澳门湖南商会',
  '台湾同胞投资企业协会',
  '省归国华侨联合会',
  '美国湖南同乡会',
  '新加坡湖南商会',
];
const SECTORS = ['港澳', '台湾', '侨联', '经济', '教育', '医卫', '文化'];
const CAMPAIGN_NAMES = [
  '三进三助聚力行动',
  '新冠肺炎疫情防控',
  '青竹村乡村振兴',
  '光明行动',
  '助学圆梦',
  '助听行动',
  '校舍援建',
  '湘港澳青年交流',
];
const LEADERS = ['省政协副主席张大方', '省政协秘书长王建华', '专委会主任刘志强', '副主任陈光明'];
const COMPANIES = [
  '香港湘港实业有限公司',
  '澳门信和集团',
  '港澳委员和海外顾问团成员',
  '台资企业协会会员单位',
  '新加坡湘籍侨胞',
];
const GOODS = [
  ['医用口罩', '只'],
  ['防护服', '套'],
  ['助听器', '台'],
  ['课桌椅', '套'],
  ['图书', '册'],
  ['笔记本电脑', '台'],
  ['消毒液', '箱'],
] as const;
const BOOKS = ['《习近平谈治国理政》', '《人民政协理论与实践》', '《乡土中国》', '《澳门史》'];
const CURRENCY_RATES = { HKD: '0.9213', MOP: '0.8941' } as const;

/** An RFC 9562 version-4 UUID from the generator, so ids are valid and repeatable. */
function uuidFrom(random: () => number): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(random() * 16).toString(16);
  const variant = '89ab'[Math.floor(random() * 4)] ?? '8';
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function toTraditional(name: string): string {
  return Array.from(name, (ch) => TRADITIONAL[ch] ?? ch).join('');
}

/** Generates the whole set; ~1–2 s on our machines. */
export function generateReferenceSet(
  seed = 20_210_415,
  counts: ReferenceCounts = REFERENCE_COUNTS,
): ReferenceSet {
  const random = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const chance = (p: number): boolean => random() < p;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pickChar = (chars: string): string => chars[Math.floor(random() * chars.length)] ?? '李';
  const newId = (): string => uuidFrom(random);
  const date = (from = 2000, to = 2024): PartialDate => {
    const year = int(from, to);
    const precision = random();
    if (precision < 0.85) return { year, month: int(1, 12), day: int(1, 28) };
    if (precision < 0.95)
      return chance(0.3) ? { year, month: int(1, 12), note: '上旬' } : { year, month: int(1, 12) };
    return chance(0.3) ? { year, note: '底' } : { year };
  };
  const sameDayOrLater = (start: PartialDate): PartialDate | undefined => {
    if (start.day === undefined || start.month === undefined) return undefined;
    return { year: start.year, month: start.month, day: Math.min(28, start.day + int(0, 3)) };
  };

  const memberIds = Array.from({ length: counts.members }, newId);
  const studioIds = Array.from({ length: counts.studios }, newId);
  const campaignIds = Array.from({ length: counts.campaigns }, newId);

  // 委员
  const memberNames: string[] = [];
  const members: Entry<MemberDraft>[] = memberIds.map((id, i) => {
    const simplified =
      FIXED_MEMBERS[i] ??
      pickChar(SURNAMES) + pickChar(GIVEN) + (chance(0.7) ? pickChar(GIVEN) : '');
    const category = i < 6 ? (i % 2 === 0 ? '澳区委员' : '港区委员') : pick(MEMBER_CATEGORIES);
    const traditional = toTraditional(simplified);
    const hasTraditional = traditional !== simplified;
    // Hong Kong, Macao and Taiwan members are often recorded as they write their names.
    const writesTraditional =
      hasTraditional && ['港区委员', '澳区委员', '台胞'].includes(category) && chance(0.5);
    const name = writesTraditional ? traditional : simplified;
    const otherNames: string[] = [];
    if (hasTraditional) otherNames.push(writesTraditional ? simplified : traditional);
    if (chance(0.3)) otherNames.push(`Member ${i} ${pick(['Chan', 'Wong', 'Lee', 'Cheung'])}`);
    memberNames.push(name);
    const input: MemberDraft = {
      name,
      otherNames,
      category,
      sector: pick(SECTORS),
      term: pick(['第十一届', '第十二届', '第十三届']),
      location: pick(PLACES),
      workplace: pick(WORKPLACES),
      phone: chance(0.5)
        ? `1${int(3, 9)}${String(int(0, 999_999_999)).padStart(9, '0')}`
        : `+852 ${int(2000, 9999)} ${int(1000, 9999)}`,
      email: `member${i}@example.org`,
      studioIds: chance(0.2) ? [pick(studioIds)] : [],
      status: chance(0.85) ? '在任' : '离任',
      note: chance(0.2) ? `${pick(UNITS)}推荐，长期关注${pick(SECTORS)}领域。` : undefined,
    };
    return { id, input };
  });
  const memberName = (index: number): string => memberNames[index] ?? '李微微';

  // 委员工作室
  const studios: Entry<StudioDraft>[] = studioIds.map((id, i) => {
    const lead = int(0, counts.members - 1);
    const residents = new Set<string>();
    for (let k = int(2, 8); k > 0; k--) residents.add(memberIds[int(0, counts.members - 1)] ?? '');
    return {
      id,
      input: {
        name: `${memberName(lead)}委员工作室（${pick(PLACES)}）${i}`,
        type: pick(STUDIO_TYPES),
        sector: pick(SECTORS),
        foundedDate: date(2015, 2023),
        leaderIds: [memberIds[lead] ?? ''],
        memberIds: [...residents],
        onCloud: chance(0.6),
        honors: chance(0.2) ? ['全国杰出委员工作室'] : [],
        intro: `${pick(PLACES)}${pick(ACTIONS)}，${pick(UNITS)}指导。`,
      },
    };
  });

  // 专项
  const campaigns: Entry<CampaignDraft>[] = campaignIds.map((id, i) => {
    const start = { year: 2000 + int(0, 22), month: int(1, 12) };
    return {
      id,
      input: {
        name: `${pick(CAMPAIGN_NAMES)}（${2000 + i}）`,
        period: chance(0.7) ? { start, end: { year: start.year + int(0, 2) } } : { start },
        description: `${pick(UNITS)}牵头，${pick(ACTIONS)}，${pick(ACTIONS)}。`,
      },
    };
  });

  // 履职活动: participant counts in pairs 10±d, so that the total is exactly 10 per activity.
  const participantCounts: number[] = [];
  const mean = counts.participations / counts.activities;
  for (let i = 0; i < counts.activities; i += 2) {
    const d = int(-5, 5);
    participantCounts.push(Math.round(mean + d));
    if (i + 1 < counts.activities) participantCounts.push(Math.round(mean - d));
  }
  const activities: Entry<ActivityDraft>[] = [];
  for (let i = 0; i < counts.activities; i++) {
    const type: ActivityType = chance(0.3) ? pick(['会议', '调研']) : pick(ACTIVITY_TYPES);
    const startDate = date();
    const chosen = new Set<number>();
    const wanted = Math.min(counts.members, participantCounts[i] ?? 10);
    while (chosen.size < wanted) chosen.add(int(0, counts.members - 1));
    const participants = [...chosen].map((m) => {
      const attendance = chance(0.9) ? '出席' : chance(0.7) ? '请假' : '缺席';
      return {
        memberId: memberIds[m] ?? '',
        role: chance(0.8) ? '参加' : pick(PARTICIPANT_ROLES),
        attendance,
        ...(attendance === '请假' && chance(0.5) ? { approvedBy: '专委会主任刘志强' } : {}),
      } as const;
    });
    const first = memberName([...chosen][0] ?? 0);
    let summary = '';
    const summaryLength = int(60, 300);
    while (summary.length < summaryLength) {
      summary += `${pick(PLACES)}${pick(ACTIONS)}，${pick(UNITS)}${pick(DONATION_PURPOSES)}项目推进。`;
    }
    const inTimeline = chance(0.05);
    const input: ActivityDraft = {
      title: `${first}等委员赴${pick(PLACES)}${pick(ACTIONS)}`,
      type,
      startDate,
      endDate: type === '调研' || type === '考察' ? sameDayOrLater(startDate) : undefined,
      place: pick(PLACES),
      form: pick(ACTIVITY_FORMS),
      organizer: pick(UNITS),
      leaders: chance(0.4) ? [pick(LEADERS)] : [],
      participants,
      campaignId: chance(0.2) ? pick(campaignIds) : undefined,
      summary,
      outcomes: chance(0.1) ? [{ indicator: '签约项目', value: int(1, 60), unit: '个' }] : [],
      inTimeline,
      timelineSummary: inTimeline ? `${first}等委员${pick(ACTIONS)}` : undefined,
      tags: chance(0.3) ? [pick(SECTORS)] : [],
    };
    if (type === '提案') {
      input.proposal = {
        number: `提案第${startDate.year}${String(i % 10_000).padStart(4, '0')}号`,
        cause: `关于${pick(ACTIONS)}的提案`,
        leadMemberIds: [memberIds[[...chosen][0] ?? 0] ?? ''],
        filed: chance(0.8),
        hostUnits: [pick(UNITS)],
        reply: pick(PROPOSAL_REPLY_GRADES),
        satisfaction: pick(SATISFACTION_LEVELS),
      };
    } else if (type === '建议' || type === '社情民意') {
      input.suggestion = { adopted: chance(0.5) };
    } else if (type === '值班' || type === '接待') {
      input.duty = { studioId: pick(studioIds), messageCount: int(0, 40), viewCount: int(0, 500) };
    } else if (type === '读书') {
      input.reading = { books: [pick(BOOKS)] };
    } else if (type === '调研' || type === '视察' || type === '考察') {
      input.research = { leadLeader: pick(LEADERS), report: `${pick(PLACES)}调研报告` };
    }
    activities.push({ id: newId(), input });
  }

  // 捐赠
  const donations: Entry<DonationDraft>[] = [];
  for (let i = 0; i < counts.donations; i++) {
    const goods = chance(0.2);
    const when = date();
    const donors: DonationDraft['donors'] = [];
    for (let k = chance(0.8) ? 1 : int(2, 3); k > 0; k--) {
      donors.push(
        chance(0.75)
          ? { type: '委员', memberId: memberIds[int(0, counts.members - 1)] ?? '' }
          : { type: '其他', name: pick(COMPANIES), group: chance(0.2) },
      );
    }
    // Distinct member donors only.
    const seen = new Set<string>();
    const uniqueDonors = donors.filter((d) => {
      const key = d.type === '委员' ? d.memberId : `其他:${d.name}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const currency: 'CNY' | 'HKD' | 'MOP' = chance(0.6) ? 'CNY' : chance(0.6) ? 'HKD' : 'MOP';
    const amountMinor = int(1, 5000) * 100_00;
    const money =
      currency === 'CNY'
        ? { amount: { amountMinor, currency }, rate: '1', cnyAmountMinor: amountMinor }
        : {
            amount: { amountMinor, currency },
            rate: CURRENCY_RATES[currency],
            cnyAmountMinor: Math.round(amountMinor * Number(CURRENCY_RATES[currency])),
          };
    const year = when.year;
    const inTimeline = chance(0.03);
    const input: DonationDraft = {
      kind: goods ? '物资' : '资金',
      donors: uniqueDonors,
      ...(goods ? (chance(0.5) ? money : {}) : money),
      recipient: pick(PLACES) + pick(['中心小学', '人民医院', '村委会', '慈善总会']),
      receiptIssuer: pick(UNITS),
      direction: chance(0.7) ? '定向' : '非定向',
      purpose: pick(DONATION_PURPOSES),
      campaignId: chance(0.4) ? pick(campaignIds) : undefined,
      date: when,
      receiptNo: `${year}-${String(i % 10_000).padStart(4, '0')}`,
      certificateNo: chance(0.5) ? `YX${year}${String(i).padStart(5, '0')}` : undefined,
      acknowledgement: chance(0.3) ? '已致感谢信' : undefined,
      confidential: chance(0.05),
      inTimeline,
      timelineSummary: inTimeline
        ? `${pick(COMPANIES)}捐赠${pick(DONATION_PURPOSES)}款物`
        : undefined,
      note: chance(0.2) ? `经${pick(UNITS)}转交` : undefined,
    };
    if (goods) {
      input.items = Array.from({ length: int(1, 3) }, () => {
        const [name, unit] = pick(GOODS);
        return {
          name,
          quantity: int(1, 5000),
          unit,
          ...(chance(0.5) ? { value: { amountMinor: int(1, 1000) * 100_00, currency } } : {}),
        };
      });
      let stage = -1;
      const stages: NonNullable<DonationDraft['stages']> = [];
      while (stage < GOODS_STAGES.length - 1 && chance(0.7)) {
        stage = int(stage + 1, Math.min(GOODS_STAGES.length - 1, stage + 2));
        const name = GOODS_STAGES[stage];
        if (name) stages.push({ stage: name });
      }
      input.stages = stages;
    }
    donations.push({ id: newId(), input });
  }

  return { members, studios, campaigns, activities, donations };
}

/** Participations over all activities (for the report). */
export function countParticipations(set: ReferenceSet): number {
  return set.activities.reduce((sum, a) => sum + (a.input.participants?.length ?? 0), 0);
}
