import { app } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../contract';
import type { SettingsStore } from '../services/hostServices';
import { loadSettingsFile } from '../services/settingsFile';

/**
 * electron-store with our schema (as JSON Schema) and defaults. The file is read and checked by
 * `loadSettingsFile` first, so a bad one is set aside (and reported) before electron-store sees it.
 */
export function createElectronSettingsStore(): { store: SettingsStore; setAsideTo: string | null } {
  const loaded = loadSettingsFile(join(app.getPath('userData'), 'settings.json'));
  const jsonSchema = z.toJSONSchema(settingsSchema) as { properties: Record<string, object> };
  const store = new Store<Settings>({
    name: 'settings',
    // Validation happens in loadSettingsFile and settingsSchema; the JSON Schema documents the file.
    schema: jsonSchema.properties as never,
  });
  store.store = loaded.settings;
  return {
    setAsideTo: loaded.setAsideTo,
    store: {
      get: () => settingsSchema.parse(store.store),
      update(patch) {
        const next = settingsSchema.parse({ ...store.store, ...patch });
        store.store = next;
        return next;
      },
    },
  };
}
