import { app, BrowserWindow } from 'electron';
import type { HostServices } from '../services/hostServices';
import { APP_ENTRY_URL } from './appOrigin';
import { mainWindowOptions } from './windowOptions';
import { trackWindowState } from './windowState';

export function createMainWindow(services: HostServices, preloadPath: string): BrowserWindow {
  const state = services.settings.get().windowState;
  const window = new BrowserWindow(
    mainWindowOptions(state, preloadPath, { devTools: !app.isPackaged }),
  );
  if (state?.maximized) window.maximize();
  trackWindowState(window, services.settings);
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    services.log.write('error', 'main', `renderer gone: ${details.reason}`);
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
