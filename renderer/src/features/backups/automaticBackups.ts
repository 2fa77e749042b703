import type { QUIT_SNAPSHOT_GLOBAL } from '../../../../electron/contract';
import { bridge, bridgeErrorMessage } from '../../bridge/bridge';
import { needsDailySnapshot, SNAPSHOT_CHECK_MS } from './backupSchedule';
import { takeBackup } from './takeBackup';

/** The host's name for it (the type says they agree); the renderer imports no host value. */
const QUIT_SNAPSHOT: typeof QUIT_SNAPSHOT_GLOBAL = '__dutyLedgerQuitSnapshot';

declare global {
  interface Window {
    __dutyLedgerQuitSnapshot?: () => Promise<boolean>;
  }
}

/**
 * Starts the automatic snapshots: one when the newest backup is a day old (or there is none),
 * the same check every hour while the app runs, and the 退出时 snapshot the host asks for when
 * the app quits (ready at once). Each check runs when `whenQuiet` lets it: a snapshot reads every
 * record and hands the host megabytes, which can hold a frame of a scroll under way. `onFailure`
 * is told, in Chinese, when an automatic backup could not be written (a USB disk taken out).
 * Returns the function that stops them.
 */
export function startAutomaticBackups(
  onFailure: (message: string) => void,
  now: () => Date = () => new Date(),
  whenQuiet: (run: () => void) => () => void = (run) => {
    run();
    return () => undefined;
  },
): () => void {
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const list = await bridge().backup.list();
      if (needsDailySnapshot(list.entries, now())) await takeBackup('auto');
    } catch (error) {
      onFailure(`自动备份未完成：${bridgeErrorMessage(error).replace(/^备份未完成：/, '')}`);
    } finally {
      running = false;
    }
  };
  let waiting = whenQuiet(() => void check());
  const timer = setInterval(() => {
    waiting();
    waiting = whenQuiet(() => void check());
  }, SNAPSHOT_CHECK_MS);
  window[QUIT_SNAPSHOT] = () =>
    takeBackup('quit').then(
      () => true,
      () => false,
    );
  return () => {
    clearInterval(timer);
    waiting();
    delete window[QUIT_SNAPSHOT];
  };
}
