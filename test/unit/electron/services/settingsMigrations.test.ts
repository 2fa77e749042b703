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
});
