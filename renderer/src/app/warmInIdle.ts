import { HoldGate } from '../shared/holdGate';

/** How long a piece may wait for an idle moment before it runs anyway (ms). */
const AT_LATEST_MS = 1000;

export interface Warming {
  /** Stops what has not started yet. */
  stop: () => void;
  /** Starts nothing for `ms` from now: the page the user just opened has the machine. */
  hold: (ms: number) => void;
}

/**
 * Runs the loaders one at a time, each in an idle moment of its own and after the one before has
 * finished: code fetched and parsed while the user reads, a piece at a time, so that no moment
 * holds much of it. A loader that fails is passed over (the page's own load reports it where the
 * user looks).
 */
export function warmInIdle(
  loaders: readonly (() => Promise<unknown>)[],
  now: () => number = () => performance.now(),
): Warming {
  let next = 0;
  let idle = 0;
  let stopped = false;
  const gate = new HoldGate(now);
  const runNext = () => {
    if (stopped || !loaders[next]) return;
    idle = requestIdleCallback(
      () => {
        if (!gate.open()) {
          void gate.passed().then(runNext);
          return;
        }
        const load = loaders[next];
        next += 1;
        void load?.()
          .catch(() => undefined)
          .then(runNext);
      },
      { timeout: AT_LATEST_MS },
    );
  };
  runNext();
  return {
    stop: () => {
      stopped = true;
      cancelIdleCallback(idle);
    },
    hold: (ms) => gate.hold(ms),
  };
}
