import { app, shell } from 'electron';
import { join } from 'node:path';
import { PathGrants } from '../services/pathGrants';
import type { Logger } from '../services/logger';
import type { HostServices, SettingsStore } from '../services/hostServices';
import { APP_ORIGIN } from './appOrigin';
import { electronDialogs } from './electronDialogs';
import { printWithElectron } from './electronPrinter';

export function createElectronServices(
  log: Logger,
  settings: SettingsStore,
  settingsSetAsideTo: string | null,
): HostServices {
  const dataDir = app.getPath('userData');
  return {
    host: 'electron',
    appVersion: app.getVersion(),
    versions: {
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
    },
    dataDir,
    logDir: logDirOf(dataDir),
    trustedOrigins: [APP_ORIGIN],
    settings,
    settingsSetAsideTo,
    dialogs: electronDialogs,
    grants: new PathGrants([join(dataDir, 'exports')]),
    log,
    openPath: async (path) => {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
    printToPdf: printWithElectron,
  };
}

/** The log folder inside the data folder. */
export function logDirOf(dataDir: string): string {
  return join(dataDir, 'logs');
}
