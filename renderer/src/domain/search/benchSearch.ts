/**
 * Benchmark helpers for search: a deterministic reference data set shaped like DESIGN.md §5
 * (300 members, 20,000 activities, 20,000 donations, 30 campaigns, 50 studios) and a timer.
 * No assertions here: `npm run bench` and the perf test decide what to do with the numbers.
 */
import type { SearchIndex } from './SearchIndex';
import type { SearchDocInput } from './searchKeys';

export interface SearchTiming {
  p50: number;
  p95: number;
  max: number;
  /** number of timed searches */
  count: number;
}

/**
 * Time `index.search` over the queries (ms, from performance.now()). Each query is run once
 * untimed first (warm-up), then `rounds` times timed. With `asYouType`, every prefix of each
 * query is searched as well, as a search box does while typing.
 */
export function measureSearch(
  index: SearchIndex,
  queries: readonly string[],
  options: { rounds?: number; limit?: number; asYouType?: boolean } = {},
): SearchTiming {
  const rounds = options.rounds ?? 3;
  const limit = options.limit ?? 50;
  const all: string[] = [];
  for (const query of queries) {
    if (options.asYouType) {
      const chars = Array.from(query);
      for (let i = 1; i <= chars.length; i++) all.push(chars.slice(0, i).join(''));
    } else all.push(query);
  }
  for (const query of all) index.search(query, { limit });
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const query of all) {
      const t0 = performance.now();
      index.search(query, { limit });
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1] ?? 0, count: times.length };
}

/** Queries of every kind the search box gets: fragments, pinyin, traditional, numbers, AND. */
export const BENCH_QUERIES: readonly string[] = [
  '青竹',
  '青竹村',
  '桂东',
  '乡村振兴',
  '调研',
  '会',
  '委员工作室',
  '澳門',
  '陳',
  '張偉',
  '李微微',
  'lww',
  'liweiwei',
  'weiwei',
  'chen',
  'zh',
  'l',
  'qzc',
  '0123',
  '2021-0',
  'YX2019',
  '助学 青竹',
  '郴州 调研 委员',
  'apec',
  '港澳 台侨',
  '不存在的词语',
];

function mulberry32(seed: number): () => number {
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
  '李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢';
const TRAD_SURNAMES: Record<string, string> = {
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
};
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰微昂美玲志国建家文辉斌宇浩凯俊峰';
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
];
const UNITS = [
  '省政协港澳台侨和外事委员会',
  '省侨联',
  '省台办',
  '省外办',
  '郴州市政协',
  '省慈善总会',
];
const PURPOSES = ['助学', '助听', '光明', '医疗卫生', '疫情防控', '乡村振兴', '校舍建设'];
const CAMPAIGNS = [
  '三进三助聚力行动',
  '新冠肺炎疫情防控',
  '青竹村乡村振兴',
  '光明行动',
  '助学圆梦',
];

/** The DESIGN.md §5 reference set as SearchDoc inputs (deterministic for a seed). */
export function generateBenchInputs(
  seed = 20210415,
  counts = { members: 300, activities: 20_000, donations: 20_000, campaigns: 30, studios: 50 },
): SearchDocInput[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pickChar = (chars: string): string => chars[Math.floor(random() * chars.length)]!;
  const out: SearchDocInput[] = [];
  const memberNames: string[] = [];
  const dateKey = (): number =>
    2000_00_00 + Math.floor(random() * 25) * 1_00_00 + (1 + Math.floor(random() * 12)) * 100 + 1;

  for (let i = 0; i < counts.members; i++) {
    const surname = pickChar(SURNAMES);
    const given = pickChar(GIVEN) + (random() < 0.7 ? pickChar(GIVEN) : '');
    const trad = TRAD_SURNAMES[surname];
    const written = trad !== undefined && random() < 0.3 ? trad + given : surname + given;
    memberNames.push(written);
    out.push({
      id: `m-${i}`,
      kind: 'member',
      title: written,
      subtitle: pick(['港区委员', '澳区委员', '台胞', '侨界', '海外顾问']),
      names: trad !== undefined ? [surname + given] : [],
      text: [pick(PLACES), pick(UNITS)],
      rank: i,
    });
  }
  for (let i = 0; i < counts.activities; i++) {
    const rank = dateKey();
    const leader = pick(memberNames);
    let title = `${leader}率${pick(UNITS)}委员赴${pick(PLACES)}${pick(ACTIONS)}`;
    while (title.length < 40) title += pick(ACTIONS);
    title = title.slice(0, 40 + Math.floor(random() * 4));
    let summary = '';
    while (summary.length < 100) {
      summary += `${pick(PLACES)}${pick(ACTIONS)}，${pick(UNITS)}${pick(PURPOSES)}项目推进，`;
    }
    out.push({
      id: `a-${i}`,
      kind: 'activity',
      title,
      subtitle: String(rank),
      names: [leader, pick(memberNames), pick(memberNames), pick(memberNames)],
      text: [summary.slice(0, 100), pick(PLACES), pick(UNITS)],
      numbers:
        random() < 0.1
          ? [`提案第${2000 + Math.floor(random() * 25)}${String(i).padStart(4, '0')}号`]
          : [],
      rank,
    });
  }
  for (let i = 0; i < counts.donations; i++) {
    const rank = dateKey();
    const donor = pick(memberNames);
    const year = Math.floor(rank / 1_00_00);
    out.push({
      id: `d-${i}`,
      kind: 'donation',
      title: `${donor}向${pick(PLACES)}捐赠${pick(PURPOSES)}${random() < 0.7 ? '资金' : '物资'}`,
      subtitle: String(rank),
      names: [donor],
      text: [pick(UNITS), pick(CAMPAIGNS)],
      numbers: [
        `${year}-${String(i % 10000).padStart(4, '0')}`,
        `YX${year}${String(i).padStart(5, '0')}`,
      ],
      rank,
    });
  }
  for (let i = 0; i < counts.campaigns; i++) {
    out.push({
      id: `c-${i}`,
      kind: 'campaign',
      title: `${pick(CAMPAIGNS)}（${2000 + i}）`,
      text: [pick(ACTIONS)],
      rank: i,
    });
  }
  for (let i = 0; i < counts.studios; i++) {
    const lead = pick(memberNames);
    out.push({
      id: `s-${i}`,
      kind: 'studio',
      title: `${lead}委员工作室（${pick(PLACES)}）`,
      names: [lead],
      text: ['委员特色工作室'],
      rank: i,
    });
  }
  return out;
}
