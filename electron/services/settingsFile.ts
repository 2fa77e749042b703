import { readFileSync, renameSync } from 'node:fs';
import { DEFAULT_SETTINGS, type Settings } from '../contract';
import { migrateSettings } from './settingsMigrations';

export interface LoadedSettings {
  settings: Settings;
  /** Where an unreadable settings file was moved; null when there was none. */
  setAsideTo: string | null;
}

/**
 * Reads the settings file at start-up. A file that is not JSON or fails the settings schema is
 * not silently repaired: it is moved aside as `settings.json.bad-<time>` (so nothing the user set
 * is destroyed) and the app starts on defaults. A missing file is simply a first start.
 */
export function loadSettingsFile(file: string, now: () => Date = () => new Date()): LoadedSettings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { settings: DEFAULT_SETTINGS, setAsideTo: null };
    }
    throw error;
  }
  const settings = parseSettings(text);
  if (settings) return { settings, setAsideTo: null };
  const setAsideTo = `${file}.bad-${now().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(file, setAsideTo);
  return { settings: DEFAULT_SETTINGS, setAsideTo };
}

function parseSettings(text: string): Settings | null {
  try {
    return migrateSettings(JSON.parse(text));
  } catch {
    return null;
  }
}
