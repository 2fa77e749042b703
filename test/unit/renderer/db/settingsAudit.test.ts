import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { logHostSettingsSaved } from '../../../../renderer/src/db/settingsAudit';
import { DEFAULT_POINTS_RULES } from '../../../../renderer/src/domain/points';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
  setOperator('李娜');
});

/** Settings as the host answers them, before any save. */
const stored = {
  settingsVersion: 1,
  operatorName: '李娜',
  committeeName: '省政协港澳台侨和外事委员会',
  windowState: null,
  pointsRules: null,
  backupFolder: null,
  backupKeepDaily: 7,
  backupKeepMonthly: 12,
};

describe('logHostSettingsSaved', () => {
  it('logs the settings a save asked for, before → after, under the 经办人', async () => {
    const rules = structuredClone(DEFAULT_POINTS_RULES);
    rules.proposal.lead = 7;
    const saved = { ...stored, pointsRules: rules, windowState: { width: 800, height: 600 } };
    await logHostSettingsSaved(stored, saved, ['pointsRules']);
    const [entry, ...more] = await database.audit.toArray();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'settings',
      action: 'update',
      operator: '李娜',
      summary: '修改履职积分规则：提案领衔积分 5 → 7',
      before: { pointsRules: null },
      after: { pointsRules: rules },
    });
  });

  it('logs nothing for a save that changed nothing', async () => {
    await logHostSettingsSaved(stored, { ...stored }, ['operatorName', 'committeeName']);
    expect(await database.audit.count()).toBe(0);
  });
});
