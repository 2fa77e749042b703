import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { launchShell, type ShellHandle } from '../../electron/shell/launchShell';

/**
 * One test's run of the app: the shell on a data folder, which a test may close and launch again
 * (a restart) or kill outright (a crash), always on the same profile.
 */
export class ShellSession {
  current: ShellHandle | null = null;
  /** Folders the app asked the system to open, in order. */
  readonly openedPaths: string[] = [];

  constructor(readonly dataDir: string) {}

  async launch(): Promise<Page> {
    this.current = await launchShell({
      dataDir: this.dataDir,
      headless: true,
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

  /** Kills the browser process with SIGKILL, as a crash or a forced quit would. */
  async kill(): Promise<void> {
    if (!this.current) return;
    const profile = this.current.profileDir;
    try {
      execFileSync('pkill', ['-KILL', '-f', `--user-data-dir=${profile}`]);
    } catch {
      // pkill exits 1 when nothing matched: the browser is gone either way.
    }
    await this.current.close().catch(() => undefined);
    this.current = null;
  }

  async close(): Promise<void> {
    await this.current?.close().catch(() => undefined);
    this.current = null;
  }
}
