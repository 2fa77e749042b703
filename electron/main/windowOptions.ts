import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from '../contract';

export const DEFAULT_WINDOW = { width: 1280, height: 820 };

/**
 * The main window's options. Security settings are spelled out even where they are Electron's
 * defaults, so a test can hold them in place.
 */
export function mainWindowOptions(
  state: WindowState | null,
  preloadPath: string,
  options: { devTools: boolean },
): BrowserWindowConstructorOptions {
  return {
    title: '履职台账',
    width: state?.width ?? DEFAULT_WINDOW.width,
    height: state?.height ?? DEFAULT_WINDOW.height,
    ...(state?.x !== undefined && state?.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A packaged build cannot open DevTools at all, by menu, shortcut or any other way.
      devTools: options.devTools,
    },
  };
}
