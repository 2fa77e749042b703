import { app, type BrowserWindow } from 'electron';
import type { Logger } from '../services/logger';
import { askPageToClose, requestQuitSnapshot } from '../services/quitSnapshot';

/** What the quit watch needs of Electron's `app`: its two events, and quitting. */
export interface QuitApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(
    event: 'browser-window-created',
    listener: (event: unknown, window: QuitWindow) => void,
  ): unknown;
  quit(): void;
}

/** What it needs of a window: its close, bringing it up, and running source in its page. */
export interface QuitWindow {
  isDestroyed(): boolean;
  close(): void;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  webContents: QuitPage;
}

/** The page's events that end a question asked in it. */
type PageEnd = 'did-start-navigation' | 'render-process-gone' | 'destroyed';

export interface QuitPage {
  executeJavaScript(source: string, userGesture?: boolean): Promise<unknown>;
  on(event: PageEnd, listener: (...args: unknown[]) => void): unknown;
  removeListener(event: PageEnd, listener: (...args: unknown[]) => void): unknown;
}

/**
 * Settles when the page is reloaded, goes elsewhere, crashes or is destroyed: a question asked
 * in it will then never be answered (Electron drops the pending executeJavaScript).
 */
function whenPageEnds(page: QuitPage): { ended: Promise<void>; stop: () => void } {
  let stop = () => undefined as void;
  const ended = new Promise<void>((resolve) => {
    const onNavigation = (...args: unknown[]) => {
      // Electron passes the details first (isMainFrame, isSameDocument): an in-page hash change
      // is the app's own routing, not the page going away.
      const details = args[0] as { isMainFrame?: boolean; isSameDocument?: boolean } | undefined;
      if (details?.isMainFrame !== false && details?.isSameDocument !== true) end();
    };
    const end = () => {
      stop();
      resolve();
    };
    stop = () => {
      page.removeListener('did-start-navigation', onNavigation);
      page.removeListener('render-process-gone', end);
      page.removeListener('destroyed', end);
    };
    page.on('did-start-navigation', onNavigation);
    page.on('render-process-gone', end);
    page.on('destroyed', end);
  });
  return { ended, stop };
}

/**
 * The 退出时 backup: closing the main window or quitting (menu, Ctrl+Q) first asks the page
 * whether it may close (a 设置 change not saved: the user may stay), then for its snapshot, waits
 * for it within a time limit, then goes on closing. The snapshot is asked once per run: whatever
 * its answer, the second close goes through; after a "stay", the next close asks again.
 */
export function setupQuitSnapshot(currentWindow: () => BrowserWindow | null, log: Logger): void {
  watchQuitSnapshot(app as unknown as QuitApp, currentWindow as () => QuitWindow | null, log);
}

/**
 * {@link setupQuitSnapshot} on any `app`: `before-quit` and the main window's `close` are held
 * (preventDefault) while the page answers whether it may close and writes its snapshot, then
 * quitting or closing resumes, unless the user chose to stay. `ask` is the snapshot's request to
 * the page (within its time limit: it always settles), `askClose` the question before it.
 */
export function watchQuitSnapshot(
  quitApp: QuitApp,
  currentWindow: () => QuitWindow | null,
  log: Pick<Logger, 'write'>,
  ask: typeof requestQuitSnapshot = requestQuitSnapshot,
  askClose: typeof askPageToClose = askPageToClose,
): void {
  let state: 'idle' | 'asking' | 'done' = 'idle';
  const askThen = (proceed: () => void) => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) {
      state = 'done';
      proceed();
      return;
    }
    state = 'asking';
    const evaluate = (source: string) => window.webContents.executeJavaScript(source, true);
    const page = whenPageEnds(window.webContents);
    const beforeAsking = () => {
      // The question is in the window: a window closed from the taskbar while minimized shows it.
      if (window.isMinimized()) window.restore();
      window.focus();
    };
    void askClose(evaluate, { gone: page.ended, beforeAsking }).then(async (answer) => {
      page.stop();
      if (!answer.close) {
        log.write('info', 'main', `close cancelled: ${answer.why}`);
        state = 'idle';
        return;
      }
      if (answer.why !== 'nothing unsaved') log.write('info', 'main', `closing: ${answer.why}`);
      const outcome = await ask(evaluate);
      log.write('info', 'main', `quit snapshot: ${outcome}`);
      state = 'done';
      proceed();
    });
  };
  quitApp.on('before-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'idle') askThen(() => quitApp.quit());
  });
  quitApp.on('browser-window-created', (_event, window) => {
    window.on('close', (event) => {
      if (state === 'done' || window !== currentWindow()) return;
      event.preventDefault();
      if (state === 'idle') askThen(() => window.close());
    });
  });
}
