import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/contract';
import { migrateSettings } from '../../../../electron/services/settingsMigrations';

describe('migrateSettings', () => {
  it('fills defaults for a missing or unreadable file', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the values of a file written before settings had a version', () => {
    const migrated = migrateSettings({ operatorName: '王小明', committeeName: '某委员会' });
    expect(migrated).toMatchObject({
      settingsVersion: 1,
      operatorName: '王小明',
      committeeName: '某委员会',
    });
  });

  it('drops a value of the wrong type, keeping the rest', () => {
    const migrated = migrateSettings({
      settingsVersion: 1,
      operatorName: 7,
      committeeName: '某委员会',
    });
    expect(migrated.operatorName).toBe('');
    expect(migrated.committeeName).toBe('某委员会');
  });

  it('gives a file written before 履职积分规则 existed the renderer defaults (null)', () => {
    const migrated = migrateSettings({ settingsVersion: 1, committeeName: '某委员会' });
    expect(migrated.pointsRules).toBeNull();
    expect(migrated.committeeName).toBe('某委员会');
  });

  it('keeps stored 履职积分规则 and drops ones that are not an object', () => {
    const rules = { deductions: { 缺席: 10 } };
    expect(migrateSettings({ settingsVersion: 1, pointsRules: rules }).pointsRules).toEqual(rules);
    expect(migrateSettings({ settingsVersion: 1, pointsRules: [1, 2] }).pointsRules).toBeNull();
    expect(migrateSettings({ settingsVersion: 1, pointsRules: '满分' }).pointsRules).toBeNull();
  });
});
