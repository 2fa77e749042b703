import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ShellSession } from './shellSession';

interface Fixtures {
  /** The data folder of this test's app: settings, logs and the Chromium profile live here. */
  dataDir: string;
  /** The running shell, for restarts, crashes and dialog answers. */
  shell: ShellSession;
  /** A Page of the running app on a fresh profile, with the sidebar shown. */
  app: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'duty-ledger-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
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
