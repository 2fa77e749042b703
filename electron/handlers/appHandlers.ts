import type { AppInfo } from '../contract';
import type { HostServices } from '../services/hostServices';

export async function appInfo(_args: undefined, services: HostServices): Promise<AppInfo> {
  return {
    appName: '履职台账',
    appVersion: services.appVersion,
    host: services.host,
    versions: services.versions,
    dataDir: services.dataDir,
    logDir: services.logDir,
  };
}

export async function openLogFolder(_args: undefined, services: HostServices): Promise<null> {
  await services.openPath(services.logDir);
  return null;
}

export async function writeLog(
  args: { level: 'error' | 'warn' | 'info'; message: string; detail?: string },
  services: HostServices,
): Promise<null> {
  services.log.write(args.level, 'renderer', args.message, args.detail);
  return null;
}
