import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, type Settings } from '../contract';

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Append-only: the migration at index N turns version N into version N + 1. Version 0 is a file
 * written before settings carried a version.
 */
const MIGRATIONS: Migration[] = [
  function addSettingsVersion(old) {
    return { ...old, settingsVersion: 1 };
  },
];

/** Brings whatever was on disk to the current shape, dropping what cannot be read. */
export function migrateSettings(raw: unknown): Settings {
  let current: Record<string, unknown> =
    raw && typeof raw === 'object' && !Array.isArray(raw)
      ? { ...(raw as Record<string, unknown>) }
      : {};
  let version = typeof current.settingsVersion === 'number' ? current.settingsVersion : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    current = step(current);
    version += 1;
  }
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const candidate = { ...DEFAULT_SETTINGS, [key]: current[key] };
    if (current[key] !== undefined && settingsSchema.safeParse(candidate).success) {
      merged[key] = current[key];
    }
  }
  merged.settingsVersion = SETTINGS_VERSION;
  return settingsSchema.parse(merged);
}
