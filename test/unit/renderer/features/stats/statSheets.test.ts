import { describe, expect, it } from 'vitest';
import { donationChart, rankingChart } from '../../../../../renderer/src/features/stats/statCharts';
import { filterText, statSheet } from '../../../../../renderer/src/features/stats/statSheets';

describe('a chart table as an exported sheet', () => {
  it('writes the ranking row by row, counts as numbers and the rate as a fraction', () => {
    const chart = rankingChart([
      { memberId: 'a', name: '胡旭晟', sector: '经济', attended: 3, expected: 4 },
      { memberId: 'b', name: '陳美玲', sector: '教育', attended: 0, expected: 0 },
    ]);
    const sheet = statSheet(
      {
        sheetName: '委员参与排名',
        title: '2018年委员参与排名',
        filter: filterText(2018, undefined),
      },
      chart,
    );
    expect(sheet.title).toBe('2018年委员参与排名');
    expect(sheet.filter).toBe('2018年 · 全部专项');
    expect(sheet.headers).toEqual(['名次', '委员', '出席', '应出席', '出席率']);
    expect(sheet.kinds).toEqual(['count', 'text', 'count', 'count', 'rate']);
    expect(sheet.rows).toEqual([
      [1, '胡旭晟', 3, 4, 0.75],
      [2, '陳美玲', 0, 0, '—'],
    ]);
    expect(sheet.unit).toBeUndefined();
  });

  it('writes donations in 万元 as numbers, says the unit, and keeps the note', () => {
    const chart = donationChart(
      [
        {
          campaignId: 'c1',
          count: 2,
          cashCnyMinor: 9_100_000_00,
          goodsCnyMinor: 12_345_00,
          unconverted: 1,
        },
      ],
      () => '新冠肺炎疫情防控',
    );
    const sheet = statSheet(
      { sheetName: '捐赠', title: '2020年捐赠', filter: filterText(2020, '新冠肺炎疫情防控') },
      chart,
    );
    expect(sheet.filter).toBe('2020年 · 新冠肺炎疫情防控');
    expect(sheet.unit).toBe('单位：万元');
    // 9,100,000.00 元 = 910 万元; 12,345.00 元 = 1.23 万元.
    expect(sheet.rows).toEqual([['新冠肺炎疫情防控', 2, 910, 1.23, 911.23]]);
    expect(sheet.note).toBe('另有 1 笔外币资金没有记下折合人民币，未计入。');
    // Wide enough for the longest header, a Chinese character counting two.
    expect(sheet.widths[0]).toBeGreaterThanOrEqual(18);
  });

  it('states a table over every year as 各年度', () => {
    expect(filterText('各年度', '三进三助聚力行动')).toBe('各年度 · 三进三助聚力行动');
  });
});
