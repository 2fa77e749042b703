import { describe, expect, it } from 'vitest';
import { itemAt, itemStarts } from '../../../../renderer/src/shared/virtualOffsets';

describe('itemStarts and itemAt', () => {
  // A year heading of 56 px, then entries of 44 px, the third opening a month (44 + 36).
  const heights = [56, 44, 44, 80, 44];
  const starts = itemStarts(heights.length, (i) => heights[i]!);

  it('places each item below the ones before it, and ends at their sum', () => {
    expect([...starts]).toEqual([0, 56, 100, 144, 224, 268]);
  });

  it('finds the item under a point, its top edge included and its bottom edge not', () => {
    expect(itemAt(starts, 0)).toBe(0);
    expect(itemAt(starts, 55)).toBe(0);
    expect(itemAt(starts, 56)).toBe(1);
    expect(itemAt(starts, 223)).toBe(3);
    expect(itemAt(starts, 224)).toBe(4);
  });

  it('stops at the ends of the list', () => {
    expect(itemAt(starts, -10)).toBe(0);
    expect(itemAt(starts, 10_000)).toBe(4);
    expect(
      itemAt(
        itemStarts(0, () => 44),
        100,
      ),
    ).toBe(0);
  });
});
