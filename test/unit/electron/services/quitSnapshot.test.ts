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
  /** A page that says `unsaved` at once and answers the question with `answer`. */
  const page = (unsaved: unknown, answer: () => Promise<unknown>) =>
    vi.fn((source: string) =>
      source.includes('__dutyLedgerUnsavedWork') ? Promise.resolve(unsaved) : answer(),
    );

  it('closes at once, asking nobody, when nothing would be lost', async () => {
    const evaluate = page([], async () => false);
    expect(await askPageToClose(evaluate)).toEqual({ close: true, why: 'nothing unsaved' });
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('asks the user, after bringing the window up, and goes by the answer', async () => {
    const shown = vi.fn();
    const evaluate = page(['基本信息'], async () => false);
    expect(await askPageToClose(evaluate, { beforeAsking: shown })).toEqual({
      close: false,
      why: 'the user stayed with unsaved work',
    });
    expect(shown).toHaveBeenCalledTimes(1);
    expect(evaluate.mock.calls[1]?.[0]).toContain('__dutyLedgerCloseCheck');
    expect((await askPageToClose(page(['基本信息'], async () => true))).close).toBe(true);
  });

  it('never holds the app open for a page that cannot say what is unsaved, and says why', async () => {
    expect(await askPageToClose(async () => Promise.reject(new Error('gone')))).toEqual({
      close: true,
      why: 'the page could not say what is unsaved (gone)',
    });
    vi.useFakeTimers();
    const hung = askPageToClose(() => new Promise(() => undefined), { probeTimeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await hung).toEqual({
      close: true,
      why: 'the page did not say in time what is unsaved',
    });
  });

  it('stays when the page goes away or fails while the user is asked', async () => {
    let leave: () => void = () => undefined;
    const gone = new Promise<void>((resolve) => {
      leave = resolve;
    });
    const asked = askPageToClose(
      page(['基本信息'], () => new Promise(() => undefined)),
      { gone },
    );
    leave();
    expect(await asked).toEqual({ close: false, why: 'the page went away while asked' });
    expect(
      await askPageToClose(page(['基本信息'], async () => Promise.reject(new Error('reloaded')))),
    ).toEqual({ close: false, why: 'the question went unanswered (reloaded)' });
  });
});
