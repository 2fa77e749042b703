import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../../../../renderer/src/features/records/visibleRange';

describe('visibleRange', () => {
  it('draws the rows a 470 px window shows, and 2 more each side', () => {
    // Scrolled 1,000 px down rows of 47 px: row 21 is cut at the top, row 31 at the bottom.
    expect(visibleRange(1_000, 470, 47, 20_000, 2)).toEqual({ from: 19, to: 33 });
  });

  it('draws nothing above the first row nor below the last', () => {
    expect(visibleRange(0, 470, 47, 20_000, 6)).toEqual({ from: 0, to: 15 });
    expect(visibleRange(47 * 19_995, 470, 47, 20_000, 6)).toEqual({ from: 19_989, to: 19_999 });
    expect(visibleRange(0, 470, 47, 3, 6)).toEqual({ from: 0, to: 2 });
  });

  it('draws no row of an empty list', () => {
    const { from, to } = visibleRange(0, 470, 47, 0, 6);
    expect(to).toBeLessThan(from);
  });
});
