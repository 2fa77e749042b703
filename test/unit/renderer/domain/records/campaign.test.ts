import { describe, expect, it } from 'vitest';
import { campaignSchema } from '../../../../../renderer/src/domain/records';
import { BASE, issuesOf, messagesOf, valueOf } from './validationHelpers';

describe('campaign', () => {
  it('needs 名称 and takes 起止日期 and 说明', () => {
    expect(valueOf('campaign', { name: '新冠肺炎疫情防控' })).toEqual({
      name: '新冠肺炎疫情防控',
      period: {},
    });
    const full = {
      name: '三进三助聚力行动',
      period: { start: { year: 2018 }, end: { year: 2022, month: 6 } },
      description: '以“对接大湾区、共推新发展”为主题',
    };
    expect(valueOf('campaign', full)).toEqual(full);
    expect(messagesOf('campaign', {})).toEqual(['名称：不能为空']);
  });

  it('refuses an end before the start', () => {
    expect(
      issuesOf('campaign', {
        name: '青竹村乡村振兴',
        period: { start: { year: 2021, month: 4 }, end: { year: 2021, month: 3, day: 31 } },
      }),
    ).toEqual([{ field: 'period.end', label: '结束日期', message: '结束日期：不能早于开始日期' }]);
    expect(
      messagesOf('campaign', { name: '甲', period: { start: { year: 2021, month: 2, day: 29 } } }),
    ).toEqual(['开始日期：2021年2月没有29日']);
    expect(messagesOf('campaign', { name: '甲', period: '2018至今' })).toEqual([
      '起止日期：格式不正确',
    ]);
  });

  it('validates the stored form', () => {
    expect(campaignSchema.safeParse({ ...BASE, name: '甲', period: {} }).success).toBe(true);
  });
});
