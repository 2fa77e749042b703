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

/** What the page answers: its snapshot, what closing would lose, and the user's answer. */
interface PageAnswers {
  snapshot: () => Promise<unknown>;
  unsaved?: () => Promise<unknown>;
  question?: () => Promise<unknown>;
}

/** A page that answers the host's three requests by their source, and emits the page's events. */
class FakePage extends EventEmitter {
  constructor(private readonly answers: PageAnswers) {
    super();
  }
  executeJavaScript = vi.fn((source: string) => {
    if (source.includes('__dutyLedgerUnsavedWork')) {
      return this.answers.unsaved?.() ?? Promise.resolve([]);
    }
    if (source.includes('__dutyLedgerCloseCheck')) {
      return this.answers.question?.() ?? Promise.resolve(true);
    }
    return this.answers.snapshot();
  });
  /** How many times the page was asked for its snapshot. */
  snapshots(): number {
    return this.executeJavaScript.mock.calls.filter(([source]) =>
      source.includes('__dutyLedgerQuitSnapshot'),
    ).length;
  }
  /** How many times the user was asked about closing. */
  questions(): number {
    return this.executeJavaScript.mock.calls.filter(([source]) =>
      source.includes('__dutyLedgerCloseCheck'),
    ).length;
  }
}

/** A window over a FakePage. */
class FakeWindow extends EventEmitter {
  closes = 0;
  destroyed = false;
  minimized = false;
  focused = 0;
  readonly webContents: FakePage;
  constructor(answers: PageAnswers) {
    super();
    this.webContents = new FakePage(answers);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.closes += 1;
    this.emit('close', holdable());
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused += 1;
  }
}

/** The watch over a window whose page answers as `answers` (its snapshot: `snapshot`). */
function watch(snapshot: () => Promise<unknown>, answers: Omit<PageAnswers, 'snapshot'> = {}) {
  const fakeApp = new FakeApp();
  const window = new FakeWindow({ snapshot, ...answers });
  const log = { write: vi.fn() };
  watchQuitSnapshot(fakeApp as unknown as QuitApp, () => window as unknown as QuitWindow, log);
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
    await vi.waitFor(() => expect(window.webContents.snapshots()).toBe(1));
    // Nothing was unsaved: the user was not asked.
    expect(window.webContents.questions()).toBe(0);
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
    await vi.waitFor(() => expect(window.webContents.snapshots()).toBe(1));

    page.finish(false);
    await vi.waitFor(() => expect(fakeApp.quits).toBe(1));
    const later = holdable();
    fakeApp.emit('before-quit', later);
    expect(later.preventDefault).not.toHaveBeenCalled();
    expect(window.webContents.snapshots()).toBe(1);
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
    await vi.waitFor(() => expect(window.webContents.snapshots()).toBe(1));
    page.finish(true);
    await vi.waitFor(() => expect(window.closes).toBe(1));
  });
});

describe('a close with work not saved (the page asks the user first)', () => {
  /** The user's answer to 关闭履职台账？, given when `answer` is called. */
  function askedUser() {
    let answer: (close: boolean) => void = () => undefined;
    const question = () =>
      new Promise<unknown>((resolve) => {
        answer = resolve;
      });
    return { question, answer: (close: boolean) => answer(close) };
  }
  const unsaved = () => Promise.resolve(['基本信息']);

  it('stays open when the user chooses to stay: no snapshot, and the next close asks again', async () => {
    const user = askedUser();
    const { window, log } = watch(async () => true, { unsaved, question: user.question });
    window.emit('close', holdable());
    await vi.waitFor(() => expect(window.webContents.questions()).toBe(1));
    // Held while the user reads the question: a second click on × asks nothing more.
    const meanwhile = holdable();
    window.emit('close', meanwhile);
    expect(meanwhile.preventDefault).toHaveBeenCalled();

    user.answer(false);
    await vi.waitFor(() =>
      expect(log.write).toHaveBeenCalledWith(
        'info',
        'main',
        'close cancelled: the user stayed with unsaved work',
      ),
    );
    expect(window.webContents.snapshots()).toBe(0);
    expect(window.closes).toBe(0);
    expect(window.webContents.questions()).toBe(1);

    const again = holdable();
    window.emit('close', again);
    expect(again.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(window.webContents.questions()).toBe(2));
  });

  it('takes the snapshot and quits when the user chooses to close without saving', async () => {
    const user = askedUser();
    const { fakeApp, window } = watch(async () => true, { unsaved, question: user.question });
    fakeApp.emit('before-quit', holdable());
    await vi.waitFor(() => expect(window.webContents.questions()).toBe(1));
    expect(fakeApp.quits).toBe(0);
    user.answer(true);
    await vi.waitFor(() => expect(fakeApp.quits).toBe(1));
    expect(window.webContents.snapshots()).toBe(1);
  });

  it('brings a minimized window up to ask in it', async () => {
    const user = askedUser();
    const { window } = watch(async () => true, { unsaved, question: user.question });
    window.minimized = true;
    window.emit('close', holdable());
    await vi.waitFor(() => expect(window.webContents.questions()).toBe(1));
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(1);
  });

  it('stays usable when the page is reloaded while the user is asked: the next close asks the new page', async () => {
    const user = askedUser();
    const { window, log } = watch(async () => true, { unsaved, question: user.question });
    window.emit('close', holdable());
    await vi.waitFor(() => expect(window.webContents.questions()).toBe(1));
    // The app's own hash change is not the page going away.
    window.webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    await Promise.resolve();
    expect(log.write).not.toHaveBeenCalledWith(
      'info',
      'main',
      'close cancelled: the page went away while asked',
    );
    // A reload (Ctrl+R): the question is gone with the page, and never answered.
    window.webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    await vi.waitFor(() =>
      expect(log.write).toHaveBeenCalledWith(
        'info',
        'main',
        'close cancelled: the page went away while asked',
      ),
    );
    expect(window.closes).toBe(0);
    window.emit('close', holdable());
    await vi.waitFor(() => expect(window.webContents.questions()).toBe(2));
  });

  it('closes when the page cannot say in time what is unsaved (it hangs)', async () => {
    vi.useFakeTimers();
    const { window } = watch(async () => true, { unsaved: () => new Promise(() => undefined) });
    window.emit('close', holdable());
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.waitFor(() => expect(window.closes).toBe(1));
    expect(window.webContents.questions()).toBe(0);
  });
});
