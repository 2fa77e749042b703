import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElectronServices } from './createElectronServices';
import { createMainWindow } from './createMainWindow';
import { registerAppScheme, setupProtocol } from './setupProtocol';
import { setupIpc } from './setupIpc';
import { setupMenu } from './setupMenu';
import { setupSecurity } from './setupSecurity';

const here = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(here, '../preload/preload.cjs');
const rendererDir = join(here, '../renderer');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.whenReady().then(() => {
    const services = createElectronServices();
    process.on('uncaughtException', (error) =>
      services.log.write('error', 'main', error.message, error.stack),
    );
    setupSecurity(services.log);
    setupProtocol(rendererDir);
    setupIpc(services);
    setupMenu(services);
    let window = createMainWindow(services, preloadPath);
    services.log.write('info', 'main', `started ${app.getVersion()}`);

    app.on('second-instance', () => {
      if (window.isMinimized()) window.restore();
      window.focus();
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0)
        window = createMainWindow(services, preloadPath);
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
