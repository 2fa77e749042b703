import { useCallback, useSyncExternalStore } from 'react';
import {
  hrefOf,
  hrefWithQuery,
  queryFromHash,
  routeFromHash,
  subPathFromHash,
  type RouteKey,
} from './routes';
import { pendingClose, pendingLeave, unsavedOnLeaving } from './leaveGuards';

// The hash the pages show. It follows the address, except when a change would drop work not
// saved yet (leaveGuards): then the browser is taken back to the entry shown, nothing is redrawn,
// and the user is asked (LeaveConfirm). Pages read the hash only here, so no page draws the one
// held back.
let shown = '';
const listeners = new Set<() => void>();
/** The one hash let through without asking: the user already chose to leave for it. */
let letThrough: string | null = null;

// Each history entry the app has shown is numbered in its state, so that a change held back can
// be undone where it happened: a new entry (a link) is stepped back from, and a step through the
// history (back, forward) is returned from, leaving the history as it was.
let shownEntry = 0;
const entryOf = (state: unknown): number | undefined => {
  const entry = (state as { dutyLedgerEntry?: unknown } | null)?.dutyLedgerEntry;
  return typeof entry === 'number' ? entry : undefined;
};
function numberEntry(): number {
  const known = entryOf(window.history.state);
  if (known !== undefined) return known;
  const entry = shownEntry + 1;
  const state: unknown = window.history.state;
  window.history.replaceState(
    { ...(typeof state === 'object' ? state : {}), dutyLedgerEntry: entry },
    '',
  );
  return entry;
}

function onHashChange(): void {
  const next = window.location.hash;
  if (next === shown) return;
  const unsaved = next === letThrough ? [] : unsavedOnLeaving(next);
  letThrough = null;
  // While 关闭履职台账？ is asked, the page stays as it is: a Back (Alt+←) would ask over it.
  const closing = pendingClose.get() !== null;
  if (unsaved.length > 0 || closing) {
    const entry = entryOf(window.history.state);
    if (entry === undefined) window.history.back();
    else window.history.go(shownEntry - entry);
    if (!closing) pendingLeave.set({ target: next, unsaved });
    return;
  }
  pendingLeave.set(null);
  shown = next;
  shownEntry = numberEntry();
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) {
    shown = window.location.hash;
    shownEntry = numberEntry();
    window.addEventListener('hashchange', onHashChange);
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

const readHash = () => (listeners.size === 0 ? window.location.hash : shown);

/** Goes to `hash` although it drops unsaved work: the user chose to (LeaveConfirm). */
export function leaveAnyway(hash: string): void {
  pendingLeave.set(null);
  letThrough = hash;
  window.location.hash = hash;
}

/**
 * The current page, its sub-path and its query (a list's filters), kept in the URL's hash so that
 * reload, back and forward keep the place. Each change is a history entry.
 */
export function useHashRoute(): {
  route: RouteKey;
  sub: string[];
  query: Record<string, string>;
  /** To a page (or a record in it), without the current page's query. */
  navigate: (key: RouteKey, ...sub: string[]) => void;
  /** Within the current page: another sub-path, the query (filters) kept. */
  moveWithin: (...sub: string[]) => void;
  /** The current page and sub-path with a new query. */
  setQuery: (query: Readonly<Record<string, string>>) => void;
} {
  const hash = useSyncExternalStore(subscribe, readHash);
  const navigate = useCallback((key: RouteKey, ...sub: string[]) => {
    window.location.hash = hrefOf(key, ...sub);
  }, []);
  const moveWithin = useCallback((...sub: string[]) => {
    const now = window.location.hash;
    window.location.hash = hrefWithQuery(routeFromHash(now), sub, queryFromHash(now));
  }, []);
  const setQuery = useCallback((query: Readonly<Record<string, string>>) => {
    const now = window.location.hash;
    window.location.hash = hrefWithQuery(routeFromHash(now), subPathFromHash(now), query);
  }, []);
  return {
    route: routeFromHash(hash),
    sub: subPathFromHash(hash),
    query: queryFromHash(hash),
    navigate,
    moveWithin,
    setQuery,
  };
}
