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

/**
 * Brings a settings file's content to the current shape: each version's migration in turn, then
 * defaults for keys it never had. Null when the result fails the schema (or is not an object):
 * the caller sets such a file aside rather than quietly dropping what it holds.
 */
export function migrateSettings(raw: unknown): Settings | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  let current: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  let version = typeof current.settingsVersion === 'number' ? current.settingsVersion : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return null;
    current = step(current);
    version += 1;
  }
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...current });
  return parsed.success ? { ...parsed.data, settingsVersion: SETTINGS_VERSION } : null;
}
