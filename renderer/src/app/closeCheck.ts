import type { CLOSE_CHECK_GLOBAL, UNSAVED_WORK_GLOBAL } from '../../../electron/contract';
import { pendingClose, unsavedOnClosing } from './leaveGuards';

/** The host's name for it (the type says they agree); the renderer imports no host value. */
const CLOSE_CHECK: typeof CLOSE_CHECK_GLOBAL = '__dutyLedgerCloseCheck';
const UNSAVED_WORK: typeof UNSAVED_WORK_GLOBAL = '__dutyLedgerUnsavedWork';

declare global {
  interface Window {
    __dutyLedgerCloseCheck?: () => Promise<boolean>;
    __dutyLedgerUnsavedWork?: () => string[];
  }
}

/**
 * Lets the host ask, before the window closes or the app quits, what would be lost (at once),
 * and then whether it may close: at once yes when no page holds unsaved work (leaveGuards), else
 * when the user answers LeaveConfirm's question. Returns the function that takes both back off
 * `window`.
 */
export function installCloseCheck(): () => void {
  const check = () => {
    const unsaved = unsavedOnClosing();
    if (unsaved.length === 0) return Promise.resolve(true);
    // A second close while asked gets the same question's answer.
    const asked = pendingClose.get();
    if (asked) return asked.answered;
    let answer: (close: boolean) => void = () => undefined;
    const answered = new Promise<boolean>((resolve) => {
      answer = (close) => {
        pendingClose.set(null);
        resolve(close);
      };
    });
    pendingClose.set({ unsaved, answer, answered });
    return answered;
  };
  window[CLOSE_CHECK] = check;
  window[UNSAVED_WORK] = unsavedOnClosing;
  return () => {
    if (window[CLOSE_CHECK] === check) delete window[CLOSE_CHECK];
    if (window[UNSAVED_WORK] === unsavedOnClosing) delete window[UNSAVED_WORK];
    // The pages that held the work are gone with it: a question still open lets the close go on.
    pendingClose.get()?.answer(true);
  };
}
