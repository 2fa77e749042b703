/**
 * The rows of a virtual list of `count` rows of `rowHeight` px that a viewport `height` px tall,
 * scrolled `scrollTop` px, shows — and `overscan` more at each edge. `to` < `from` when none.
 */
export function visibleRange(
  scrollTop: number,
  height: number,
  rowHeight: number,
  count: number,
  overscan: number,
): { from: number; to: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + height) / rowHeight) - 1;
  return {
    from: Math.max(0, Math.min(first, count - 1) - overscan),
    to: Math.min(count - 1, last + overscan),
  };
}
