import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  holdBackgroundWork,
  holdWhileScrolling,
  onBackgroundHold,
  startWhenQuiet,
} from '../../../../renderer/src/app/backgroundWork';

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

describe('work that starts in a quiet moment', () => {
  afterEach(() => vi.useRealTimers());

  it('starts once no page has opened for the quiet time, each page opened pushing it back', () => {
    vi.useFakeTimers();
    const started: number[] = [];
    startWhenQuiet(() => started.push(Date.now()), 1500);
    const t0 = Date.now();
    vi.advanceTimersByTime(1000);
    holdBackgroundWork(1000); // a page opens at 1.0 s
    vi.advanceTimersByTime(1000);
    holdBackgroundWork(1000); // another at 2.0 s
    vi.advanceTimersByTime(1499);
    expect(started).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(started).toEqual([t0 + 3500]);
    // Once started it listens no more: a later page does not start it again.
    holdBackgroundWork(1000);
    vi.advanceTimersByTime(5000);
    expect(started).toHaveLength(1);
  });

  it('starts at its latest even while pages keep opening', () => {
    vi.useFakeTimers();
    const started: number[] = [];
    const t0 = Date.now();
    startWhenQuiet(() => started.push(Date.now()), 5000, 60_000);
    // A page a second for two minutes: never quiet for five seconds.
    for (let s = 1; s <= 120; s++) {
      vi.advanceTimersByTime(1000);
      holdBackgroundWork(1000);
    }
    expect(started).toEqual([t0 + 60_000]);
  });

  it('does not start once cancelled', () => {
    vi.useFakeTimers();
    const start = vi.fn();
    const cancel = startWhenQuiet(start, 1500);
    vi.advanceTimersByTime(1000);
    cancel();
    holdBackgroundWork(1000);
    vi.advanceTimersByTime(10_000);
    expect(start).not.toHaveBeenCalled();
  });
});

describe('work that waits while the user scrolls', () => {
  afterEach(() => vi.useRealTimers());

  it('starts only once the scrolling has stopped for the quiet time', () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const stopListening = holdWhileScrolling(page, 500);
    const started: number[] = [];
    startWhenQuiet(() => started.push(Date.now()), 1500);
    const t0 = Date.now();
    // From 1 s on, three seconds of scrolling: a scroll event every frame.
    vi.advanceTimersByTime(1000);
    for (let frame = 0; frame < 180; frame++) {
      page.dispatchEvent(new Event('scroll'));
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(1000);
    expect(started).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(started).toHaveLength(1);
    // The last hold came within 250 ms of the last scroll, at 3.88 s or later.
    expect(started[0]! - t0).toBeGreaterThanOrEqual(3880 - 250 + 1500);
    stopListening();
  });

  it('holds once per burst of scroll and wheel events, and not after it stops listening', () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const holds: number[] = [];
    const stopHolds = onBackgroundHold((ms) => holds.push(ms));
    const stopListening = holdWhileScrolling(page, 500);
    page.dispatchEvent(new Event('scroll'));
    page.dispatchEvent(new Event('wheel'));
    page.dispatchEvent(new Event('scroll'));
    expect(holds).toEqual([500]);
    vi.advanceTimersByTime(300);
    page.dispatchEvent(new Event('wheel'));
    expect(holds).toEqual([500, 500]);
    stopListening();
    vi.advanceTimersByTime(300);
    page.dispatchEvent(new Event('scroll'));
    expect(holds).toEqual([500, 500]);
    stopHolds();
  });
});
