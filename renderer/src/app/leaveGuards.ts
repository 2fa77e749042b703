import { createValueStore } from '../shared/valueStore';

/**
 * Work typed on a page that keeps no draft (设置's cards) and is not saved yet: going to another
 * page would drop it without a word. A page registers a guard while it holds such work; the
 * router (useHashRoute) asks before it leaves the page, and stays if the user says so.
 */
export interface LeaveGuard {
  /** What is unsaved, named as the page names it (履职积分规则), or null when nothing is. */
  unsaved: () => string | null;
  /** Whether the page at `hash` still shows this work (the same page with another query). */
  keeps: (hash: string) => boolean;
}

const guards = new Set<LeaveGuard>();

/** Registers `guard` until the returned function is called. */
export function addLeaveGuard(guard: LeaveGuard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** The unsaved work that going to `hash` would drop, in the order the guards were added. */
export function unsavedOnLeaving(hash: string): string[] {
  return unsavedOf([...guards].filter((guard) => !guard.keeps(hash)));
}

/** All the unsaved work the guards hold: closing the window would drop it. */
export function unsavedOnClosing(): string[] {
  return unsavedOf([...guards]);
}

function unsavedOf(held: readonly LeaveGuard[]): string[] {
  const out: string[] = [];
  for (const guard of held) {
    const what = guard.unsaved();
    if (what !== null && !out.includes(what)) out.push(what);
  }
  return out;
}

/** A page change held back because it would drop unsaved work. */
export interface LeaveRequest {
  /** the hash the user asked for */
  target: string;
  /** what would be dropped */
  unsaved: string[];
}

/** The change held back and waiting for the user's answer (LeaveConfirm draws it), if any. */
export const pendingLeave = createValueStore<LeaveRequest | null>(null);

/** A close of the window held back for the user's answer (LeaveConfirm draws it). */
export interface CloseRequest {
  unsaved: string[];
  /** true: close without saving; false: stay */
  answer: (close: boolean) => void;
  /** the answer, once given */
  answered: Promise<boolean>;
}

export const pendingClose = createValueStore<CloseRequest | null>(null);
