import { describe, expect, it } from 'vitest';
import { chartCaption, chartFileName } from '../../../../../renderer/src/features/stats/chartImage';
import { filterText } from '../../../../../renderer/src/features/stats/statSheets';

describe('a saved chart’s heading and file name', () => {
  it('says the filter, the committee and the day under the title', () => {
    expect(
      chartCaption('2020年 · 全部专项', '省政协港澳台侨和外事委员会', '2026年11月30日'),
    ).toEqual(['2020年 · 全部专项', '省政协港澳台侨和外事委员会', '2026年11月30日']);
    expect(chartCaption('各年度 · 全部专项', '  ', '2026年1月5日')).toEqual([
      '各年度 · 全部专项',
      '2026年1月5日',
    ]);
  });

  it('names the file after the title and the filter the title does not already say', () => {
    expect(chartFileName('2020年委员参与排名', filterText(2020, '新冠肺炎疫情防控'), 'png')).toBe(
      '2020年委员参与排名（新冠肺炎疫情防控）.png',
    );
    expect(chartFileName('2020年委员参与排名', filterText(2020, undefined), 'png')).toBe(
      '2020年委员参与排名（全部专项）.png',
    );
    expect(chartFileName('各年度履职活动（按类型）', filterText('各年度', undefined), 'png')).toBe(
      '各年度履职活动（按类型）（全部专项）.png',
    );
    expect(chartFileName('各类活动数量', filterText(2021, undefined), 'png')).toBe(
      '各类活动数量（2021年 · 全部专项）.png',
    );
  });

  it('names a chart’s table the same way, as .xlsx', () => {
    expect(chartFileName('2020年委员参与排名', filterText(2020, '新冠肺炎疫情防控'), 'xlsx')).toBe(
      '2020年委员参与排名（新冠肺炎疫情防控）.xlsx',
    );
    expect(chartFileName('2021年捐赠（按专项）', filterText(2021, '抗疫/复工'), 'xlsx')).toBe(
      '2021年捐赠（按专项）（抗疫／复工）.xlsx',
    );
  });

  it('replaces what a file name cannot hold in a 专项’s name', () => {
    expect(chartFileName('2021年捐赠', filterText(2021, '助学/助医: "光明"..'), 'png')).toBe(
      '2021年捐赠（助学／助医： ＂光明＂…）.png',
    );
  });
});
