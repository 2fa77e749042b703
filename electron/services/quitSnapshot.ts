import {
  CLOSE_CHECK_GLOBAL,
  QUIT_SNAPSHOT_GLOBAL,
  QUIT_SNAPSHOT_TIMEOUT_MS,
} from '../contract/backups';

export type QuitSnapshotOutcome = 'written' | 'failed' | 'timeout' | 'unavailable';

/** Source run in the page: its 退出时 snapshot, or null when the page has none to take. */
const ASK_PAGE = `(() => { const take = window[${JSON.stringify(QUIT_SNAPSHOT_GLOBAL)}]; return typeof take === 'function' ? take() : null; })()`;

/**
 * Asks the page for its 退出时 snapshot and waits for it, `timeoutMs` at most: quitting never
 * hangs on a backup. `evaluate` runs source in the page (webContents.executeJavaScript in
 * Electron, page.evaluate in the shell). Never rejects.
 */
export async function requestQuitSnapshot(
  evaluate: (source: string) => Promise<unknown>,
  timeoutMs: number = QUIT_SNAPSHOT_TIMEOUT_MS,
): Promise<QuitSnapshotOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<QuitSnapshotOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const asked = evaluate(ASK_PAGE).then(
    (answer): QuitSnapshotOutcome =>
      answer === true ? 'written' : answer === null ? 'unavailable' : 'failed',
    (): QuitSnapshotOutcome => 'failed',
  );
  try {
    return await Promise.race([asked, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Source run in the page: its answer to closing, or true when it has nothing to ask. */
const ASK_CLOSE = `(() => { const check = window[${JSON.stringify(CLOSE_CHECK_GLOBAL)}]; return typeof check === 'function' ? check() : true; })()`;

/**
 * Asks the page whether the app may close: false when the user chose to stay with work not
 * saved. A page that cannot answer (gone, failing) never holds the app open. Never rejects.
 */
export async function askPageToClose(
  evaluate: (source: string) => Promise<unknown>,
): Promise<boolean> {
  try {
    return (await evaluate(ASK_CLOSE)) !== false;
  } catch {
    return true;
  }
}
