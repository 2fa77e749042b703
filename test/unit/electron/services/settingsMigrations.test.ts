import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/contract';
import { migrateSettings } from '../../../../electron/services/settingsMigrations';

describe('migrateSettings', () => {
  it('fills defaults for keys a file never had', () => {
    expect(migrateSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses what is not a settings object', () => {
    expect(migrateSettings(undefined)).toBeNull();
    expect(migrateSettings('garbage')).toBeNull();
    expect(migrateSettings([1, 2])).toBeNull();
  });

  it('keeps the values of a file written before settings had a version', () => {
    const migrated = migrateSettings({ operatorName: '王小明', committeeName: '某委员会' });
    expect(migrated).toMatchObject({
      settingsVersion: 1,
      operatorName: '王小明',
      committeeName: '某委员会',
    });
  });

  it('refuses a file with a value of the wrong type instead of dropping it quietly', () => {
    expect(
      migrateSettings({ settingsVersion: 1, operatorName: 7, committeeName: '某委员会' }),
    ).toBeNull();
  });

  it('gives a file written before 履职积分规则 existed the renderer defaults (null)', () => {
    const migrated = migrateSettings({ settingsVersion: 1, committeeName: '某委员会' });
    expect(migrated?.pointsRules).toBeNull();
    expect(migrated?.committeeName).toBe('某委员会');
  });

  it('keeps stored 履职积分规则, and refuses a file whose rules are not an object', () => {
    const rules = { deductions: { 缺席: 10 } };
    expect(migrateSettings({ settingsVersion: 1, pointsRules: rules })?.pointsRules).toEqual(rules);
    expect(migrateSettings({ settingsVersion: 1, pointsRules: [1, 2] })).toBeNull();
    expect(migrateSettings({ settingsVersion: 1, pointsRules: '满分' })).toBeNull();
  });
});
