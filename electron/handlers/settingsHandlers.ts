import type { Settings, SettingsPatch } from '../contract';
import type { HostServices } from '../services/hostServices';

export async function getSettings(_args: undefined, services: HostServices): Promise<Settings> {
  return services.settings.get();
}

export async function setSettings(patch: SettingsPatch, services: HostServices): Promise<Settings> {
  return services.settings.update(patch);
}
