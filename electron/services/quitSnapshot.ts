import {
  CLOSE_CHECK_GLOBAL,
  CLOSE_PROBE_TIMEOUT_MS,
  QUIT_SNAPSHOT_GLOBAL,
  QUIT_SNAPSHOT_TIMEOUT_MS,
  UNSAVED_WORK_GLOBAL,
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

/** Source run in the page: what closing would lose, at once ([] when nothing, or no app). */
const PROBE_UNSAVED = `(() => { const unsaved = window[${JSON.stringify(UNSAVED_WORK_GLOBAL)}]; return typeof unsaved === 'function' ? unsaved() : []; })()`;
/** Source run in the page: the user's answer to closing, or true when it has nothing to ask. */
const ASK_CLOSE = `(() => { const check = window[${JSON.stringify(CLOSE_CHECK_GLOBAL)}]; return typeof check === 'function' ? check() : true; })()`;

export interface CloseAnswer {
  close: boolean;
  /** Why, for the log. */
  why: string;
}

export interface AskCloseOptions {
  /** Settles when the page goes away (a reload, a crash) while the user is asked. */
  gone?: Promise<unknown>;
  /** Called once the page is known to hold unsaved work, before the question (show the window). */
  beforeAsking?: () => void;
  probeTimeoutMs?: number;
}

const GONE = Symbol('gone');

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Asks the page whether the app may close. First, within a time limit, what would be lost: a
 * page that does not answer (hung, gone) or holds nothing never keeps the app open. Then, only
 * when something would be lost, the user's answer, for as long as it takes; if the page goes
 * away meanwhile (reloaded, crashed) the app stays, and the next close asks again. Never rejects.
 */
export async function askPageToClose(
  evaluate: (source: string) => Promise<unknown>,
  { gone, beforeAsking, probeTimeoutMs = CLOSE_PROBE_TIMEOUT_MS }: AskCloseOptions = {},
): Promise<CloseAnswer> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsaved: unknown;
  try {
    unsaved = await Promise.race([
      evaluate(PROBE_UNSAVED),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve(null), probeTimeoutMs);
      }),
    ]);
  } catch (error) {
    return { close: true, why: `the page could not say what is unsaved (${reasonOf(error)})` };
  } finally {
    clearTimeout(timer);
  }
  if (unsaved === null) return { close: true, why: 'the page did not say in time what is unsaved' };
  if (!Array.isArray(unsaved) || unsaved.length === 0) {
    return { close: true, why: 'nothing unsaved' };
  }
  beforeAsking?.();
  try {
    const answer = await Promise.race([
      evaluate(ASK_CLOSE),
      ...(gone ? [gone.then(() => GONE)] : []),
    ]);
    if (answer === GONE) return { close: false, why: 'the page went away while asked' };
    return answer === false
      ? { close: false, why: 'the user stayed with unsaved work' }
      : { close: true, why: 'the user chose to close without saving' };
  } catch (error) {
    return { close: false, why: `the question went unanswered (${reasonOf(error)})` };
  }
}
