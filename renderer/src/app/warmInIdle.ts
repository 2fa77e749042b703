/** How long a piece may wait for an idle moment before it runs anyway (ms). */
const AT_LATEST_MS = 3000;

/**
 * Runs the loaders one at a time, each in an idle moment of its own and after the one before has
 * finished: code fetched and parsed while the user reads, a piece at a time, so that no moment
 * holds much of it. A loader that fails is passed over (the page's own load reports it where the
 * user looks). Returns the function that stops what has not started yet.
 */
export function warmInIdle(loaders: readonly (() => Promise<unknown>)[]): () => void {
  let next = 0;
  let idle = 0;
  let stopped = false;
  const runNext = () => {
    const load = loaders[next];
    if (stopped || !load) return;
    idle = requestIdleCallback(
      () => {
        next += 1;
        void load()
          .catch(() => undefined)
          .then(runNext);
      },
      { timeout: AT_LATEST_MS },
    );
  };
  runNext();
  return () => {
    stopped = true;
    cancelIdleCallback(idle);
  };
}
