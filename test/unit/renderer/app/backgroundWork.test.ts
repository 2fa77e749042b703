import { describe, expect, it } from 'vitest';
import { holdBackgroundWork, onBackgroundHold } from '../../../../renderer/src/app/backgroundWork';

describe('background work steps aside when a page opens', () => {
  it('tells every kind of background work how long to wait, until it stops listening', () => {
    const warming: number[] = [];
    const searchIndex: number[] = [];
    const stopWarming = onBackgroundHold((ms) => warming.push(ms));
    const stopSearch = onBackgroundHold((ms) => searchIndex.push(ms));
    holdBackgroundWork(1000);
    stopWarming();
    holdBackgroundWork(800);
    stopSearch();
    holdBackgroundWork(600);
    expect(warming).toEqual([1000]);
    expect(searchIndex).toEqual([1000, 800]);
  });
});
