import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../../../renderer/src/shared/useAfterPaint';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useAfterPaint', () => {
  it('is false while the first frame is drawn, and true once that frame is painted', () => {
    const { result } = renderHook(() => useAfterPaint());
    expect(result.current).toBe(false);
    // The frame's callbacks run: the frame is not painted yet.
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toBe(false);
    // The task queued from it runs after the paint.
    act(() => vi.runOnlyPendingTimers());
    expect(result.current).toBe(true);
  });

  it('starts nothing once the component is gone', () => {
    const { result, unmount } = renderHook(() => useAfterPaint());
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    expect(result.current).toBe(false);
  });
});
