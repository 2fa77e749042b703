import { afterEach, describe, expect, it, vi } from 'vitest';
import { askPageToClose, requestQuitSnapshot } from '../../../../electron/services/quitSnapshot';

afterEach(() => {
  vi.useRealTimers();
});

describe('requestQuitSnapshot', () => {
  it('waits for the page to write its snapshot', async () => {
    const evaluate = vi.fn(async (_source: string) => true);
    expect(await requestQuitSnapshot(evaluate, 1000)).toBe('written');
    expect(evaluate.mock.calls[0]?.[0]).toContain('__dutyLedgerQuitSnapshot');
  });

  it('says when the page could not write it, or has no snapshot to take', async () => {
    expect(await requestQuitSnapshot(async () => false, 1000)).toBe('failed');
    expect(await requestQuitSnapshot(async () => Promise.reject(new Error('gone')), 1000)).toBe(
      'failed',
    );
    expect(await requestQuitSnapshot(async () => null, 1000)).toBe('unavailable');
  });

  it('gives up after the time limit, so quitting never hangs', async () => {
    vi.useFakeTimers();
    const outcome = requestQuitSnapshot(() => new Promise(() => undefined), 15_000);
    await vi.advanceTimersByTimeAsync(14_999);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toBe('timeout');
  });
});

describe('askPageToClose', () => {
  it('asks the page’s close check and goes by its answer', async () => {
    const evaluate = vi.fn(async (_source: string) => false);
    expect(await askPageToClose(evaluate)).toBe(false);
    expect(evaluate.mock.calls[0]?.[0]).toContain('__dutyLedgerCloseCheck');
    expect(await askPageToClose(async () => true)).toBe(true);
  });

  it('never holds the app open for a page that cannot answer', async () => {
    expect(await askPageToClose(async () => Promise.reject(new Error('gone')))).toBe(true);
    expect(await askPageToClose(async () => undefined)).toBe(true);
  });
});
