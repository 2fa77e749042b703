import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { settingsSchema, type Settings } from '../contract';
import type { SettingsStore } from './hostServices';
import { migrateSettings } from './settingsMigrations';

/**
 * Settings in a JSON file, for the Chromium shell and tests. Same file name and shape as the
 * electron-store file, so both hosts read the same settings.
 */
export class JsonFileSettingsStore implements SettingsStore {
  private current: Settings;

  constructor(private readonly file: string) {
    this.current = migrateSettings(readJson(file));
  }

  get(): Settings {
    return this.current;
  }

  update(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.current, ...patch });
    writeFileAtomic.sync(this.file, JSON.stringify(next, null, 2), { encoding: 'utf8' });
    this.current = next;
    return next;
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}
