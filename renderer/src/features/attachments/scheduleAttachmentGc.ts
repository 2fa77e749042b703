import type { AttachmentGcResult } from '../../../../electron/contract/attachments';

/** Once a day: the files a day old are the first the host may remove (its grace period). */
export const GC_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** After start-up, so that reading every reference does not compete with the user's first steps. */
export const GC_START_DELAY_MS = 60 * 1000;
const LAST_RUN_KEY = 'duty-ledger:attachments-gc-at';

export interface GcDeps {
  collect: () => Promise<AttachmentGcResult>;
  now: () => number;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  onError: (error: unknown) => void;
}

/**
 * Removes the attachment files nothing refers to any more — a minute after start-up if the last
 * run is a day old or more, and then once a day while the app stays open. A file still referred
 * to by a record (deleted ones too), an undo step, the audit log or a draft is kept (see
 * referencedAttachmentHashes). Returns a function that stops it.
 */
export function scheduleAttachmentGc(deps: GcDeps): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const run = async () => {
    if (stopped) return;
    const due = Number(deps.storage.getItem(LAST_RUN_KEY) ?? 0) + GC_INTERVAL_MS;
    let wait = due - deps.now();
    if (wait <= 0) {
      try {
        await deps.collect();
        deps.storage.setItem(LAST_RUN_KEY, String(deps.now()));
      } catch (error) {
        // Tried again in a day, not at once: a host that cannot do it now will not in a minute.
        deps.onError(error);
      }
      wait = GC_INTERVAL_MS;
    }
    if (!stopped) timer = setTimeout(() => void run(), wait);
  };
  timer = setTimeout(() => void run(), GC_START_DELAY_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
