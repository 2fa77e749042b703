import { app, shell } from 'electron';
import { join } from 'node:path';
import { PathGrants } from '../services/pathGrants';
import { createFileLogger } from '../services/logger';
import type { HostServices } from '../services/hostServices';
import { APP_ORIGIN } from './appOrigin';
import { electronDialogs } from './electronDialogs';
import { createElectronSettingsStore } from './electronSettingsStore';

export function createElectronServices(): HostServices {
  const dataDir = app.getPath('userData');
  const logDir = join(dataDir, 'logs');
  return {
    host: 'electron',
    appVersion: app.getVersion(),
    versions: {
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
    },
    dataDir,
    logDir,
    trustedOrigins: [APP_ORIGIN],
    settings: createElectronSettingsStore(),
    dialogs: electronDialogs,
    grants: new PathGrants([join(dataDir, 'exports')]),
    log: createFileLogger(logDir),
    openPath: async (path) => {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
  };
}
