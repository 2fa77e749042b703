import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFileLogger, type Logger } from '../services/logger';
import { reportUncaughtErrors, startOrQuit, type ShowError } from '../services/uncaughtErrors';
import { createElectronServices, logDirOf } from './createElectronServices';
import { createElectronSettingsStore } from './electronSettingsStore';
import { createMainWindow } from './createMainWindow';
import { settingsSetAsideNotice } from './settingsSetAsideNotice';
import { registerAppScheme, setupProtocol } from './setupProtocol';
import { setupIpc } from './setupIpc';
import { setupMenu } from './setupMenu';
import { setupQuitSnapshot } from './setupQuitSnapshot';
import { setupSecurity } from './setupSecurity';

const here = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(here, '../preload/preload.cjs');
const rendererDir = join(here, '../renderer');

/** An error box before the app is ready (the only kind Electron can show then), a dialog after. */
const showError: ShowError = (title, text) => {
  if (!app.isReady()) return dialog.showErrorBox(title, text);
  void dialog.showMessageBox({ type: 'error', title: '履职台账', message: title, detail: text });
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  const log = createFileLogger(logDirOf(app.getPath('userData')));
  reportUncaughtErrors(process, log, showError);
  void app.whenReady().then(() =>
    startOrQuit(
      () => start(log),
      log,
      (title, text) => dialog.showErrorBox(title, text),
      (code) => app.exit(code),
    ),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function start(log: Logger): void {
  const settings = createElectronSettingsStore();
  const services = createElectronServices(log, settings.store, settings.setAsideTo);
  setupSecurity(log);
  setupProtocol(rendererDir, services.dataDir);
  setupIpc(services);
  setupMenu(services);
  // Before the window exists, so that its close is watched from the start.
  setupQuitSnapshot(() => window, log);
  let window = createMainWindow(services, preloadPath);
  if (settings.setAsideTo) {
    log.write('warn', 'main', `unreadable settings set aside as ${settings.setAsideTo}`);
    void dialog.showMessageBox(window, settingsSetAsideNotice(settings.setAsideTo));
  }
  log.write('info', 'main', `started ${app.getVersion()}`);

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      window = createMainWindow(services, preloadPath);
    }
  });
}
