import type { BrowserContext, Page } from 'playwright-core';
import type { Logger } from '../services/logger';
import { askPageToClose, requestQuitSnapshot } from '../services/quitSnapshot';

/**
 * Run in the page before the app: an unload (the window being closed) is held by the page's
 * 离开 prompt, which the shell answers itself (the user never sees it). Reload keys (F5,
 * Ctrl+R) let the unload through: a reload is not a quit.
 */
const HOLD_UNLOAD = `(() => {
  let reloading = false;
  addEventListener('keydown', (event) => {
    const key = event.key.toLowerCase();
    if (key === 'f5' || ((event.ctrlKey || event.metaKey) && key === 'r')) reloading = true;
  }, true);
  addEventListener('beforeunload', (event) => {
    if (reloading) return;
    event.preventDefault();
    event.returnValue = '';
  });
})();`;

/**
 * The 退出时 backup when the user closes the shell's window: the page's unload is held (its
 * 离开 prompt is dismissed by the shell), the page is asked whether it may close (a 设置 change
 * not saved: the user may stay, and the window stays open), writes its snapshot (within the time
 * limit), then the shell closes. Chromium holds an unload only in a page the user has clicked or typed
 * in: a window closed untouched closes at once, without this snapshot (the daily one stands).
 * Call before the page loads the app. Other page dialogs are dismissed, as Playwright would.
 */
export async function snapshotOnWindowClose(
  context: BrowserContext,
  page: Page,
  log: Pick<Logger, 'write'>,
): Promise<void> {
  await context.addInitScript({ content: HOLD_UNLOAD });
  let closing = false;
  page.on('dialog', (dialog) => {
    void dialog.dismiss().catch(() => undefined);
    if (dialog.type() !== 'beforeunload' || closing) return;
    closing = true;
    const evaluate = (source: string) => page.evaluate(source);
    // A reload or a crash while the user is asked leaves the window open (evaluate rejects on a
    // reload; a crash is only told by this event).
    const gone = new Promise((resolve) => page.once('crash', resolve));
    void askPageToClose(evaluate, { gone }).then(async (answer) => {
      if (!answer.close) {
        log.write('info', 'shell', `window close cancelled: ${answer.why}`);
        closing = false;
        return;
      }
      if (answer.why !== 'nothing unsaved') {
        log.write('info', 'shell', `closing the window: ${answer.why}`);
      }
      const outcome = await requestQuitSnapshot(evaluate);
      log.write('info', 'shell', `quit snapshot (window closed): ${outcome}`);
      await context.close().catch(() => undefined);
    });
  });
}
