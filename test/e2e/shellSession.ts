import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchShell, type ShellHandle, type ShellOptions } from '../../electron/shell/launchShell';

/**
 * One test's run of the app: the shell on a data folder, which a test may close and launch again
 * (a restart) or kill outright (a crash), always on the same profile.
 */
export class ShellSession {
  current: ShellHandle | null = null;
  /** Folders the app asked the system to open, in order. */
  readonly openedPaths: string[] = [];

  constructor(readonly dataDir: string) {}

  /** Starts the app; `options` adds to the test's (e.g. snapshotOnWindowClose). */
  async launch(options: Pick<ShellOptions, 'snapshotOnWindowClose'> = {}): Promise<Page> {
    this.current = await launchShell({
      ...options,
      dataDir: this.dataDir,
      headless: true,
      // Tests answer dialogs themselves: never a zenity window, whatever the machine has.
      nativeDialogs: false,
      // A click lands where a button is, not where a zooming popup will put it: tests run as a
      // user who asked for no animation (the app honours it, ThemeProvider.tsx).
      reducedMotion: 'reduce',
      openPath: async (path) => {
        this.openedPaths.push(path);
      },
    });
    await this.current.page.getByRole('navigation', { name: '主导航' }).waitFor();
    return this.current.page;
  }

  /** Closes the browser as a user quitting would, then starts it again on the same profile. */
  async relaunch(): Promise<Page> {
    await this.close();
    return this.launch();
  }

  /**
   * Kills every process of the browser with SIGKILL, as a crash or a forced quit would: no
   * unload, no pagehide, no clean shutdown. The processes are found by this session's own profile
   * folder and killed by id; this waits until they are gone, so a launch after it is a restart.
   */
  async kill(): Promise<void> {
    if (!this.current) return;
    const pids = browserPids(this.current.profileDir);
    if (pids.length === 0) throw new Error('kill(): no browser process found for this profile');
    for (const pid of pids) sigkill(pid);
    const deadline = Date.now() + 10_000;
    while (pids.some(isRunning)) {
      if (Date.now() > deadline) throw new Error(`kill(): processes ${pids.join(' ')} still alive`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.current.close().catch(() => undefined);
    this.current = null;
  }

  async close(): Promise<void> {
    await this.current?.close().catch(() => undefined);
    this.current = null;
  }
}

/** The ids of the processes whose command line names this profile folder. */
function browserPids(profileDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profileDir}`], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matched
  }
}

/** Alive and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function sigkill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone: a child that went down with its parent.
  }
}
