import { useLayoutEffect, useState } from 'react';

/** The least height a list is given, however little room is left below its toolbars. */
const LEAST = 240;

/**
 * How tall the element given to `place` can be to end at the bottom of the page's area (`main`,
 * which scrolls), so that a long list scrolls inside itself and the page does not scroll as well.
 * Measured, not assumed: the toolbars above a list take more lines in a narrow window or with more
 * filters, and the height follows them and the window as they change. `guess` is the height used
 * until the element is there.
 */
export function useFillHeight(
  guess: () => number,
): [number, (element: HTMLElement | null) => void] {
  const [element, place] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState(() => Math.max(LEAST, guess()));
  useLayoutEffect(() => {
    const area = element?.closest('main');
    if (!element || !area) return;
    const measure = () => {
      const style = getComputedStyle(area);
      const padTop = parseFloat(style.paddingTop) || 0;
      const padBottom = parseFloat(style.paddingBottom) || 0;
      // Where the area's content begins on screen, wherever it is scrolled to.
      const contentTop =
        area.getBoundingClientRect().top + area.clientTop + padTop - area.scrollTop;
      const above = element.getBoundingClientRect().top - contentTop;
      setHeight(Math.max(LEAST, Math.floor(area.clientHeight - padTop - padBottom - above)));
    };
    measure();
    // The area resizes with the window; the element's parent as what is above the element wraps.
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    if (element.parentElement) observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, [element]);
  return [height, place];
}
