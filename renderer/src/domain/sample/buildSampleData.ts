/**
 * 示例数据: the committee's work as told in the seed report (省政协港澳台侨和外事委员会履职
 * 工作报告，陈昂昂), for demonstrations and first runs.
 *
 * Every dated event of the report is here with the precision the report gives (2021年初 is the
 * year 2021 with the note 初, 2018年9月 is a month, 2019年 a year). Named people keep only what the
 * report says of them; every invented member says so in 备注 (“示例数据（虚构）”), and invented
 * dates, amounts and counts say so in their text.
 *
 * Pure and deterministic: ids come from counters, so building twice gives the same records.
 */
import { convertToCny, type Money, type RateEntry } from '../money';
import { type CurrencyCode } from '../currencies';
import { type PartialDate, type PartialDateNote } from '../partialDate';
import {
  validateInput,
  type ActivityDraft,
  type CampaignDraft,
  type DonationDraft,
  type InputByKind,
  type MemberCategory,
  type MemberDraft,
  type Participant,
  type ParticipantRole,
  type RecordKind,
  type StudioDraft,
} from '../records';

/** One sample record: its fixed id and its input, valid under its kind's input schema. */
export interface SampleRecord<K extends RecordKind> {
  id: string;
  input: InputByKind[K];
}

export interface SampleData {
  members: SampleRecord<'member'>[];
  studios: SampleRecord<'studio'>[];
  campaigns: SampleRecord<'campaign'>[];
  activities: SampleRecord<'activity'>[];
  donations: SampleRecord<'donation'>[];
}

/** What every invented member carries in 备注. */
export const SAMPLE_NOTE = '示例数据（虚构）';

/** The committee, 主办单位 of most activities. */
export const COMMITTEE = '省政协港澳台侨和外事委员会';

/** The group donor the report names. */
export const HK_MACAO_GROUP = '港澳委员和海外顾问团成员';

const KIND_CODE: Readonly<Record<RecordKind, number>> = {
  member: 1,
  studio: 2,
  campaign: 3,
  activity: 4,
  donation: 5,
};

/**
 * The fixed id of the n-th sample record of a kind (n from 1), shaped as a UUID v4:
 * `5a3d1001-0000-4000-8000-000000000001` is the first member.
 */
export function sampleId(kind: RecordKind, n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 0xffffffffffff) throw new RangeError(`序号无效：${n}`);
  return `5a3d100${KIND_CODE[kind]}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Whether an id is one {@link sampleId} gives. */
export function isSampleId(id: string): boolean {
  return /^5a3d100[1-5]-0000-4000-8000-[0-9a-f]{12}$/.test(id);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function date(year: number, month?: number, day?: number): PartialDate {
  const d: PartialDate = { year };
  if (month !== undefined) d.month = month;
  if (day !== undefined) d.day = day;
  return d;
}

function yearNote(year: number, note: PartialDateNote): PartialDate {
  return { year, note };
}

function cny(yuan: number): Money {
  return { amountMinor: Math.round(yuan * 100), currency: 'CNY' };
}

function money(major: number, currency: CurrencyCode): Money {
  return { amountMinor: Math.round(major * 100), currency };
}

/** 金额, 汇率 and 折合人民币 of an amount, converted exactly. */
function amountFields(
  amount: Money,
  rate = '1',
): { amount: Money; rate: string; cnyAmountMinor: number } {
  return { amount, rate, cnyAmountMinor: convertToCny(amount, rate).amountMinor };
}

// ---------------------------------------------------------------------------------------------
// Exchange rates used (CNY per unit, around the donation dates; 示例汇率)

/** 2020年初 rates of the epidemic donations. */
export const RATES_2020 = { HKD: '0.8976', MOP: '0.8715' } as const;
/** 2019 rates of the 青竹村 school donations. */
export const RATES_2019 = { HKD: '0.8780', MOP: '0.8524' } as const;

/**
 * The same rates as 设置 → 汇率 holds them, from the first day of their year: loaded with the
 * sample, so that a donation in 港币 or 澳门币 can be tried at once, as the sample's were made.
 */
export const SAMPLE_RATE_TABLE: readonly RateEntry[] = [2019, 2020].flatMap((year) =>
  (['HKD', 'MOP'] as const).map((currency) => ({
    currency,
    from: `${year}-01-01`,
    rate: (year === 2019 ? RATES_2019 : RATES_2020)[currency],
  })),
);

// ---------------------------------------------------------------------------------------------
// Members

interface MemberSeed {
  name: string;
  otherNames?: string[];
  category?: MemberCategory;
  sector?: string;
  location?: string;
  workplace?: string;
  phone?: string;
  email?: string;
  note: string;
}

const TERM = '省政协第十二届';
const NAMED_NOTE = '姓名及所述事迹出自专委会工作报告；其余信息待补充（示例）。';

function invented(
  name: string,
  category: MemberCategory,
  extra: Omit<MemberSeed, 'name' | 'category' | 'note'> = {},
): MemberSeed {
  return { name, category, ...extra, note: SAMPLE_NOTE };
}

const HK = (name: string, extra: Omit<MemberSeed, 'name' | 'category' | 'note'> = {}) =>
  invented(name, '港区委员', { location: '香港', ...extra });
const MO = (name: string, extra: Omit<MemberSeed, 'name' | 'category' | 'note'> = {}) =>
  invented(name, '澳区委员', { location: '澳门', ...extra });

/** 22 invented 港区委员. */
const HK_MEMBERS: MemberSeed[] = [
  HK('陈美玲', {
    otherNames: ['陳美玲', 'Chan Mei Ling'],
    workplace: '香港某贸易有限公司董事长（示例）',
    phone: '+852 9123 4567',
    email: 'meiling.chan@example.com',
  }),
  HK('张国华', {
    otherNames: ['張國華', 'Cheung Kwok Wah'],
    workplace: '香港某投资集团主席（示例）',
    phone: '+852 9234 5678',
  }),
  HK('李志强', { otherNames: ['李志強'] }),
  HK('黄家豪', { otherNames: ['黃家豪', 'Wong Ka Ho'], workplace: '香港某医疗器械公司（示例）' }),
  HK('梁永康', { workplace: '香港某地产发展公司（示例）' }),
  HK('何嘉欣'),
  HK('林子健'),
  HK('吴伟文', { otherNames: ['吳偉文'] }),
  HK('郑德明', { otherNames: ['鄭德明'] }),
  HK('刘嘉颖', { otherNames: ['劉嘉穎'] }),
  HK('周志恒'),
  HK('谭伟雄', { otherNames: ['譚偉雄'] }),
  HK('冯家俊', { otherNames: ['馮家俊'] }),
  HK('邓丽珊', { otherNames: ['鄧麗珊'] }),
  HK('叶振邦', { otherNames: ['葉振邦'] }),
  HK('罗少华', { otherNames: ['羅少華'] }),
  HK('麦健聪', { otherNames: ['麥健聰'] }),
  HK('苏婉婷', { otherNames: ['蘇婉婷'] }),
  HK('胡文杰', { otherNames: ['胡文傑'] }),
  HK('曾国强', { otherNames: ['曾國強'] }),
  HK('杨思敏', { otherNames: ['楊思敏'] }),
  HK('袁振宇'),
];

/** 11 invented 澳区委员. */
const MO_MEMBERS: MemberSeed[] = [
  MO('区志明', {
    otherNames: ['區志明', 'Au Chi Meng'],
    workplace: '澳门某建筑工程公司（示例）',
    phone: '+853 6612 3456',
  }),
  MO('黄颖芝', { otherNames: ['黃穎芝'] }),
  MO('陈浩文', { otherNames: ['陳浩文'] }),
  MO('欧阳振华', { otherNames: ['歐陽振華'] }),
  MO('李敏仪', { otherNames: ['李敏儀'] }),
  MO('郭俊杰', { otherNames: ['郭俊傑'] }),
  MO('卢嘉诚', { otherNames: ['盧嘉誠'] }),
  MO('高静雯', { otherNames: ['高靜雯'] }),
  MO('杜文彬'),
  MO('萧玉莲', { otherNames: ['蕭玉蓮'] }),
  MO('潘志远', { otherNames: ['潘志遠'] }),
];

/** People the report names, with only what it says of them. */
const NAMED_MEMBERS: MemberSeed[] = [
  {
    name: '刘良',
    otherNames: ['劉良'],
    category: '澳区委员',
    location: '澳门',
    workplace: '澳门科技大学校长，中国工程院院士',
    note: NAMED_NOTE,
  },
  { name: '张建伟', category: '海外顾问', note: `湖南发展海外顾问团成员。${NAMED_NOTE}` },
  {
    name: '傅晓岚',
    otherNames: ['傅曉嵐', 'Xiaolan Fu'],
    category: '海外顾问',
    note: `湖南发展海外顾问团成员。${NAMED_NOTE}`,
  },
  { name: '戴煜', category: '其他', note: `戴煜政协委员工作室负责委员。${NAMED_NOTE}` },
];

const OTHER_MEMBERS: MemberSeed[] = [
  invented('王立新', '海外顾问', { location: '美国' }),
  invented('陈思远', '海外顾问', { otherNames: ['陳思遠', 'Chen Siyuan'], location: '英国' }),
  invented('赵明德', '海外顾问', { otherNames: ['趙明德'], location: '德国' }),
  invented('方丽华', '侨界', { otherNames: ['方麗華'], sector: '侨联', location: '长沙' }),
  invented('邱少雄', '侨界', { sector: '侨联', location: '长沙' }),
  invented('钟启明', '侨界', { otherNames: ['鍾啟明'], sector: '侨联', location: '株洲' }),
  invented('温雅琴', '侨界', { sector: '侨联', location: '衡阳' }),
  invented('许志明', '台胞', { otherNames: ['許志明'], sector: '台联', location: '长沙' }),
  invented('蔡佩君', '台胞', { sector: '台联', location: '岳阳' }),
  invented('杨建国', '其他', { sector: '民革', location: '长沙', email: 'yjg@example.org' }),
  invented('龙海燕', '其他', { sector: '民革', location: '湘西州' }),
  invented('彭立群', '其他', { sector: '致公党', location: '长沙' }),
  invented('卢晓光', '其他', { otherNames: ['盧曉光'], sector: '致公党', location: '常德' }),
  invented('易建华', '其他', { sector: '科技界', location: '长沙' }),
  invented('谢文斌', '其他', { sector: '经济界', location: '长沙' }),
  invented('蒋丽君', '其他', { sector: '经济界', location: '长沙' }),
];

const MEMBER_SEEDS: MemberSeed[] = [
  ...HK_MEMBERS,
  ...MO_MEMBERS,
  ...NAMED_MEMBERS,
  ...OTHER_MEMBERS,
];

// ---------------------------------------------------------------------------------------------
// Building

function ok<K extends RecordKind>(kind: K, id: string, draft: unknown): SampleRecord<K> {
  const result = validateInput(kind, draft);
  if (!result.ok) {
    throw new Error(
      `示例数据无效（${kind} ${id}）：${result.issues.map((i) => i.message).join('；')}`,
    );
  }
  return { id, input: result.value };
}

/** Builds the sample records; the same call always gives the same ids and content. */
export function buildSampleData(): SampleData {
  const memberIds = new Map<string, string>();
  MEMBER_SEEDS.forEach((seed, i) => {
    if (memberIds.has(seed.name)) throw new Error(`示例委员重名：${seed.name}`);
    memberIds.set(seed.name, sampleId('member', i + 1));
  });
  const m = (name: string): string => {
    const id = memberIds.get(name);
    if (id === undefined) throw new Error(`示例数据中没有委员“${name}”`);
    return id;
  };
  const names = (seeds: readonly MemberSeed[]): string[] => seeds.map((s) => s.name);
  const part = (
    name: string,
    role: ParticipantRole = '参加',
    attendance: Participant['attendance'] = '出席',
    approvedBy?: string,
  ): Participant => {
    const p: Participant = { memberId: m(name), role, attendance };
    if (approvedBy !== undefined) p.approvedBy = approvedBy;
    return p;
  };
  const parts = (list: readonly string[], role: ParticipantRole = '参加'): Participant[] =>
    list.map((name) => part(name, role));

  // --- 专项 ---
  const campaignDrafts: CampaignDraft[] = [
    {
      name: '三进三助聚力行动',
      period: { start: date(2018, 5) },
      description:
        '2018年以来，专委会以“对接大湾区、共推新发展”为主题深入开展“三进三助”聚力行动，组织港澳委员深入湖南各地，助力脱贫攻坚与乡村振兴有效衔接。',
    },
    {
      name: '新冠肺炎疫情防控',
      period: { start: date(2020, 1), end: date(2020) },
      description:
        '2020年，新冠肺炎疫情爆发后，港澳委员和海外顾问团成员及海外侨胞心系人民、守望相助，累计捐款910万元，捐赠医用物资价值超过5200万元人民币，提供海外采购信息100余条。',
    },
    {
      name: '青竹村乡村振兴',
      period: { start: date(2018) },
      description:
        '港澳委员多次深入桂东县青竹村，支持村民发展精品民宿、旅游康养、体验农业等新业态，开展助听、光明、助学、义务植树等帮扶行动，捐建学校、村卫生室、村民道德讲堂、乡村振兴数字化平台，倾力将青竹村打造成乡村振兴示范点。',
    },
    {
      name: '对接粤港澳大湾区产业融合发展',
      period: { start: yearNote(2018, '底'), end: date(2019) },
      description:
        '2018年底，粤港澳大湾区和湘南湘西承接产业转移示范区两个国家级战略规划相继出台。专委会抢抓契机，组织开展“推进湘南湘西承接产业转移示范区对接粤港澳大湾区产业融合发展”重点调研和高峰论坛系列活动。',
    },
    {
      name: '湘港澳科教合作',
      period: { start: date(2018) },
      description:
        '持续组织开展湘港澳科教代表团互访交流，促成刘良院士工作站等一批合作成果落户湖南；连续4年紧扣建设“湖南粤港澳科创产业园”开展重点提案督办。',
    },
  ];
  const campaigns = campaignDrafts.map((draft, i) =>
    ok('campaign', sampleId('campaign', i + 1), draft),
  );
  const c = (name: string): string => {
    const found = campaigns.find((r) => r.input.name === name);
    if (!found) throw new Error(`示例数据中没有专项“${name}”`);
    return found.id;
  };
  const THREE = c('三进三助聚力行动');
  const COVID = c('新冠肺炎疫情防控');
  const QINGZHU = c('青竹村乡村振兴');
  const BAY = c('对接粤港澳大湾区产业融合发展');
  const SCIENCE = c('湘港澳科教合作');

  // --- 委员工作室 (the “1+7+N” matrix) ---
  const hkMacao = [...names(HK_MEMBERS), ...names(MO_MEMBERS), '刘良'];
  const studioSeeds: {
    draft: Omit<StudioDraft, 'leaderIds' | 'memberIds'>;
    leaders: string[];
    members: string[];
  }[] = [
    {
      draft: {
        name: '省政协港澳台侨和外事委员会联动工作室',
        type: '专委会',
        foundedDate: date(2021, 4, 15),
        onCloud: true,
        intro:
          '“政协委员联动工作室”，设于桂东县青竹村，2021年4月15日揭牌。组织省市县三级政协委员联动网上值班，开展“宣讲进乡村 为民办实事”等活动。',
      },
      leaders: ['陈美玲'],
      members: hkMacao,
    },
    {
      draft: {
        name: '民革界别委员工作室',
        type: '界别',
        sector: '民革',
        onCloud: true,
        intro: '打造“民情直通车”，30多场群众接待日活动助推100多件民生问题解决。',
      },
      leaders: ['杨建国'],
      members: ['杨建国', '龙海燕'],
    },
    {
      draft: {
        name: '致公界别委员工作室',
        type: '界别',
        sector: '致公党',
        onCloud: true,
        honors: ['全国杰出委员工作室'],
        intro:
          '省内首个线上民主党派界别四级政协委员工作室，成为民声“扩音器”、民意“转化器”、问题解决的“推进器”。',
      },
      leaders: ['彭立群'],
      members: ['彭立群', '卢晓光'],
    },
    {
      draft: {
        name: '台联界别委员工作室',
        type: '界别',
        sector: '台联',
        onCloud: true,
        intro: '积极开展读书、值班等活动。',
      },
      leaders: ['许志明'],
      members: ['许志明', '蔡佩君'],
    },
    {
      draft: {
        name: '侨联界别委员工作室',
        type: '界别',
        sector: '侨联',
        onCloud: true,
        intro: '积极开展读书、值班等活动。',
      },
      leaders: ['方丽华'],
      members: ['方丽华', '邱少雄', '钟启明', '温雅琴'],
    },
    {
      draft: {
        name: '戴煜政协委员工作室',
        type: '委员特色',
        onCloud: true,
        intro:
          '以助推湘港澳科教合作、服务科技人才为目标，与香港城市大学签订专家工作站建设协议，是省政协助力湖南对接融入粤港澳大湾区的又一实质性成果。',
      },
      leaders: ['戴煜'],
      members: ['戴煜', '易建华'],
    },
    {
      draft: {
        name: '公共资源交易协商监督委员工作室',
        type: '委员特色',
        onCloud: true,
        intro:
          '聚焦国家治理能力和治理体系建设以及公共资源交易公平公正，为业界群众搭建反映诉求、知情明政、协商交流的平台，开展“微建议”“微协商”“微监督”。',
      },
      leaders: ['谢文斌'],
      members: ['谢文斌', '蒋丽君'],
    },
  ];
  const studios = studioSeeds.map((seed, i) =>
    ok('studio', sampleId('studio', i + 1), {
      ...seed.draft,
      leaderIds: seed.leaders.map(m),
      memberIds: seed.members.map(m),
    }),
  );
  const s = (name: string): string => {
    const found = studios.find((r) => r.input.name === name);
    if (!found) throw new Error(`示例数据中没有工作室“${name}”`);
    return found.id;
  };
  const LINKED_STUDIO = s('省政协港澳台侨和外事委员会联动工作室');

  // --- 委员 ---
  const studioIdsOf = (name: string): string[] =>
    studios.filter((st) => st.input.memberIds.includes(m(name))).map((st) => st.id);
  const members = MEMBER_SEEDS.map((seed) => {
    const draft: MemberDraft = {
      name: seed.name,
      otherNames: seed.otherNames ?? [],
      category: seed.category,
      sector: seed.sector,
      term: seed.category === '海外顾问' ? undefined : TERM,
      location: seed.location,
      workplace: seed.workplace,
      phone: seed.phone,
      email: seed.email,
      studioIds: studioIdsOf(seed.name),
      status: '在任',
      note: seed.note,
    };
    return ok('member', m(seed.name), withoutUndefined(draft));
  });

  // --- 履职活动 ---
  const hk = names(HK_MEMBERS);
  const mo = names(MO_MEMBERS);
  // 郴州行: 31 港澳委员出席; two more invented members 请假.
  const chenzhouAbsent = ['袁振宇', '潘志远'];
  const chenzhouPresent = [...hk, ...mo].filter((n) => !chenzhouAbsent.includes(n));

  const activityDrafts: ActivityDraft[] = [
    {
      title: '省政协港澳委员“三进三助”聚力行动郴州行',
      type: '考察',
      startDate: date(2018, 5, 29),
      endDate: date(2018, 6, 1),
      place: '郴州市',
      form: '线下',
      organizer: COMMITTEE,
      leaders: ['省政协主席李微微', '省政协副主席胡旭晟', '省政协秘书长卿浙伟'],
      participants: [
        ...chenzhouPresent.map((n) => part(n, n === '陈美玲' || n === '区志明' ? '发言' : '参加')),
        ...chenzhouAbsent.map((n) => part(n, '参加', '请假', '专委会办公室')),
      ],
      campaignId: THREE,
      summary:
        '2018年5月29日至6月1日，31名省政协港澳委员齐聚郴州，参加由省政协港澳台侨和外事委员会主办的省政协港澳委员“三进三助”聚力行动郴州行活动。（参加委员名单为示例数据）',
      outcomes: [{ indicator: '参加港澳委员', value: 31, unit: '名' }],
      inTimeline: true,
      timelineSummary:
        '31名省政协港澳委员齐聚郴州，参加由省政协港澳台侨和外事委员会主办、为期4天的省政协港澳委员“三进三助”聚力行动郴州行活动。省政协主席李微微，省政协副主席胡旭晟、省政协秘书长卿浙伟等出席。',
      tags: ['三进三助', '郴州'],
    },
    {
      title: '港澳委员和海外顾问回湘专题调研',
      type: '调研',
      startDate: date(2018, 9),
      organizer: COMMITTEE,
      participants: [
        ...parts(['张建伟', '傅晓岚', '王立新', '陈思远', '赵明德']),
        ...parts(['张国华', '黄家豪', '区志明']),
      ],
      summary: '2018年9月，在中美贸易摩擦之初，专委会组织港澳委员和海外顾问回湘专题调研。',
      tags: ['海外顾问团', '中美贸易摩擦'],
    },
    {
      title: '“国际经贸情势与应对”圆桌对话会',
      type: '会议',
      startDate: date(2018, 9),
      form: '线下',
      organizer: COMMITTEE,
      leaders: ['省政协主席李微微', '省政府副省长何报翔', '省政协领导赖明勇', '胡旭晟', '袁新华'],
      participants: [
        part('傅晓岚', '发言'),
        part('张建伟', '发言'),
        ...parts(['王立新', '陈思远', '赵明德', '张国华', '黄家豪', '区志明']),
      ],
      summary:
        '湖南发展海外顾问团首次圆桌对话会。充分发挥海外顾问高端智库作用，围绕国际经贸形势变化与应对建言献策。',
      inTimeline: true,
      timelineSummary:
        '湖南发展海外顾问团成员回湘履职，参加“国际经贸情势与应对”首次圆桌对话会。省政协主席李微微，省政府副省长何报翔、省政协领导赖明勇、胡旭晟、袁新华等出席。',
      tags: ['海外顾问团', '圆桌对话会'],
    },
    {
      title: '关于设立全球开放科研基金的建议',
      type: '建议',
      startDate: date(2018, 9),
      organizer: COMMITTEE,
      participants: [part('傅晓岚', '书面发言')],
      summary: '傅晓岚顾问在“国际经贸情势与应对”圆桌对话会期间提出“设立全球开放科研基金”的建议。',
      suggestion: {
        adopted: true,
        instruction:
          '被《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》采纳。',
        instructionLevel: '中央',
      },
      tags: ['海外顾问团', '十四五规划'],
    },
    {
      title: '“推进湘南湘西承接产业转移示范区对接粤港澳大湾区产业融合发展”重点调研',
      type: '调研',
      startDate: date(2019),
      organizer: COMMITTEE,
      participants: parts(['张国华', '梁永康', '李志强', '区志明', '陈浩文', '王立新']),
      campaignId: BAY,
      summary:
        '2018年底两个国家级战略规划相继出台后，专委会组织开展重点调研，助推湘南湘西承接产业转移示范区对接粤港澳大湾区。',
      research: { report: '推进湘南湘西承接产业转移示范区对接粤港澳大湾区产业融合发展调研报告' },
      tags: ['产业转移', '粤港澳大湾区'],
    },
    {
      title: '对接粤港澳大湾区产业融合发展高峰论坛',
      type: '论坛',
      startDate: date(2019),
      form: '线下',
      organizer: COMMITTEE,
      participants: [
        part('张国华', '发言'),
        part('区志明', '发言'),
        ...parts(['梁永康', '李志强', '陈浩文', '林子健', '郑德明', '黄颖芝']),
      ],
      campaignId: BAY,
      summary:
        '重点调研和高峰论坛系列活动，600多位嘉宾参会。同期由省商务厅、省贸促会和邵阳市政府举办的项目推介洽谈会，现场签约60个省级项目，投资总额超过325亿元。',
      outcomes: [
        { indicator: '嘉宾', value: 600, unit: '人' },
        { indicator: '签约项目', value: 60, unit: '个' },
        { indicator: '投资总额', value: 325, unit: '亿元' },
      ],
      inTimeline: true,
      timelineSummary:
        '组织“推进湘南湘西承接产业转移示范区对接粤港澳大湾区产业融合发展”重点调研和高峰论坛系列活动，600多位嘉宾参会。同期由省商务厅、省贸促会和邵阳市政府举办的项目推介洽谈会，现场签约60个省级项目，投资总额超过325亿元，探索了政协资源与政府优势互补的工作新模式。',
      tags: ['产业转移', '粤港澳大湾区'],
    },
    {
      title: '关于协调推进防治疫情与经济发展的建议',
      type: '建议',
      startDate: date(2020),
      organizer: COMMITTEE,
      participants: [part('张建伟', '书面发言')],
      campaignId: COVID,
      summary: '海外顾问张建伟提交协调推进防治疫情与经济发展的建议。',
      suggestion: {
        adopted: true,
        instruction: '得到时任省委书记的高度肯定，并指示运用于疫情防控和复工复产工作。',
        instructionLevel: '省级',
      },
      tags: ['海外顾问团', '复工复产'],
    },
    {
      title: '发布防控医用物资捐赠指南，建立物资鉴定、报关、运输工作群',
      type: '其他',
      startDate: date(2020),
      form: '线上线下',
      organizer: COMMITTEE,
      campaignId: COVID,
      summary:
        '省政协第一时间发出倡议，号召各界爱心人士积极投身疫情防控阻击战。专委会工作人员24小时值守，发布防控医用物资捐赠指南，建立物资鉴定、报关、运输三个工作群，确保捐赠物资合格、渠道畅通、工作高效。',
      outcomes: [
        { indicator: '工作群', value: 3, unit: '个' },
        { indicator: '海外采购信息', value: 100, unit: '条' },
      ],
      tags: ['疫情防控', '捐赠指南'],
    },
    {
      title: '港澳委员和海外顾问团成员及海外侨胞捐款捐物支援疫情防控',
      type: '其他',
      startDate: date(2020),
      organizer: COMMITTEE,
      participants: parts(['张国华', '陈美玲', '黄家豪', '区志明', '方丽华']),
      campaignId: COVID,
      summary:
        '港澳委员和海外顾问团成员及海外侨胞心系人民、守望相助，累计捐款910万元，捐赠医用物资价值超过5200万元人民币，有效缓解了我省防疫初期医用物资紧缺的局面。（逐笔捐赠见捐赠台账，拆分为示例）',
      outcomes: [
        { indicator: '累计捐款', value: 910, unit: '万元' },
        { indicator: '医用物资价值', value: 5200, unit: '万元' },
        { indicator: '海外采购信息', value: 100, unit: '条' },
      ],
      inTimeline: true,
      timelineSummary:
        '新冠肺炎疫情爆发后，港澳委员和海外顾问团成员及海外侨胞心系人民、守望相助，累计捐款910万元，捐赠医用物资价值超过5200万元人民币，有效缓解了我省防疫初期医用物资紧缺的局面。',
      tags: ['疫情防控', '捐赠'],
    },
    {
      title: '港澳委员赴桂东县青竹村开展助学帮扶',
      type: '帮扶',
      startDate: date(2018),
      place: '桂东县青竹村',
      organizer: COMMITTEE,
      participants: parts(['张国华', '梁永康', '何嘉欣', '黄颖芝']),
      campaignId: QINGZHU,
      summary: '“三进三助”聚力行动走进桂东县青竹村，开展助学帮扶。（日期与参加委员为示例）',
      tags: ['三进三助', '助学'],
    },
    {
      title: '青竹村“助听行动”',
      type: '帮扶',
      startDate: date(2019),
      place: '桂东县青竹村',
      organizer: COMMITTEE,
      participants: parts(['何嘉欣', '刘嘉颖', '高静雯']),
      campaignId: QINGZHU,
      summary: '为听力障碍村民捐赠并验配助听器。（日期与参加委员为示例）',
      tags: ['助听'],
    },
    {
      title: '青竹村“光明行动”',
      type: '帮扶',
      startDate: date(2019),
      place: '桂东县青竹村',
      organizer: COMMITTEE,
      participants: parts(['黄家豪', '邓丽珊', '李敏仪']),
      campaignId: QINGZHU,
      summary: '为白内障等眼疾村民提供筛查与复明帮扶。（日期与参加委员为示例）',
      tags: ['光明'],
    },
    {
      title: '青竹村义务植树',
      type: '帮扶',
      startDate: date(2019),
      place: '桂东县青竹村',
      organizer: COMMITTEE,
      participants: parts(['周志恒', '叶振邦', '罗少华', '卢嘉诚', '杜文彬']),
      campaignId: QINGZHU,
      summary: '港澳委员在青竹村开展义务植树。（日期与参加委员为示例）',
      tags: ['义务植树'],
    },
    {
      title: '港澳委员深入桂东县青竹村开展“三进三助”聚力行动',
      type: '帮扶',
      startDate: date(2019),
      place: '桂东县青竹村',
      organizer: COMMITTEE,
      leaders: ['省政协副主席贺安杰'],
      participants: parts(['陈美玲', '张国华', '梁永康', '区志明', '黄颖芝', '欧阳振华']),
      campaignId: QINGZHU,
      summary:
        '以“对接大湾区、共推新发展”为主题，组织委员深入桂东县青竹村开展“三进三助”聚力行动，支持村民发展精品民宿、旅游康养、体验农业等新业态。省政协副主席贺安杰等出席。（日期为示例）',
      tags: ['三进三助', '乡村振兴'],
    },
    {
      title: '为农村学校建立阅读培训项目',
      type: '帮扶',
      startDate: date(2018),
      endDate: date(2021),
      organizer: COMMITTEE,
      participants: parts(['陈美玲', '苏婉婷', '萧玉莲']),
      campaignId: QINGZHU,
      summary: '为390余所农村学校建立了阅读培训项目。',
      outcomes: [{ indicator: '农村学校', value: 390, unit: '所' }],
      tags: ['助学', '阅读'],
    },
    {
      title: '省政协港澳台侨和外事委员会联动工作室揭牌暨“万户帮扶”系列活动',
      type: '帮扶',
      startDate: date(2021, 4, 15),
      place: '桂东县青竹村',
      form: '线下',
      organizer: COMMITTEE,
      leaders: ['省政协副主席张大方'],
      participants: [
        part('陈美玲', '发言'),
        ...parts(['张国华', '李志强', '梁永康', '区志明', '黄颖芝', '郭俊杰']),
      ],
      campaignId: QINGZHU,
      summary:
        '省市县三级政协委员深入桂东县青竹村，为省政协港澳台侨和外事委员会联动工作室揭牌，并开展“万户帮扶”等系列活动。',
      inTimeline: true,
      timelineSummary:
        '4月15日，省政协副主席张大方率省市县三级政协委员深入桂东县青竹村，为省政协港澳台侨和外事委员会联动工作室揭牌，并开展“万户帮扶”等系列活动，助推乡村振兴。',
      tags: ['工作室揭牌', '万户帮扶'],
    },
    {
      title: '“宣讲进乡村 为民办实事”活动',
      type: '宣讲',
      startDate: date(2021),
      place: '桂东县青竹村',
      organizer: COMMITTEE,
      participants: parts(['李志强', '吴伟文', '陈浩文']),
      campaignId: QINGZHU,
      summary: '依托政协委员联动工作室开展“宣讲进乡村 为民办实事”活动。（参加委员为示例）',
      tags: ['宣讲'],
    },
    {
      title: '制定《“发挥界别优势 联系服务群众”活动工作方案》',
      type: '其他',
      startDate: yearNote(2021, '初'),
      organizer: COMMITTEE,
      summary:
        '按照省政协统一部署，专委会率先制定《“发挥界别优势 联系服务群众”活动工作方案》，设立7个界别活动工作组，大力推进界别委员工作室建设。',
      outcomes: [{ indicator: '界别活动工作组', value: 7, unit: '个' }],
      inTimeline: true,
      timelineSummary:
        '专委会率先制定《“发挥界别优势 联系服务群众”活动工作方案》，设立7个界别活动工作组。',
      tags: ['委员工作室'],
    },
    {
      title: '港区委员“撑全国人大决定，完善选举制度，落实爱国者治港”街头活动',
      type: '宣讲',
      startDate: date(2021, 3),
      place: '香港',
      form: '线下',
      organizer: '港区委员',
      participants: [
        part('张国华', '组织'),
        ...parts(['陈美玲', '李志强', '林子健', '吴伟文', '郑德明', '谭伟雄', '冯家俊', '曾国强']),
      ],
      summary:
        '十三届全国人大四次会议审议《全国人民代表大会关于完善香港特别行政区选举制度的决定（草案）》期间，港区委员在专委会组织引导下开展街头活动，第一时间发声。（参加委员为示例）',
      inTimeline: true,
      timelineSummary:
        '港区委员积极开展“撑全国人大决定，完善选举制度，落实爱国者治港”街头活动，第一时间发声。',
      tags: ['爱国者治港'],
    },
    {
      title: '湘港澳三地政协委员“学‘七一’讲话，担历史使命”读书交流活动',
      type: '读书',
      startDate: date(2021, 7, 6),
      place: '长沙、香港、澳门',
      form: '线上线下',
      organizer: COMMITTEE,
      participants: [
        part('陈美玲', '发言'),
        part('区志明', '发言'),
        part('许志明', '发言'),
        ...parts(['张国华', '黄颖芝', '方丽华', '刘嘉颖']),
      ],
      summary:
        '多名身在长沙、香港、澳门三地的省政协委员，围绕学习贯彻习近平总书记“七一”重要讲话精神发言。',
      inTimeline: true,
      timelineSummary:
        '专委会举行湘港澳三地政协委员“学‘七一’讲话，担历史使命”线上线下读书交流活动。',
      reading: { books: ['习近平在庆祝中国共产党成立100周年大会上的讲话'] },
      tags: ['读书', '七一讲话'],
    },
    {
      title: '“全国政协书院”“湖南政协云书院”网上读书活动',
      type: '读书',
      startDate: date(2020),
      endDate: date(2021),
      form: '线上',
      organizer: COMMITTEE,
      participants: parts(['陈美玲', '黄颖芝', '许志明', '蔡佩君', '方丽华', '邱少雄']),
      summary:
        '采取“一天一导读，一天一点评，一周一总结”方式，委员们运用视频、PPT、图片、诗歌、文字等多种形式踊跃交流。（参加委员为示例）',
      reading: {
        books: ['习近平总书记重要讲话', '百年党史', '新时代乡村振兴', '大变局与创新开放'],
      },
      tags: ['读书', '政协云'],
    },
    {
      title: '“湖湘文化走出去”三级政协委员联动值班',
      type: '值班',
      startDate: date(2021),
      place: '张家界',
      form: '线上线下',
      organizer: COMMITTEE,
      participants: [part('陈美玲', '主持'), ...parts(['区志明', '欧阳振华', '麦健聪'])],
      summary: '围绕“湖湘文化走出去”主题在张家界开展三级政协委员线上线下联动值班。（数据为示例）',
      duty: { studioId: LINKED_STUDIO, messageCount: 126, viewCount: 8450, referredCount: 5 },
      tags: ['值班', '湖湘文化'],
    },
    {
      title: '湘港澳文旅融合发展“云”上相会',
      type: '协商',
      startDate: date(2021),
      place: '长沙橘子洲头、香港维多利亚港、澳门渔人码头、张家界宝峰湖',
      form: '线上',
      organizer: COMMITTEE,
      participants: [
        part('张国华', '发言'),
        part('黄颖芝', '发言'),
        ...parts(['杨思敏', '高静雯', '易建华']),
      ],
      summary: '湖南政协委员、专家学者们“云”上相会，共同探讨湘港澳文旅融合发展路径。',
      tags: ['文旅融合', '政协云'],
    },
    {
      title: '港澳委员赴汝城、桂东、资兴开展党史学习教育',
      type: '考察',
      startDate: date(2021),
      place: '汝城县、桂东县、资兴市',
      form: '线下',
      organizer: COMMITTEE,
      participants: parts(['李志强', '梁永康', '何嘉欣', '周志恒', '陈浩文', '杜文彬']),
      summary:
        '组织在内地的港澳委员赴汝城、桂东、资兴开展党史学习教育，讲述红色故事。（参加委员为示例）',
      tags: ['党史学习教育'],
    },
    {
      title: '澳门科技大学校长、中国工程院刘良院士工作站落户湖南',
      type: '其他',
      startDate: date(2021),
      organizer: COMMITTEE,
      leaders: ['省政协主席李微微', '省政协副主席胡旭晟', '省政协秘书长卿浙伟'],
      participants: [part('刘良', '发言')],
      campaignId: SCIENCE,
      summary:
        '湘港澳科教代表团互访交流成果。助力湖南获批建设国家中医药综合改革示范区，助推湖南中药材产业走向国际。（日期为示例）',
      tags: ['科教合作', '中医药'],
    },
    {
      title: '戴煜政协委员工作室与香港城市大学签订专家工作站建设协议',
      type: '其他',
      startDate: date(2021),
      organizer: '戴煜政协委员工作室',
      participants: [part('戴煜', '组织'), part('易建华')],
      campaignId: SCIENCE,
      summary:
        '助推湘港澳科教合作、服务科技人才，是助力湖南对接融入粤港澳大湾区的实质性成果。（日期为示例）',
      tags: ['科教合作', '委员工作室'],
    },
    {
      title: '关于建设“湖南粤港澳科创产业园”的提案（重点提案督办）',
      type: '提案',
      startDate: date(2018),
      endDate: date(2021),
      organizer: COMMITTEE,
      participants: parts(['张国华', '陈美玲', '区志明', '黄家豪']),
      campaignId: SCIENCE,
      summary:
        '连续4年紧扣建设“湖南粤港澳科创产业园”开展重点提案督办，促成“湖南粤港澳科创产业园”挂牌落地和高质量发展。（案号与提案人为示例）',
      proposal: {
        number: '示例-2018-0126',
        cause: '关于建设“湖南粤港澳科创产业园”的提案',
        leadMemberIds: [m('张国华')],
        jointMemberIds: [m('陈美玲'), m('区志明'), m('黄家豪')],
        filed: true,
        hostUnits: ['省科技厅'],
        assistUnits: ['省发展改革委', '省商务厅'],
        key: true,
        reply: 'A',
        satisfaction: '满意',
      },
      tags: ['重点提案', '科创产业园'],
    },
    {
      title: '民革界别委员工作室“民情直通车”群众接待日',
      type: '接待',
      startDate: date(2021),
      organizer: '民革界别委员工作室',
      participants: [part('杨建国', '主持'), part('龙海燕')],
      summary: '“民情直通车”累计开展30多场群众接待日活动，助推100多件民生问题解决。',
      outcomes: [
        { indicator: '群众接待日', value: 30, unit: '场' },
        { indicator: '解决民生问题', value: 100, unit: '件' },
      ],
      duty: { studioId: s('民革界别委员工作室'), messageCount: 140, referredCount: 100 },
      tags: ['民情直通车'],
    },
    {
      title: '致公界别委员工作室四级政协委员线上联动值班',
      type: '值班',
      startDate: date(2021),
      form: '线上',
      organizer: '致公界别委员工作室',
      participants: [part('彭立群', '主持'), part('卢晓光')],
      summary: '省内首个线上民主党派界别四级政协委员工作室开展线上值班。（数据为示例）',
      duty: {
        studioId: s('致公界别委员工作室'),
        messageCount: 58,
        viewCount: 3200,
        referredCount: 7,
      },
      tags: ['值班'],
    },
    {
      title: '侨联界别委员工作室网上值班',
      type: '值班',
      startDate: date(2021),
      form: '线上',
      organizer: '侨联界别委员工作室',
      participants: [part('方丽华', '主持'), ...parts(['邱少雄', '钟启明', '温雅琴'])],
      summary: '侨联委员工作室在政协云开展网上值班。（数据为示例）',
      duty: {
        studioId: s('侨联界别委员工作室'),
        messageCount: 32,
        viewCount: 1860,
        referredCount: 2,
      },
      tags: ['值班', '侨联'],
    },
    {
      title: '公共资源交易“微协商”',
      type: '协商',
      startDate: date(2021),
      organizer: '公共资源交易协商监督委员工作室',
      participants: [part('谢文斌', '主持'), part('蒋丽君', '发言')],
      summary:
        '开展“微建议”“微协商”“微监督”，推动历年积累的难点堵点问题达成解决共识。（日期为示例）',
      tags: ['微协商', '公共资源交易'],
    },
    {
      title: '关于便利港澳青年来湘创新创业的社情民意信息',
      type: '社情民意',
      startDate: date(2021),
      organizer: COMMITTEE,
      participants: [part('杨思敏', '书面发言')],
      summary: '示例数据（虚构）：反映港澳青年来湘创新创业在落户、社保方面的诉求。',
      suggestion: {},
      tags: ['港澳青年'],
    },
  ];
  const activities = activityDrafts.map((draft, i) =>
    ok('activity', sampleId('activity', i + 1), draft),
  );

  // --- 捐赠 ---
  const group = (name: string) => ({ type: '其他' as const, name, group: true });
  const member = (name: string) => ({ type: '委员' as const, memberId: m(name) });
  const CHARITY = '湖南省慈善总会';
  const covidCash = (
    donor: DonationDraft['donors'][number],
    amount: Money,
    rate: string,
    when: PartialDate,
    receiptNo: string,
    extra: Partial<DonationDraft> = {},
  ): DonationDraft => ({
    kind: '资金',
    donors: [donor],
    ...amountFields(amount, rate),
    recipient: '湖南省新冠肺炎疫情防控指挥部（经湖南省慈善总会）',
    receiptIssuer: CHARITY,
    direction: '定向',
    purpose: '疫情防控',
    campaignId: COVID,
    date: when,
    receiptNo,
    acknowledgement: '已致感谢信（示例）',
    ...extra,
  });

  const donationDrafts: DonationDraft[] = [
    // 2020 疫情防控 cash: six donations totalling exactly ¥9,100,000.00 after conversion.
    covidCash(group(HK_MACAO_GROUP), cny(3_786_900), '1', date(2020, 2), '示例-2020-001', {
      note: '多位委员经专委会转交的捐款汇总登记（示例拆分）。六笔疫情捐款折合人民币合计910万元。',
    }),
    covidCash(
      member('张国华'),
      money(2_000_000, 'HKD'),
      RATES_2020.HKD,
      date(2020, 1, 28),
      '示例-2020-002',
    ),
    covidCash(
      member('区志明'),
      money(1_000_000, 'MOP'),
      RATES_2020.MOP,
      date(2020, 1, 30),
      '示例-2020-003',
    ),
    covidCash(
      member('陈美玲'),
      money(1_500_000, 'HKD'),
      RATES_2020.HKD,
      date(2020, 2, 3),
      '示例-2020-004',
      {
        confidential: true,
        note: '捐赠人要求不公开姓名（示例）。',
      },
    ),
    covidCash(member('方丽华'), cny(500_000), '1', date(2020, 2, 5), '示例-2020-005'),
    covidCash(group('海外侨胞'), cny(800_000), '1', date(2020, 2, 10), '示例-2020-006'),
    // 2020 疫情防控 goods: ≈ ¥5218万, “价值超过5200万元人民币”.
    {
      kind: '物资',
      donors: [group(HK_MACAO_GROUP)],
      ...amountFields(cny(30_000_000)),
      items: [
        {
          name: '医用外科口罩',
          quantity: 2_000_000,
          unit: '只',
          value: cny(6_000_000),
          expiry: date(2022, 1),
        },
        { name: 'KN95口罩', quantity: 800_000, unit: '只', value: cny(8_000_000) },
        { name: '医用防护服', quantity: 100_000, unit: '套', value: cny(12_000_000) },
        { name: '护目镜', quantity: 100_000, unit: '副', value: cny(4_000_000) },
      ],
      stages: [
        { stage: '登记', date: date(2020, 1, 26) },
        { stage: '鉴定', date: date(2020, 1, 28), note: '经物资鉴定工作群核验合格' },
        { stage: '报关', date: date(2020, 1, 30) },
        { stage: '运输', date: date(2020, 2, 1) },
        { stage: '接收', date: date(2020, 2, 4) },
        { stage: '分配', date: date(2020, 2, 6) },
        { stage: '致谢', date: date(2020, 3) },
      ],
      recipient: '湖南省红十字会',
      receiptIssuer: '湖南省红十字会',
      direction: '定向',
      purpose: '疫情防控',
      campaignId: COVID,
      date: date(2020, 1, 26),
      receiptNo: '示例-2020-W01',
      note: '物资明细与估值为示例拆分。',
    },
    {
      kind: '物资',
      donors: [member('黄家豪')],
      ...amountFields(money(8_000_000, 'HKD'), RATES_2020.HKD),
      items: [
        { name: '无创呼吸机', quantity: 30, unit: '台', value: money(3_000_000, 'HKD') },
        { name: '医用防护服', quantity: 40_000, unit: '套', value: money(5_000_000, 'HKD') },
      ],
      stages: [
        { stage: '登记', date: date(2020, 2, 3) },
        { stage: '鉴定', date: date(2020, 2, 5) },
        { stage: '报关', date: date(2020, 2, 8), note: '香港出口报关' },
        { stage: '运输', date: date(2020, 2, 10) },
        { stage: '接收', date: date(2020, 2, 14) },
      ],
      recipient: '湖南省红十字会',
      receiptIssuer: '湖南省红十字会',
      direction: '定向',
      purpose: '疫情防控',
      campaignId: COVID,
      date: date(2020, 2, 3),
      receiptNo: '示例-2020-W02',
    },
    {
      kind: '物资',
      donors: [group('湖南发展海外顾问团成员及海外侨胞')],
      ...amountFields(cny(15_000_000)),
      items: [
        { name: '医用丁腈手套', quantity: 3_000_000, unit: '只', value: cny(3_600_000) },
        { name: '红外额温枪', quantity: 20_000, unit: '支', value: cny(4_000_000) },
        { name: '医用隔离衣', quantity: 80_000, unit: '件', value: cny(7_400_000) },
      ],
      stages: [
        { stage: '登记', date: date(2020, 2, 10) },
        { stage: '鉴定', date: date(2020, 2, 12) },
        { stage: '报关', date: date(2020, 2, 15) },
        { stage: '运输', date: date(2020, 2, 18) },
        { stage: '接收', date: date(2020, 2, 24) },
      ],
      recipient: '湖南省红十字会',
      receiptIssuer: '湖南省红十字会',
      direction: '定向',
      purpose: '疫情防控',
      campaignId: COVID,
      date: date(2020, 2, 10),
      receiptNo: '示例-2020-W03',
    },
    // 青竹村 / 贫困地区学校建设: four donations ≈ ¥2222.52万, “捐款2200余万元”.
    {
      kind: '资金',
      donors: [group('港澳委员')],
      ...amountFields(cny(12_000_000)),
      recipient: '桂东县贫困地区学校建设',
      receiptIssuer: CHARITY,
      direction: '定向',
      purpose: '校舍建设',
      campaignId: QINGZHU,
      date: date(2019),
      receiptNo: '示例-2019-001',
      note: '支持贫困地区学校建设的四笔捐款合计约2222.52万元（示例拆分）。',
    },
    {
      kind: '资金',
      donors: [member('梁永康')],
      ...amountFields(money(6_000_000, 'HKD'), RATES_2019.HKD),
      recipient: '桂东县贫困地区学校建设',
      receiptIssuer: CHARITY,
      direction: '定向',
      purpose: '校舍建设',
      campaignId: QINGZHU,
      date: date(2019),
      receiptNo: '示例-2019-002',
    },
    {
      kind: '资金',
      donors: [member('黄颖芝')],
      ...amountFields(money(3_000_000, 'MOP'), RATES_2019.MOP),
      recipient: '桂东县贫困地区学校建设',
      receiptIssuer: CHARITY,
      direction: '定向',
      purpose: '校舍建设',
      campaignId: QINGZHU,
      date: date(2019),
      receiptNo: '示例-2019-003',
    },
    {
      kind: '资金',
      donors: [group('港澳委员')],
      ...amountFields(cny(2_400_000)),
      recipient: '桂东县贫困地区学校建设',
      receiptIssuer: CHARITY,
      direction: '定向',
      purpose: '校舍建设',
      campaignId: QINGZHU,
      date: date(2020),
      receiptNo: '示例-2020-101',
    },
    {
      kind: '资金',
      donors: [group('港澳委员')],
      ...amountFields(cny(600_000)),
      recipient: '桂东县青竹村村卫生室',
      direction: '定向',
      purpose: '医疗卫生',
      campaignId: QINGZHU,
      date: date(2019),
      note: '捐建村卫生室（金额为示例）。',
    },
    {
      kind: '资金',
      donors: [group('港澳委员')],
      ...amountFields(cny(300_000)),
      recipient: '桂东县青竹村村民道德讲堂',
      direction: '定向',
      purpose: '乡村振兴',
      campaignId: QINGZHU,
      date: date(2020),
      note: '捐建村民道德讲堂（金额为示例）。',
    },
    {
      kind: '资金',
      donors: [group('港澳委员')],
      ...amountFields(cny(800_000)),
      recipient: '桂东县青竹村乡村振兴数字化平台',
      direction: '定向',
      purpose: '乡村振兴',
      campaignId: QINGZHU,
      date: date(2021),
      note: '捐建乡村振兴数字化平台（金额为示例）。',
    },
    {
      kind: '物资',
      donors: [member('何嘉欣')],
      ...amountFields(cny(400_000)),
      items: [{ name: '助听器', quantity: 200, unit: '台', value: cny(400_000) }],
      stages: [
        { stage: '登记', date: date(2019) },
        { stage: '接收', date: date(2019) },
        { stage: '分配', date: date(2019), note: '为听力障碍村民验配' },
      ],
      recipient: '桂东县青竹村',
      direction: '定向',
      purpose: '助听',
      campaignId: QINGZHU,
      date: date(2019),
      note: '示例数据（虚构）。',
    },
  ];
  const donations = donationDrafts.map((draft, i) =>
    ok('donation', sampleId('donation', i + 1), draft),
  );

  return { members, studios, campaigns, activities, donations };
}

/** Drops undefined fields so a draft reads as typed by hand. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
