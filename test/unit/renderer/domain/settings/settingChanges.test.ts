import { describe, expect, it } from 'vitest';
import { DEFAULT_POINTS_RULES, type PointsRules } from '../../../../../renderer/src/domain/points';
import {
  settingChanges,
  settingsAuditEntry,
  settingsSummary,
} from '../../../../../renderer/src/domain/settings';

/** The default rules with some numbers changed. */
function rulesWith(change: (rules: PointsRules) => void): PointsRules {
  const rules = structuredClone(DEFAULT_POINTS_RULES);
  change(rules);
  return rules;
}

/** Each change as one line: 提案领衔积分 5 → 7. */
function lines(changes: ReturnType<typeof settingChanges>): string[] {
  return changes.map(({ label, before, after }) => `${label} ${before} → ${after}`);
}

describe('the 操作记录 wording of a points-rules change', () => {
  it('names each changed rule by the label of its box, before → after, and nothing else', () => {
    const after = rulesWith((rules) => {
      rules.proposal.lead = 7;
      rules.activity.调研.发言 = 9;
      rules.caps.公益捐赠 = 15;
    });
    expect(
      lines(settingChanges({ pointsRules: DEFAULT_POINTS_RULES }, { pointsRules: after })),
    ).toEqual(['调研发言积分 8 → 9', '提案领衔积分 5 → 7', '公益捐赠上限 10 → 15']);
  });

  it('reads stored rules of null as the defaults, so a first save lists only what it changed', () => {
    const after = rulesWith((rules) => void (rules.grades.优秀 = 95));
    expect(lines(settingChanges({ pointsRules: null }, { pointsRules: after }))).toEqual([
      '优秀不低于 90 → 95',
    ]);
  });

  it('names the 履职提醒 standards as that page does, in times, under their own heading', () => {
    const after = rulesWith((rules) => {
      rules.reminders.minCounts.参加会议和学习培训 = 3;
      rules.reminders.maxAbsences = 2;
    });
    const changes = settingChanges({ pointsRules: DEFAULT_POINTS_RULES }, { pointsRules: after });
    expect(lines(changes)).toEqual(['会议学习至少 2 次 → 3 次', '缺席超过 1 次 → 2 次']);
    expect(settingsSummary('修改', changes)).toBe(
      '修改履职提醒标准：会议学习至少 2 次 → 3 次、缺席超过 1 次 → 2 次',
    );
  });

  it('sums up a long change with its first three rules and how many in all', () => {
    const after = rulesWith((rules) => {
      rules.proposal.lead = 6;
      rules.proposal.joint = 3;
      rules.proposal.filedExtra = 4;
      rules.proposal.keyExtra = 6;
      rules.totalCap = 90;
    });
    const changes = settingChanges({ pointsRules: DEFAULT_POINTS_RULES }, { pointsRules: after });
    expect(settingsSummary('修改', changes)).toBe(
      '修改履职积分规则：提案领衔积分 5 → 6、提案联名积分 2 → 3、立案加分 3 → 4 等 5 项',
    );
  });
});

describe('the 操作记录 wording of other settings', () => {
  it('says which 基本信息 changed, an empty 经办人 as （空）', () => {
    const changes = settingChanges(
      { operatorName: '', committeeName: '省政协港澳台侨和外事委员会' },
      { operatorName: '王小明', committeeName: '市政协港澳台侨委员会' },
    );
    expect(settingsSummary('修改', changes)).toBe(
      '修改基本信息：经办人 （空） → 王小明、单位名称 省政协港澳台侨和外事委员会 → 市政协港澳台侨委员会',
    );
  });

  it('leaves out a setting saved as it was', () => {
    expect(
      settingChanges(
        { operatorName: '王小明', backupKeepDaily: 7 },
        { operatorName: '王小明', backupKeepDaily: 7 },
      ),
    ).toEqual([]);
  });

  it('gives counts of backups and days their unit', () => {
    const changes = settingChanges(
      { backupKeepDaily: 7, goodsStageLimitDays: 30 },
      { backupKeepDaily: 10, goodsStageLimitDays: 45 },
    );
    expect(lines(changes)).toEqual(['每日备份保留份数 7 份 → 10 份', '阶段超期天数 30 天 → 45 天']);
    expect(settingsSummary('修改', changes)).toMatch(/^修改备份、物资流转：/);
  });

  it('names a rate by currency and start date: added, replaced, removed', () => {
    const hkd = { currency: 'HKD', from: '2020-02-01', rate: '0.9013' };
    const usd = { currency: 'USD', from: '2020-02-01', rate: '6.9249' };
    const added = settingChanges({ exchangeRates: [] }, { exchangeRates: [hkd] });
    expect(added).toEqual([
      {
        key: 'exchangeRates.HKD@2020-02-01',
        group: '汇率',
        label: '港币（HKD）2020年2月1日起',
        before: null,
        after: '0.9013',
      },
    ]);
    expect(settingsSummary('添加', added)).toBe('添加汇率：港币（HKD）2020年2月1日起 0.9013');
    const replaced = settingChanges(
      { exchangeRates: [hkd] },
      { exchangeRates: [{ ...hkd, rate: '0.92' }, usd] },
    );
    expect(settingsSummary('导入', replaced)).toBe(
      '导入汇率：港币（HKD）2020年2月1日起 0.9013 → 0.92、美元（USD）2020年2月1日起 6.9249',
    );
    const removed = settingChanges({ exchangeRates: [usd] }, { exchangeRates: [] });
    expect(settingsSummary('删除', removed)).toBe('删除汇率：美元（USD）2020年2月1日起 6.9249');
  });
});

describe('settingsAuditEntry', () => {
  it('makes a 设置 entry of its own id with the summary, or none when nothing changed', () => {
    const entry = settingsAuditEntry({
      at: '2026-11-02T01:00:00.000Z',
      operator: '王小明',
      action: 'update',
      before: { committeeName: '甲' },
      after: { committeeName: '乙' },
    });
    expect(entry).toMatchObject({
      kind: 'settings',
      action: 'update',
      operator: '王小明',
      summary: '修改基本信息：单位名称 甲 → 乙',
      before: { committeeName: '甲' },
      after: { committeeName: '乙' },
    });
    expect(entry?.recordId).toBe(entry?.id);
    expect(
      settingsAuditEntry({
        at: '2026-11-02T01:00:00.000Z',
        operator: '王小明',
        action: 'update',
        before: { committeeName: '甲' },
        after: { committeeName: '甲' },
      }),
    ).toBeNull();
  });
});
