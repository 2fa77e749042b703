import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../electron/main/windowOptions';

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the renderer, with no Node and no webviews', () => {
    const prefs = mainWindowOptions(null, '/app/preload.cjs', { devTools: true }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('reopens the window where it was left', () => {
    const options = mainWindowOptions(
      { x: 40, y: 30, width: 1500, height: 900, maximized: false },
      '/p.cjs',
      { devTools: true },
    );
    expect(options).toMatchObject({ x: 40, y: 30, width: 1500, height: 900 });
  });

  it('uses a sensible default size the first time', () => {
    const options = mainWindowOptions(null, '/p.cjs', { devTools: true });
    expect(options.width).toBe(1280);
    expect(options.x).toBeUndefined();
  });

  it('leaves DevTools out of a packaged build', () => {
    expect(mainWindowOptions(null, '/p.cjs', { devTools: false }).webPreferences?.devTools).toBe(
      false,
    );
  });
});
