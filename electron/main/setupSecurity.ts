import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import type { Logger } from '../services/logger';
import { APP_ORIGIN } from './appOrigin';
import { openExternalAfterConfirm } from './externalUrl';

/**
 * Denies navigation, redirects, new windows, webviews and permission requests everywhere; a web
 * link a page opens goes to the system browser once the user has confirmed its URL.
 */
export function setupSecurity(log: Logger): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalAfterConfirm(url, {
        confirm: async (question) => (await askOver(contents, question)).response === 0,
        open: (target) => shell.openExternal(target),
      }).catch((error: unknown) =>
        log.write('error', 'main', `openExternal failed: ${url}`, String(error)),
      );
      return { action: 'deny' };
    });
  });
}

function askOver(contents: WebContents, question: Electron.MessageBoxOptions) {
  const owner = BrowserWindow.fromWebContents(contents);
  return owner ? dialog.showMessageBox(owner, question) : dialog.showMessageBox(question);
}
