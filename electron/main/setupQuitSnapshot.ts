import { app, type BrowserWindow } from 'electron';
import type { Logger } from '../services/logger';
import { requestQuitSnapshot } from '../services/quitSnapshot';

/**
 * The 退出时 backup: closing the main window or quitting (menu, Ctrl+Q) first asks the page for
 * its snapshot, waits for it within a time limit, then goes on closing. Asked once per run:
 * whatever the answer, the second close goes through.
 */
export function setupQuitSnapshot(currentWindow: () => BrowserWindow | null, log: Logger): void {
  let state: 'idle' | 'asking' | 'done' = 'idle';
  const askThen = (proceed: () => void) => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) {
      state = 'done';
      proceed();
      return;
    }
    state = 'asking';
    void requestQuitSnapshot((source) => window.webContents.executeJavaScript(source, true)).then(
      (outcome) => {
        log.write('info', 'main', `quit snapshot: ${outcome}`);
        state = 'done';
        proceed();
      },
    );
  };
  app.on('before-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'idle') askThen(() => app.quit());
  });
  app.on('browser-window-created', (_event, window) => {
    window.on('close', (event) => {
      if (state === 'done' || window !== currentWindow()) return;
      event.preventDefault();
      if (state === 'idle') askThen(() => window.close());
    });
  });
}
