import { useLayoutEffect, useState } from 'react';
import type { LoadableCode } from './preloadable';

/**
 * Whether every part of `code` has loaded (or failed to: the page's own load then reports it),
 * starting the loads it needs. A page is drawn only once its code is here: drawn before, it
 * suspends, and React holds the content that replaces a Suspense fallback until 300 ms after the
 * fallback appeared (its fallback throttle) — a page whose code came in 150 ms was shown at 300.
 */
export function useCodeLoaded(code: readonly LoadableCode[]): boolean {
  const loaded = code.every((part) => part.loaded());
  const [settled, setSettled] = useState<readonly LoadableCode[] | null>(null);
  useLayoutEffect(() => {
    if (loaded) return;
    let gone = false;
    void Promise.allSettled(code.map((part) => part.load())).then(() => {
      if (!gone) setSettled(code);
    });
    return () => {
      gone = true;
    };
  }, [code, loaded]);
  return loaded || settled === code;
}
