import { describe, expect, it } from 'vitest';
import {
  gridTemplate,
  leastTableWidth,
} from '../../../../../renderer/src/features/records/columnGrid';

describe('the columns of a list in a window of any width', () => {
  it('lets a column with a least width give way, and the column without a width take the rest', () => {
    expect(
      gridTemplate([
        { width: 48 },
        { width: 170, minWidth: 120 },
        { minWidth: 160 },
        { width: 90 },
      ]),
    ).toBe('48px minmax(120px, 170px) minmax(160px, 1fr) 90px');
  });

  it('gives a column without a width 120 px at least, and a least width above its width none', () => {
    expect(gridTemplate([{}, { width: 100, minWidth: 140 }])).toBe('minmax(120px, 1fr) 100px');
  });

  it('scrolls sideways only below the sum of the least widths', () => {
    // 48 + 120 + 160 + 90 + 120 (a column with nothing of its own)
    expect(
      leastTableWidth([
        { width: 48 },
        { width: 170, minWidth: 120 },
        { minWidth: 160 },
        { width: 90 },
        {},
      ]),
    ).toBe(538);
    // A least width above the width counts as the width, as the column is drawn.
    expect(leastTableWidth([{ width: 100, minWidth: 140 }])).toBe(100);
  });
});
