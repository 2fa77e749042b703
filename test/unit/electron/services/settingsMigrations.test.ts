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
});
