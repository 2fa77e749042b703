import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  GC_INTERVAL_MS,
  GC_START_DELAY_MS,
  scheduleAttachmentGc,
  type GcDeps,
} from '../../../../../renderer/src/features/attachments/scheduleAttachmentGc';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A schedule on fake timers, with a storage that is a Map, counting the collections. */
function setUp(stored: Record<string, string> = {}, collect?: GcDeps['collect']) {
  const storage = new Map(Object.entries(stored));
  const deps: GcDeps = {
    collect: vi.fn(collect ?? (async () => ({ removed: 0, kept: 0, recent: 0 }))),
    now: () => Date.now(),
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
    },
    onError: vi.fn(),
  };
  const stop = scheduleAttachmentGc(deps);
  return { deps, stop, storage };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-29T09:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('scheduleAttachmentGc', () => {
  it('waits a minute after start-up, then collects, then again a day later', async () => {
    const { deps, stop } = setUp();
    expect(GC_START_DELAY_MS).toBe(MINUTE);
    expect(GC_INTERVAL_MS).toBe(DAY);
    await vi.advanceTimersByTimeAsync(MINUTE - 1);
    expect(deps.collect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(deps.collect).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(DAY - 1);
    expect(deps.collect).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(deps.collect).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(2 * DAY);
    expect(deps.collect).toHaveBeenCalledTimes(2);
  });

  it('does not collect again at a restart the same day, but once that day has passed', async () => {
    // Last run 3 hours before this start: the next is due 21 hours from now.
    const last = Date.now() - 3 * HOUR;
    const { deps, stop } = setUp({ 'duty-ledger:attachments-gc-at': String(last) });
    await vi.advanceTimersByTimeAsync(21 * HOUR - 1);
    expect(deps.collect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(deps.collect).toHaveBeenCalledTimes(1);
    stop();
  });

  it('reports a failure and tries again a day later, not at once', async () => {
    const { deps, stop, storage } = setUp({}, () => Promise.reject(new Error('磁盘不可写')));
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(deps.onError).toHaveBeenCalledTimes(1);
    expect(storage.size).toBe(0);
    await vi.advanceTimersByTimeAsync(DAY - 1);
    expect(deps.collect).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(deps.collect).toHaveBeenCalledTimes(2);
    stop();
  });
});
