import { useEffect, useState } from 'react';

/**
 * False until the frame in which the component was first drawn has been painted: work it then
 * starts does not hold that frame back.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let task = 0;
    // A task queued from a frame's callback runs once that frame is painted.
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, []);
  return painted;
}
