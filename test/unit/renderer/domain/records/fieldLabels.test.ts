import { describe, expect, it } from 'vitest';
import {
  FIELD_LABELS,
  fieldLabel,
  inputSchemas,
  RECORD_KINDS,
} from '../../../../../renderer/src/domain/records';

/** The labels DESIGN.md §2 names for each kind. */
const DESIGN_LABELS = {
  member:
    '姓名 其他写法 类别 性别 民族 党派 出生年月 学历 界别 届次 所在地 工作单位及职务 专长领域 联系电话 电子邮箱 所属工作室 状态 备注',
  activity:
    '活动名称 活动类型 开始日期 结束日期 地点 形式 主办单位 出席领导 参加委员 角色 出席情况 批准人 所属专项 活动概述 成果 指标 数值 单位 列入大事记 大事记摘要 附件 标签 案号 案由 领衔 联名 立案 重点提案 答复 满意度 是否采用 批示 工作室 留言数 浏览量 转办问题数 书目 带队领导 调研报告',
  donation:
    '捐赠类型 捐赠方 金额 币种 汇率 折合人民币 物资明细 名称 规格 数量 单位 估值 有效期 物资状态 受赠方 开票单位 定向/非定向 用途 所属专项 捐赠日期 票据号 捐赠证书号 致谢情况 保密 附件 备注',
  campaign: '名称 起止日期 说明',
  studio: '名称 类型 界别 成立日期 负责委员 入驻委员 入驻政协云 荣誉 简介',
} as const;

describe('FIELD_LABELS', () => {
  it('holds every label of DESIGN.md §2', () => {
    for (const kind of RECORD_KINDS) {
      const labels = Object.values(FIELD_LABELS[kind]) as string[];
      for (const label of DESIGN_LABELS[kind].split(' '))
        expect(labels, `${kind} ${label}`).toContain(label);
    }
  });

  it('labels every top-level field of every input schema, uniquely', () => {
    for (const kind of RECORD_KINDS) {
      const schema = inputSchemas[kind] as unknown as { shape?: Record<string, unknown> };
      const keys = Object.keys(schema.shape ?? {});
      expect(keys.length).toBeGreaterThan(0);
      const labels: Record<string, string> = FIELD_LABELS[kind];
      for (const key of keys) expect(labels[key], `${kind}.${key}`).toBeTruthy();
      const topLabels = keys.map((key) => labels[key]);
      expect(new Set(topLabels).size, kind).toBe(topLabels.length);
    }
  });
});

describe('fieldLabel', () => {
  it('resolves nested paths and rows', () => {
    expect(fieldLabel('donation', ['items', 0, 'name'])).toBe('物资明细第1行·名称');
    expect(fieldLabel('donation', ['amount', 'currency'])).toBe('币种');
    expect(fieldLabel('donation', ['items', 2, 'value', 'amountMinor'])).toBe('物资明细第3行·估值');
    expect(fieldLabel('member', ['otherNames', 1])).toBe('其他写法第2项');
    expect(fieldLabel('activity', ['startDate', 'month'])).toBe('开始日期');
    expect(fieldLabel('activity', ['participants', 0])).toBe('参加委员第1行');
    expect(fieldLabel('activity', [])).toBe('履职活动');
    expect(fieldLabel('member', ['unknown'])).toBe('委员');
  });
});
