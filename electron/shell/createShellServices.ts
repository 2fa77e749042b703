import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialogs, HostServices } from '../services/hostServices';
import { JsonFileSettingsStore } from '../services/jsonFileSettingsStore';
import { createFileLogger } from '../services/logger';
import { PathGrants } from '../services/pathGrants';
import { SHELL_ORIGIN } from './shellOrigin';

export interface ShellServiceOptions {
  dataDir: string;
  dialogs: Dialogs;
  chromiumVersion: string;
  openPath?: (path: string) => Promise<void>;
  /** The shell's Chromium printer; without one (unit tests), printing is refused. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
}

/** The same services Electron gives its handlers, made of Node alone. */
export function createShellServices(options: ShellServiceOptions): HostServices {
  const logDir = join(options.dataDir, 'logs');
  const log = createFileLogger(logDir);
  const settings = new JsonFileSettingsStore(join(options.dataDir, 'settings.json'));
  if (settings.setAsideTo) {
    log.write('warn', 'shell', `设置文件无法读取，已原样移到 ${settings.setAsideTo}，改用默认设置`);
  }
  return {
    host: 'chromium-shell',
    appVersion: packageVersion(),
    versions: { chromium: options.chromiumVersion, node: process.versions.node },
    dataDir: options.dataDir,
    logDir,
    trustedOrigins: [SHELL_ORIGIN],
    settings,
    settingsSetAsideTo: settings.setAsideTo,
    dialogs: options.dialogs,
    grants: new PathGrants([join(options.dataDir, 'exports')]),
    log,
    openPath: options.openPath ?? openWithSystem,
    printToPdf:
      options.printToPdf ??
      (() => Promise.reject(new Error('no printer: the shell was created without a browser'))),
  };
}

async function openWithSystem(path: string): Promise<void> {
  const command =
    process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, [path], { stdio: 'ignore', detached: true });
    child.once('error', () => reject(new Error(`无法用系统程序打开，请手动打开：${path}`)));
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}
