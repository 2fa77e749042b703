import { useEffect, useState } from 'react';

/**
 * True once the first screen has loaded and the browser has had an idle moment. What waits for it
 * (the antd header tools, the 草稿箱 notice) then loads without holding up the first screen.
 */
export function useAfterFirstScreen(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let idle = 0;
    const whenIdle = () => {
      idle = requestIdleCallback(() => setReady(true), { timeout: 500 });
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      window.removeEventListener('load', whenIdle);
      cancelIdleCallback(idle);
    };
  }, []);
  return ready;
}
