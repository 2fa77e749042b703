import { describe, expect, it } from 'vitest';
import { composeTimeline } from '../../../../renderer/src/domain/composeTimeline';

describe('composeTimeline', () => {
  it('orders by year and date, with 是月 and 是年 last', () => {
    const years = composeTimeline([
      { date: { year: 2021 }, summary: '全年开展线上履职活动10多场' },
      { date: { year: 2021, month: 4 }, summary: '组织网上值班' },
      { date: { year: 2021, month: 4, day: 15 }, summary: '为联动工作室揭牌' },
      { date: { year: 2021, month: 7, day: 6 }, summary: '举行读书交流活动' },
      { date: { year: 2021, month: 3 }, summary: '港区委员开展街头活动' },
      { date: { year: 2019 }, summary: '组织重点调研和高峰论坛' },
    ]);
    expect(years.map((y) => y.year)).toEqual([2019, 2021]);
    expect(years[0]?.lines.map((l) => l.text)).toEqual(['是年，组织重点调研和高峰论坛。']);
    expect(years[1]?.lines.map((l) => l.text)).toEqual([
      '3月，港区委员开展街头活动。',
      '4月15日，为联动工作室揭牌。',
      '是月，组织网上值班。',
      '7月6日，举行读书交流活动。',
      '是年，全年开展线上履职活动10多场。',
    ]);
  });

  it('keeps the given order for equal dates and an empty list empty', () => {
    const date = { year: 2020, month: 2, day: 1 };
    const years = composeTimeline([
      { date, summary: '甲', id: 1 },
      { date, summary: '乙', id: 2 },
    ]);
    expect(years[0]?.lines.map((l) => l.fact.id)).toEqual([1, 2]);
    expect(composeTimeline([])).toEqual([]);
  });
});
