import { useEffect, useState } from 'react';

let markDrawn: () => void = () => undefined;
/** Resolved once the first screen shows its content (总览 with its counts, or another page). */
const firstScreenDrawn = new Promise<void>((resolve) => {
  markDrawn = resolve;
});

/**
 * Says the first screen is drawn: 总览 once its counts show, the frame when the first page is
 * another one. What waits for useAfterFirstScreen starts only then, so that it does not compete
 * with the first screen's own reads (a slow disk can make the page load long before them).
 */
export function markFirstScreenDrawn(): void {
  markDrawn();
}

/**
 * True once the first screen is drawn and the browser has had an idle moment after it. What
 * waits for it (the antd header tools, the 草稿箱 notice, 总览's figures) then loads without
 * holding up the first screen.
 */
export function useAfterFirstScreen(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let idle = 0;
    let gone = false;
    const loaded =
      document.readyState === 'complete'
        ? Promise.resolve()
        : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
    void Promise.all([loaded, firstScreenDrawn]).then(() => {
      if (!gone) idle = requestIdleCallback(() => setReady(true), { timeout: 500 });
    });
    return () => {
      gone = true;
      cancelIdleCallback(idle);
    };
  }, []);
  return ready;
}
