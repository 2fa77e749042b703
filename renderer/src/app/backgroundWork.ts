/**
 * Work the app does while the user reads — warming the pages' code, loading the search index —
 * steps aside for a moment whenever a page opens, so the page has the machine (two cores on many
 * office PCs) to itself. Each kind of work listens here; the frame says when a page opens.
 */
type Holder = (ms: number) => void;

const holders = new Set<Holder>();

/** Calls `holder` with a duration whenever a page opens; returns how to stop listening. */
export function onBackgroundHold(holder: Holder): () => void {
  holders.add(holder);
  return () => holders.delete(holder);
}

/** A page is opening: background work waits `ms` before its next piece. */
export function holdBackgroundWork(ms: number): void {
  for (const holder of holders) holder(ms);
}

/**
 * Runs `start` once no page has opened for `quietMs`: each page opened meanwhile pushes it back,
 * up to `atLatestMs` from now, when it starts anyway (a user who never pauses still gets it).
 * For work that starts at once when it starts (a worker fetching and compiling its code), which
 * no hold can pause midway. Returns how to cancel it.
 */
export function startWhenQuiet(
  start: () => void,
  quietMs: number,
  atLatestMs = Infinity,
): () => void {
  let timer = setTimeout(begin, quietMs);
  const latest = Number.isFinite(atLatestMs) ? setTimeout(begin, atLatestMs) : undefined;
  const stopListening = onBackgroundHold((ms) => {
    clearTimeout(timer);
    timer = setTimeout(begin, Math.max(quietMs, ms));
  });
  function stop() {
    clearTimeout(timer);
    clearTimeout(latest);
    stopListening();
  }
  function begin() {
    stop();
    start();
  }
  return stop;
}

/** How often a run of scroll events holds background work at most (ms): one hold per burst. */
const ACTIVITY_THROTTLE_MS = 250;

/**
 * Holds background work for `ms` while the user scrolls (a list, the timeline, a form) or turns
 * the wheel: the search index loading in the middle of a scroll took the second core and held
 * frames for 50–130 ms. Returns how to stop listening.
 */
export function holdWhileScrolling(target: EventTarget, ms: number): () => void {
  let last = -Infinity;
  const onActivity = () => {
    const now = performance.now();
    if (now - last < ACTIVITY_THROTTLE_MS) return;
    last = now;
    holdBackgroundWork(ms);
  };
  // Capture: a scroll event does not bubble, and every scrolling element's reaches the window so.
  const options = { capture: true, passive: true } as const;
  target.addEventListener('scroll', onActivity, options);
  target.addEventListener('wheel', onActivity, options);
  return () => {
    target.removeEventListener('scroll', onActivity, options);
    target.removeEventListener('wheel', onActivity, options);
  };
}
