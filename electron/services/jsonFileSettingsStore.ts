import writeFileAtomic from 'write-file-atomic';
import { settingsSchema, type Settings } from '../contract';
import type { SettingsStore } from './hostServices';
import { loadSettingsFile } from './settingsFile';

/**
 * Settings in a JSON file, for the Chromium shell and tests. Same file name and shape as the
 * electron-store file, so both hosts read the same settings.
 */
export class JsonFileSettingsStore implements SettingsStore {
  private current: Settings;
  /** Where an unreadable settings file was moved at start-up; null when there was none. */
  readonly setAsideTo: string | null;

  constructor(
    private readonly file: string,
    now?: () => Date,
  ) {
    const loaded = loadSettingsFile(file, now);
    this.current = loaded.settings;
    this.setAsideTo = loaded.setAsideTo;
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
