import { describe, expect, it } from 'vitest';
import {
  buildSearchDoc,
  fold,
  groupHits,
  highlightSegments,
  normaliseNumber,
  SCORE,
  SearchIndex,
  type SearchDocInput,
  type SearchHit,
} from '../../../../../renderer/src/domain/search';

const INPUTS: SearchDocInput[] = [
  { id: 'm1', kind: 'member', title: '李微微', subtitle: '港区委员', rank: 1 },
  { id: 'm2', kind: 'member', title: '陈昂昂', subtitle: '澳区委员', rank: 2 },
  { id: 'm3', kind: 'member', title: '陳美玲', names: ['Chan Mei Ling'], rank: 3 },
  {
    id: 'a1',
    kind: 'activity',
    title: '桂东县青竹村乡村振兴调研',
    names: ['张大方', '李微微'],
    text: ['省政协副主席张大方率省市县三级政协委员深入桂东县青竹村'],
    rank: 20210415,
  },
  {
    id: 'a2',
    kind: 'activity',
    title: '澳門委員座談會',
    text: ['在澳门举行'],
    rank: 20200101,
  },
  {
    id: 'd1',
    kind: 'donation',
    title: '陈昂昂向青竹村捐赠助学资金',
    names: ['陈昂昂'],
    numbers: ['2021-0123', 'ZS-88'],
    rank: 20210501,
  },
  { id: 'c1', kind: 'campaign', title: '青竹村乡村振兴', rank: 5 },
  { id: 's1', kind: 'studio', title: '李微微委员工作室', names: ['李微微'], rank: 6 },
];

function makeIndex(inputs: SearchDocInput[] = INPUTS): SearchIndex {
  const index = new SearchIndex();
  for (const input of inputs) index.upsert(buildSearchDoc(input));
  return index;
}

const ids = (hits: SearchHit[]) => hits.map((h) => h.id);
const highlighted = (hit: SearchHit) => hit.highlights.map(([s, e]) => hit.title.slice(s, e));

describe('buildSearchDoc', () => {
  it('folds traditional, full-width and case', () => {
    expect(fold('陳張澳門')).toBe('陈张澳门');
    expect(fold('ＡＢＣ１２３　x')).toBe('abc123 x');
    expect(normaliseNumber('粤财〔2021〕第０１２３号')).toBe('粤财2021第0123号');
  });

  it('computes pinyin and initials for names and title', () => {
    const doc = buildSearchDoc({ id: 'x', kind: 'member', title: '李微微', names: ['張大方'] });
    expect(doc.py).toBe('liweiwei');
    expect(doc.pyl).toBe('233');
    expect(doc.pi).toBe('lww');
    expect(doc.n).toBe('张大方');
    expect(doc.npy).toBe('zhangdafang');
    expect(doc.npi).toBe('zdf');
  });

  it('is plain data (structured clone and JSON round-trip)', () => {
    const doc = buildSearchDoc(INPUTS[3]!);
    expect(structuredClone(doc)).toEqual(doc);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('SearchIndex', () => {
  const index = makeIndex();

  it('finds a Chinese fragment', () => {
    const hits = index.search('青竹');
    expect(ids(hits)).toEqual(expect.arrayContaining(['a1', 'd1', 'c1']));
    const a1 = hits.find((h) => h.id === 'a1')!;
    expect(highlighted(a1)).toEqual(['青竹']);
  });

  it('finds by pinyin initials', () => {
    const hits = index.search('lww');
    expect(hits[0]!.id).toBe('m1');
    expect(highlighted(hits[0]!)).toEqual(['李微微']);
    expect(ids(hits)).toContain('s1');
  });

  it('finds by full pinyin, also from a later syllable', () => {
    expect(index.search('liweiwei')[0]!.id).toBe('m1');
    const partial = index.search('weiwei');
    expect(partial[0]!.id).toBe('m1');
    expect(highlighted(partial[0]!)).toEqual(['微微']);
    // a prefix of both 李微微 and 李微微委员工作室: equal scores, then newer rank first
    expect(ids(index.search('liwe').slice(0, 2))).toEqual(['s1', 'm1']);
    // not from the middle of a syllable
    expect(ids(index.search('iwei'))).not.toContain('m1');
  });

  it('matches traditional and simplified both ways', () => {
    expect(ids(index.search('陳'))).toEqual(expect.arrayContaining(['m2', 'm3', 'd1']));
    expect(ids(index.search('陈'))).toContain('m3');
    expect(ids(index.search('陈美玲'))).toEqual(['m3']);
    expect(ids(index.search('澳门'))).toContain('a2');
    expect(ids(index.search('澳門'))).toContain('a2');
    expect(index.search('chenmeiling')[0]!.id).toBe('m3');
    expect(index.search('cml')[0]!.id).toBe('m3');
  });

  it('highlights the original (traditional) title', () => {
    const hit = index.search('澳门 座谈')[0]!;
    expect(hit.id).toBe('a2');
    expect(highlighted(hit)).toEqual(['澳門', '座談']);
    const member = index.search('chen mei')[0]!;
    expect(member.id).toBe('m3');
  });

  it('finds numbers by fragment', () => {
    expect(ids(index.search('0123'))).toEqual(['d1']);
    expect(ids(index.search('2021-0123'))).toEqual(['d1']);
    expect(ids(index.search('zs88'))).toEqual(['d1']);
    expect(index.search('0123')[0]!.score).toBeGreaterThanOrEqual(SCORE.number);
  });

  it('ANDs space-separated terms', () => {
    expect(ids(index.search('青竹 调研'))).toEqual(['a1']);
    expect(ids(index.search('青竹 助学'))).toEqual(['d1']);
    expect(index.search('青竹 不存在')).toEqual([]);
    expect(ids(index.search('lww 青竹'))).toEqual(['a1']);
  });

  it('filters by kind and limits', () => {
    expect(ids(index.search('青竹', { kinds: ['campaign'] }))).toEqual(['c1']);
    expect(index.search('青竹', { limit: 1 })).toHaveLength(1);
    expect(index.search('   ')).toEqual([]);
  });

  it('ranks exact > prefix > name > substring > initials > pinyin > text > number', () => {
    const ranking = makeIndex([
      { id: 'exact', kind: 'campaign', title: '青竹', rank: 0 },
      { id: 'prefix', kind: 'campaign', title: '青竹村', rank: 0 },
      { id: 'name', kind: 'activity', title: '活动', names: ['青竹'], rank: 0 },
      { id: 'sub', kind: 'campaign', title: '桂东县青竹村', rank: 0 },
      { id: 'text', kind: 'activity', title: '活动二', text: ['在青竹村'], rank: 0 },
      { id: 'num', kind: 'donation', title: '捐赠', numbers: ['青竹001'], rank: 0 },
    ]);
    expect(ids(ranking.search('青竹'))).toEqual(['exact', 'prefix', 'name', 'sub', 'text', 'num']);

    const latin = makeIndex([
      { id: 'initials', kind: 'member', title: '钱张春', rank: 0 },
      { id: 'pinyin', kind: 'member', title: '秦朝', rank: 9 },
      { id: 'text', kind: 'activity', title: '活动', text: ['qzc meeting'], rank: 9 },
    ]);
    expect(ids(latin.search('qzc'))).toEqual(['initials', 'text']);
    const full = makeIndex([
      { id: 'initials', kind: 'member', title: '齐鸿', rank: 0 },
      { id: 'pinyin', kind: 'member', title: '钱其红', rank: 9 },
    ]);
    // 'qh' is the initials of 齐鸿 and of 其红 ("qi hong" as full pinyin is "qihong")
    expect(ids(full.search('qihong'))).toEqual(['initials', 'pinyin']);
  });

  it('breaks ties by rank, newer first', () => {
    const ties = makeIndex([
      { id: 'old', kind: 'activity', title: '调研一', rank: 20200101 },
      { id: 'new', kind: 'activity', title: '调研二', rank: 20220101 },
      { id: 'mid', kind: 'activity', title: '调研三', rank: 20210101 },
    ]);
    expect(ids(ties.search('调研'))).toEqual(['new', 'mid', 'old']);
  });

  it('upsert replaces and remove removes', () => {
    const local = makeIndex();
    const size = local.size;
    local.upsert(buildSearchDoc({ id: 'c1', kind: 'campaign', title: '光明行动' }));
    expect(local.size).toBe(size);
    expect(ids(local.search('青竹', { kinds: ['campaign'] }))).toEqual([]);
    expect(ids(local.search('光明'))).toEqual(['c1']);
    expect(local.remove('c1')).toBe(true);
    expect(local.remove('c1')).toBe(false);
    expect(local.search('光明')).toEqual([]);
    expect(local.size).toBe(size - 1);
    local.clear();
    expect(local.size).toBe(0);
    expect(local.search('青竹')).toEqual([]);
  });

  it('survives compaction after many replacements', () => {
    const local = new SearchIndex();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 1500; i++) {
        local.upsert(
          buildSearchDoc({
            id: `x${i}`,
            kind: 'activity',
            title: `第${round}轮活动${i}号`,
            rank: i,
          }),
        );
      }
    }
    expect(local.size).toBe(1500);
    expect(ids(local.search('第2轮活动1499号'))).toEqual(['x1499']);
    expect(local.search('第0轮')).toEqual([]);
    expect(local.search('dlhd', { limit: 2000 })).toHaveLength(1500);
  });

  it('rejects docs of another key version', () => {
    const doc = { ...buildSearchDoc(INPUTS[0]!), v: -1 };
    expect(() => new SearchIndex().upsert(doc)).toThrow(/版本/);
  });
});

describe('where a hit matched when its title does not show it', () => {
  const index = makeIndex([
    ...INPUTS,
    {
      id: 'a3',
      kind: 'activity',
      title: '港澳委员座谈会',
      names: ['陳美玲', 'Chan Tai Man'],
      text: ['與會者就粵港澳大灣區建設深入交流'],
      rank: 20190101,
    },
  ]);
  const contextOf = (query: string, id: string) => {
    const hit = index.search(query).find((h) => h.id === id);
    if (!hit) throw new Error(`${query} did not find ${id}`);
    const context = hit.context;
    return (
      context && {
        label: context.label,
        text: context.text,
        marked: context.highlights.map(([s, e]) => context.text.slice(s, e)),
      }
    );
  };

  it('names the person found by pinyin initials, full pinyin or characters', () => {
    expect(contextOf('lww', 'a1')).toEqual({ label: '涉及', text: '李微微', marked: ['李微微'] });
    expect(contextOf('weiwei', 'a1')).toEqual({ label: '涉及', text: '李微微', marked: ['微微'] });
    expect(contextOf('张大', 'a1')).toEqual({ label: '涉及', text: '张大方', marked: ['张大'] });
  });

  it('shows a name as written, in traditional characters or in Latin letters', () => {
    expect(contextOf('chenmeiling', 'a3')).toEqual({
      label: '涉及',
      text: '陳美玲',
      marked: ['陳美玲'],
    });
    expect(contextOf('陈美', 'a3')).toEqual({ label: '涉及', text: '陳美玲', marked: ['陳美'] });
    expect(contextOf('tai man', 'a3')).toEqual({
      label: '涉及',
      text: 'Chan Tai Man',
      marked: ['Tai', 'Man'],
    });
  });

  it('pins a name on the right person when a name before it has no pinyin', () => {
    const rare = makeIndex([
      { id: 'r1', kind: 'activity', title: '座谈', names: ['𠀀', '张三丰', '李微微'] },
      { id: 'r2', kind: 'activity', title: '调研', names: ['阿卜杜·热合曼', '李A微'] },
    ]);
    const context = (query: string, id: string) => {
      const found = rare.search(query).find((h) => h.id === id)?.context;
      return found && found.highlights.map(([s, e]) => found.text.slice(s, e));
    };
    expect(context('lww', 'r1')).toEqual(['李微微']);
    expect(context('zsf', 'r1')).toEqual(['张三丰']);
    // Names with other characters among the Han ones are marked by their pinyin too.
    expect(context('abd', 'r2')).toEqual(['阿卜杜']);
    expect(context('lw', 'r2')).toEqual(['李A微']);
  });

  it('never cuts a character in two when it shortens a passage', () => {
    const astral = makeIndex([
      { id: 'x1', kind: 'activity', title: '座谈', text: ['a' + '𠀀'.repeat(7) + '到郴州调研'] },
      { id: 'x2', kind: 'activity', title: '座谈', text: ['调研a' + '😀'.repeat(20)] },
    ]);
    for (const id of ['x1', 'x2']) {
      const text = astral.search('调研').find((h) => h.id === id)!.context!.text;
      expect(text).not.toMatch(
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
      );
    }
  });

  it('quotes the part of a longer field that matched, as written and cut around it', () => {
    expect(contextOf('三级政协', 'a1')).toEqual({
      label: '内容',
      text: '…副主席张大方率省市县三级政协委员深入桂东县青竹村',
      marked: ['三级政协'],
    });
    expect(contextOf('在澳门', 'a2')).toEqual({
      label: '内容',
      text: '在澳门举行',
      marked: ['在澳门'],
    });
    expect(contextOf('大湾区', 'a3')).toEqual({
      label: '内容',
      text: '與會者就粵港澳大灣區建設深入交流',
      marked: ['大灣區'],
    });
  });

  it('shows the number a 票据号 search matched, as written', () => {
    expect(contextOf('zs88', 'd1')).toEqual({ label: '编号', text: 'ZS-88', marked: ['ZS-88'] });
    expect(contextOf('0123', 'd1')).toEqual({ label: '编号', text: '2021-0123', marked: ['0123'] });
  });

  it('adds nothing when the title shows every term', () => {
    expect(contextOf('青竹', 'a1')).toBeUndefined();
    expect(contextOf('lww', 'm1')).toBeUndefined();
  });

  it('explains only the terms the title does not show', () => {
    expect(contextOf('青竹 lww', 'a1')).toEqual({
      label: '涉及',
      text: '李微微',
      marked: ['李微微'],
    });
  });
});

describe('groupHits and highlightSegments', () => {
  it('groups in the fixed order with Chinese labels, keeping order within a group', () => {
    const hits = makeIndex().search('青竹');
    const groups = groupHits([...hits].reverse());
    expect(groups.map((g) => g.label)).toEqual(['履职活动', '捐赠', '专项']);
    const all = groupHits(
      (['studio', 'campaign', 'donation', 'activity', 'member'] as const).map((kind, i) => ({
        id: String(i),
        kind,
        title: kind,
        score: 1,
        highlights: [],
      })),
    );
    expect(all.map((g) => g.label)).toEqual(['委员', '履职活动', '捐赠', '专项', '工作室']);
    const order = groupHits([
      { id: 'b', kind: 'member', title: 'b', score: 1, highlights: [] },
      { id: 'a', kind: 'member', title: 'a', score: 2, highlights: [] },
    ]);
    expect(order[0]!.hits.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('splits a title into segments', () => {
    expect(highlightSegments('桂东县青竹村', [[3, 5]])).toEqual([
      { text: '桂东县', match: false },
      { text: '青竹', match: true },
      { text: '村', match: false },
    ]);
    expect(
      highlightSegments('abcdef', [
        [4, 9],
        [0, 2],
        [1, 3],
      ]),
    ).toEqual([
      { text: 'abc', match: true },
      { text: 'd', match: false },
      { text: 'ef', match: true },
    ]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', match: false }]);
  });
});
