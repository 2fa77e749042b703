/**
 * Where each item of a virtual list starts, for items of known heights: `starts[i]` is the top of
 * item i (px) and `starts[count]` the list's whole height.
 */
export function itemStarts(count: number, heightOf: (index: number) => number): Float64Array {
  const starts = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) starts[i + 1] = starts[i]! + heightOf(i);
  return starts;
}

/** The item at `y` px from the list's top (the last one below its end, 0 above its start). */
export function itemAt(starts: Float64Array, y: number): number {
  const count = starts.length - 1;
  if (count <= 0) return 0;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}
