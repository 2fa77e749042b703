import { describe, expect, it } from 'vitest';
import { recordSearchInput } from '../../../../../renderer/src/domain/recordSearchInput';
import { memberInputSchema, type Member } from '../../../../../renderer/src/domain/records';
import {
  buildSearchDoc,
  matchesPersonName,
  MAX_NAME_READINGS,
  personNameReadings,
  SearchIndex,
  type SearchDocInput,
} from '../../../../../renderer/src/domain/search';

// Hong Kong and Macao members whose surnames are read otherwise as names than as words.
const PEOPLE: SearchDocInput[] = [
  { id: 'shan', kind: 'member', title: '单国华', names: ['單國華', 'Shan Kwok Wah'], person: true },
  { id: 'zeng', kind: 'member', title: '曾志伟', names: ['Eric Tsang'], person: true },
  { id: 'xie', kind: 'member', title: '解家宝', person: true },
  { id: 'zha', kind: 'member', title: '查良镛', names: ['金庸'], person: true },
  { id: 'ou', kind: 'member', title: '区永乐', person: true },
  { id: 'qiu', kind: 'member', title: '仇英', person: true },
  { id: 'piao', kind: 'member', title: '朴树', person: true },
  { id: 'yuchi', kind: 'member', title: '尉迟恭', person: true },
  // A namesake by the other reading: 陈志伟 is czw by its own reading.
  { id: 'chen', kind: 'member', title: '陈志伟', person: true },
  // Not a person: the 单 of 主办单位 and 单县 stays dan.
  { id: 'act', kind: 'activity', title: '单县商会座谈', text: ['主办单位：单县商会'] },
];

function indexOf(inputs: readonly SearchDocInput[]): SearchIndex {
  const index = new SearchIndex();
  index.upsertMany(inputs.map(buildSearchDoc));
  return index;
}

const ids = (index: SearchIndex, query: string) => index.search(query).map((hit) => hit.id);

describe('a person’s name read with its surname', () => {
  const index = indexOf(PEOPLE);

  it.each([
    ['sgh', 'shan'],
    ['shanguohua', 'shan'],
    ['zzw', 'zeng'],
    ['zengzhiwei', 'zeng'],
    ['xiejiabao', 'xie'],
    ['xjb', 'xie'],
    ['zly', 'zha'],
    ['zhaliangyong', 'zha'],
    ['oyl', 'ou'],
    ['qiuying', 'qiu'],
    ['piaoshu', 'piao'],
    ['yuchigong', 'yuchi'],
    ['ycg', 'yuchi'],
  ])('%s finds the member first', (query, id) => {
    expect(ids(index, query)[0]).toBe(id);
  });

  it('finds a name typed by the other reading of its characters, below the name’s own', () => {
    expect(ids(index, 'dgh')).toEqual(['shan']);
    expect(ids(index, 'danguohua')).toEqual(['shan']);
    expect(ids(index, 'jiejiabao')).toEqual(['xie']);
    expect(ids(index, 'cly')).toEqual(['zha']);
    // 陈志伟 is czw by its own reading, 曾志伟 only by ceng: the former comes first.
    expect(ids(index, 'czw')).toEqual(['chen', 'zeng']);
    // and zzw finds 曾志伟 alone (陈 has no z reading)
    expect(ids(index, 'zzw')).toEqual(['zeng']);
  });

  it('marks the characters that the typed reading covers', () => {
    expect(index.search('dgh')[0]?.highlights).toEqual([[0, 3]]);
    expect(index.search('guohua')[0]?.highlights).toEqual([[1, 3]]);
    expect(index.search('sgh')[0]?.highlights).toEqual([[0, 3]]);
  });

  it('still finds traditional forms and English names', () => {
    expect(ids(index, '單國華')).toEqual(['shan']);
    expect(ids(index, 'eric tsang')).toEqual(['zeng']);
    expect(ids(index, '金庸')).toEqual(['zha']);
    expect(ids(index, 'jinyong')).toEqual(['zha']);
  });

  it('reads the titles of activities as words, not as names', () => {
    expect(ids(index, 'dxsh')).toEqual(['act']);
    expect(ids(index, 'sxsh')).toEqual([]);
  });
});

describe('personNameReadings', () => {
  it('gives the name’s own reading first, then the other readings of its polyphones', () => {
    expect(personNameReadings('单国华').map((r) => r.py)).toEqual([
      'shanguohua',
      'danguohua',
      'changuohua',
    ]);
    expect(personNameReadings('曾志伟').map((r) => r.pi)).toEqual(['zzw', 'czw']);
    expect(personNameReadings('李微微').map((r) => r.py)).toEqual(['liweiwei']);
  });

  it('keeps at most a few readings of a name full of polyphones', () => {
    const readings = personNameReadings('乐乐乐乐乐');
    expect(readings).toHaveLength(MAX_NAME_READINGS);
    expect(readings[0]?.py).toBe('yuelelelele');
  });

  it('has none for a name without Han characters', () => {
    expect(personNameReadings('eric tsang')).toEqual([]);
  });
});

describe('matchesPersonName (the pickers’ filter)', () => {
  it.each([
    ['sgh', '单国华', true],
    ['shanguohua', '单国华', true],
    ['dgh', '单国华', true],
    ['guohua', '单国华', true],
    ['zzw', '曾志伟', true],
    ['czw', '曾志伟', true],
    ['xiejiabao', '解家宝', true],
    ['zly', '查良镛', true],
    ['單國華', '单国华', true],
    ['国华', '单国华', true],
    ['hanguo', '单国华', false],
    ['zzw', '陈志伟', false],
    ['lww', '单国华', false],
  ])('%s in %s: %s', (query, name, found) => {
    expect(matchesPersonName(query, name)).toBe(found);
  });

  it('looks in the other names too, every term somewhere', () => {
    expect(matchesPersonName('eric', '曾志伟', ['Eric Tsang'])).toBe(true);
    expect(matchesPersonName('zzw tsang', '曾志伟', ['Eric Tsang'])).toBe(true);
    expect(matchesPersonName('zzw chan', '曾志伟', ['Eric Tsang'])).toBe(false);
    expect(matchesPersonName('jy', '查良镛', ['金庸'])).toBe(true);
  });

  it('lets everything through while nothing is typed', () => {
    expect(matchesPersonName('  ', '单国华')).toBe(true);
  });
});

describe('member search keys', () => {
  it('mark a member’s 姓名 and 其他写法 as a person’s names', () => {
    const input = memberInputSchema.parse({ name: '单国华', otherNames: ['Shan Kwok Wah'] });
    const member = { ...input, id: 'm' } as Member;
    const doc = buildSearchDoc(recordSearchInput('member', member));
    expect(doc.pi).toBe('sgh');
    expect(doc.api?.split('\n')).toEqual(['dgh', 'cgh']);
  });
});
