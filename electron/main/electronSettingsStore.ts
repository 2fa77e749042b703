import Store from 'electron-store';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../contract';
import type { SettingsStore } from '../services/hostServices';
import { migrateSettings } from '../services/settingsMigrations';

/** electron-store with our schema (as JSON Schema) and defaults; versions migrate on open. */
export function createElectronSettingsStore(): SettingsStore {
  const jsonSchema = z.toJSONSchema(settingsSchema) as { properties: Record<string, object> };
  const store = new Store<Settings>({
    name: 'settings',
    // Validation happens in migrateSettings and settingsSchema; the JSON Schema documents the file.
    schema: jsonSchema.properties as never,
    clearInvalidConfig: true,
  });
  const migrated = migrateSettings(store.store);
  store.store = migrated;
  return {
    get: () => settingsSchema.parse(store.store),
    update(patch) {
      const next = settingsSchema.parse({ ...store.store, ...patch });
      store.store = next;
      return next;
    },
  };
}
