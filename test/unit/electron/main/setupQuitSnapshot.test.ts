import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  watchQuitSnapshot,
  type QuitApp,
  type QuitWindow,
} from '../../../../electron/main/setupQuitSnapshot';

vi.mock('electron', () => import('../fakeElectron'));

afterEach(() => {
  vi.useRealTimers();
});

/** A quit or close event whose prevention can be checked. */
function holdable() {
  return { preventDefault: vi.fn() };
}

/** Electron's app as the watch sees it: events, and `quit` that emits `before-quit` again. */
class FakeApp extends EventEmitter {
  quits = 0;
  quit(): void {
    this.quits += 1;
    this.emit('before-quit', holdable());
  }
}

/** A window whose page answers the snapshot request with `answer`. */
class FakeWindow extends EventEmitter {
  closes = 0;
  destroyed = false;
  constructor(answer: () => Promise<unknown>) {
    super();
    this.webContents = { executeJavaScript: vi.fn(answer) };
  }
  webContents: { executeJavaScript: ReturnType<typeof vi.fn> };
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.closes += 1;
    this.emit('close', holdable());
  }
}

/**
 * The watch over a window whose page answers the snapshot with `answer`; `mayClose` is the
 * page's answer to closing (the user's, when work is unsaved), yes at once by default.
 */
function watch(
  answer: () => Promise<unknown>,
  mayClose: () => Promise<boolean> = () => Promise.resolve(true),
) {
  const fakeApp = new FakeApp();
  const window = new FakeWindow(answer);
  const log = { write: vi.fn() };
  watchQuitSnapshot(
    fakeApp as unknown as QuitApp,
    () => window as unknown as QuitWindow,
    log,
    undefined,
    mayClose,
  );
  fakeApp.emit('browser-window-created', {}, window);
  return { fakeApp, window, log };
}

/** A page whose snapshot resolves when `finish` is called. */
function slowPage() {
  let finish: (written: boolean) => void = () => undefined;
  const answer = () =>
    new Promise<unknown>((resolve) => {
      finish = resolve;
    });
  return { answer, finish: (written: boolean) => finish(written) };
}

describe('the 退出时 backup on before-quit (Electron host)', () => {
  it('holds the quit until the page has written its snapshot, then quits', async () => {
    const page = slowPage();
    const { fakeApp, window, log } = watch(page.answer);
    const quit = holdable();
    fakeApp.emit('before-quit', quit);

    expect(quit.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(1));
    expect(window.webContents.executeJavaScript.mock.calls[0]?.[0]).toContain(
      '__dutyLedgerQuitSnapshot',
    );
    await Promise.resolve();
    expect(fakeApp.quits).toBe(0);

    page.finish(true);
    await vi.waitFor(() => expect(fakeApp.quits).toBe(1));
    expect(log.write).toHaveBeenCalledWith('info', 'main', 'quit snapshot: written');
  });

  it('asks once: a second quit while the page writes waits, and the quit after goes through', async () => {
    const page = slowPage();
    const { fakeApp, window } = watch(page.answer);
    fakeApp.emit('before-quit', holdable());
    const again = holdable();
    fakeApp.emit('before-quit', again);
    expect(again.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(1));

    page.finish(false);
    await vi.waitFor(() => expect(fakeApp.quits).toBe(1));
    const later = holdable();
    fakeApp.emit('before-quit', later);
    expect(later.preventDefault).not.toHaveBeenCalled();
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(1);
  });

  it('quits after the time limit when the page never answers', async () => {
    vi.useFakeTimers();
    const { fakeApp, log } = watch(() => new Promise(() => undefined));
    fakeApp.emit('before-quit', holdable());
    await vi.advanceTimersByTimeAsync(14_999);
    expect(fakeApp.quits).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(fakeApp.quits).toBe(1);
    expect(log.write).toHaveBeenCalledWith('info', 'main', 'quit snapshot: timeout');
  });

  it('quits at once when the window is already gone', () => {
    const { fakeApp, window } = watch(async () => true);
    window.destroyed = true;
    const quit = holdable();
    fakeApp.emit('before-quit', quit);
    expect(fakeApp.quits).toBe(1);
    expect(window.webContents.executeJavaScript).not.toHaveBeenCalled();
  });

  it('holds the main window’s close the same way, then closes it', async () => {
    const page = slowPage();
    const { window } = watch(page.answer);
    const close = holdable();
    window.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(window.closes).toBe(0);
    await vi.waitFor(() => expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(1));
    page.finish(true);
    await vi.waitFor(() => expect(window.closes).toBe(1));
  });
});

describe('a close with work not saved (the page asks the user first)', () => {
  /** A page whose answer to closing is given when `answer` is called. */
  function askingPage() {
    let answer: (close: boolean) => void = () => undefined;
    const asked = vi.fn(
      () =>
        new Promise<boolean>((resolve) => {
          answer = resolve;
        }),
    );
    return { asked, answer: (close: boolean) => answer(close) };
  }

  it('stays open when the user chooses to stay: no snapshot, and the next close asks again', async () => {
    const page = askingPage();
    const { window, log } = watch(async () => true, page.asked);
    window.emit('close', holdable());
    expect(page.asked).toHaveBeenCalledTimes(1);
    // Held while the user reads the question: a second click on × asks nothing more.
    const meanwhile = holdable();
    window.emit('close', meanwhile);
    expect(meanwhile.preventDefault).toHaveBeenCalled();
    expect(page.asked).toHaveBeenCalledTimes(1);

    page.answer(false);
    await vi.waitFor(() =>
      expect(log.write).toHaveBeenCalledWith(
        'info',
        'main',
        'close cancelled: the user stayed with unsaved work',
      ),
    );
    expect(window.webContents.executeJavaScript).not.toHaveBeenCalled();
    expect(window.closes).toBe(0);

    const again = holdable();
    window.emit('close', again);
    expect(again.preventDefault).toHaveBeenCalled();
    expect(page.asked).toHaveBeenCalledTimes(2);
  });

  it('takes the snapshot and closes when the user chooses to close without saving', async () => {
    const page = askingPage();
    const { fakeApp, window } = watch(async () => true, page.asked);
    fakeApp.emit('before-quit', holdable());
    expect(fakeApp.quits).toBe(0);
    page.answer(true);
    await vi.waitFor(() => expect(fakeApp.quits).toBe(1));
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(1);
  });
});
