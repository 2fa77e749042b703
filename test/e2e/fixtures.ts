import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ShellSession } from './shellSession';

interface Fixtures {
  /**
   * The 经办人 already in 设置 when the app starts, so that saving does not first ask who is
   * working; '' starts without one (`test.use({ operatorName: '' })`).
   */
  operatorName: string;
  /** The data folder of this test's app: settings, logs and the Chromium profile live here. */
  dataDir: string;
  /** The running shell, for restarts, crashes and dialog answers. */
  shell: ShellSession;
  /** A Page of the running app on a fresh profile, with the sidebar shown. */
  app: Page;
}

export const test = base.extend<Fixtures>({
  operatorName: ['测试经办人', { option: true }],
  dataDir: async ({ operatorName }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'duty-ledger-e2e-'));
    if (operatorName !== '') {
      await writeFile(join(dir, 'settings.json'), JSON.stringify({ operatorName }));
    }
    await use(dir);
    // The host may still be finishing a write (an automatic backup) as the test ends: a folder
    // that gains a file while it is removed is tried again rather than failing the test.
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  },
  shell: async ({ dataDir }, use) => {
    const session = new ShellSession(dataDir);
    await use(session);
    await session.close();
  },
  app: async ({ shell }, use) => {
    await use(await shell.launch());
  },
});

export { expect };
