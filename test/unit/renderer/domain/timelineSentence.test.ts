import { describe, expect, it } from 'vitest';
import {
  timelineDateLead,
  timelineSentence,
} from '../../../../renderer/src/domain/timelineSentence';

const SEED =
  '省政协副主席张大方率省市县三级政协委员深入桂东县青竹村，为省政协港澳台侨和外事委员会联动工作室揭牌，并开展“万户帮扶”等系列活动，助推乡村振兴';

describe('timelineDateLead', () => {
  it('writes known days without zero padding', () => {
    expect(timelineDateLead({ year: 2021, month: 4, day: 5 })).toBe('4月5日');
  });

  it('writes 是月 after a line of the same month, else the month', () => {
    const month = { year: 2021, month: 4 };
    expect(timelineDateLead(month)).toBe('4月');
    expect(timelineDateLead(month, { previous: { year: 2021, month: 4, day: 15 } })).toBe('是月');
    expect(timelineDateLead(month, { previous: { year: 2021, month: 3, day: 15 } })).toBe('4月');
    expect(timelineDateLead(month, { previous: { year: 2020, month: 4, day: 15 } })).toBe('4月');
    expect(timelineDateLead({ ...month, note: '上旬' })).toBe('4月上旬');
  });

  it('writes 是年 for a year-only date under a year heading', () => {
    expect(timelineDateLead({ year: 2019 })).toBe('是年');
    expect(timelineDateLead({ year: 2021, note: '初' })).toBe('年初');
    expect(timelineDateLead({ year: 2018, note: '底' })).toBe('年底');
  });

  it('writes the full date when lines stand without a year heading', () => {
    const options = { underYearHeading: false };
    expect(timelineDateLead({ year: 2021, month: 4, day: 15 }, options)).toBe('2021年4月15日');
    expect(timelineDateLead({ year: 2019 }, options)).toBe('2019年');
  });
});

describe('timelineSentence', () => {
  it('writes one factual sentence like the seed', () => {
    expect(timelineSentence({ date: { year: 2021, month: 4, day: 15 }, summary: SEED })).toBe(
      `4月15日，${SEED}。`,
    );
  });

  it('ends with exactly one 。', () => {
    const date = { year: 2021, month: 7, day: 6 };
    for (const summary of [
      '举行读书交流活动',
      '举行读书交流活动。',
      '举行读书交流活动。。 ',
      '举行读书交流活动；',
      '举行读书交流活动.',
    ]) {
      expect(timelineSentence({ date, summary })).toBe('7月6日，举行读书交流活动。');
    }
  });

  it('drops a date already typed at the start of the summary', () => {
    const date = { year: 2021, month: 4, day: 15 };
    expect(timelineSentence({ date, summary: '2021年4月15日，揭牌' })).toBe('4月15日，揭牌。');
    expect(timelineSentence({ date, summary: '4月15日, 揭牌' })).toBe('4月15日，揭牌。');
    expect(timelineSentence({ date: { year: 2019 }, summary: '2019年，组织重点调研' })).toBe(
      '是年，组织重点调研。',
    );
    expect(timelineSentence({ date, summary: '中国工程院院士刘良出席' })).toBe(
      '4月15日，中国工程院院士刘良出席。',
    );
  });

  it('adds leaders the summary does not name', () => {
    const date = { year: 2021, month: 4, day: 15 };
    expect(
      timelineSentence({
        date,
        summary: SEED,
        leaders: ['省政协副主席张大方', '省政协副主席贺安杰'],
      }),
    ).toBe(`4月15日，${SEED}。省政协副主席贺安杰出席。`);
    expect(timelineSentence({ date, summary: SEED, leaders: ['省政协副主席张大方', ' '] })).toBe(
      `4月15日，${SEED}。`,
    );
  });
});

describe('timelineSentence of an activity over several days', () => {
  it('leads with the range as a 大事记 writes it', () => {
    const summary = '省政协副主席张大方率港澳委员赴郴州考察';
    const line = (date: object, endDate: object) =>
      timelineSentence({ date, endDate, summary } as Parameters<typeof timelineSentence>[0]);
    expect(line({ year: 2018, month: 5, day: 29 }, { year: 2018, month: 6, day: 1 })).toBe(
      `5月29日至6月1日，${summary}。`,
    );
    expect(line({ year: 2021, month: 7, day: 6 }, { year: 2021, month: 7, day: 8 })).toBe(
      `7月6日至8日，${summary}。`,
    );
    expect(line({ year: 2020, month: 12, day: 30 }, { year: 2021, month: 1, day: 2 })).toBe(
      `12月30日至2021年1月2日，${summary}。`,
    );
    expect(line({ year: 2021, month: 4, day: 15 }, { year: 2021, month: 4, day: 15 })).toBe(
      `4月15日，${summary}。`,
    );
  });

  it('drops a range already typed at the start of the summary', () => {
    const date = { year: 2018, month: 5, day: 29 };
    const endDate = { year: 2018, month: 6, day: 1 };
    expect(timelineSentence({ date, endDate, summary: '5月29日至6月1日，赴郴州考察' })).toBe(
      '5月29日至6月1日，赴郴州考察。',
    );
    expect(timelineSentence({ date, summary: '2018年5月29日至31日，赴郴州考察' })).toBe(
      '5月29日，赴郴州考察。',
    );
  });
});
