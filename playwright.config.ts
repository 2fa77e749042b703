import { defineConfig } from '@playwright/test';

// The app runs in the system Chromium through the shell (test/e2e/fixtures.ts); no Playwright
// browser download is needed or used.
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // CI: one retry, so that one slow moment on a loaded two-core machine does not cost a whole
  // run; the list reporter still names a test that passed only on its retry (“flaky”).
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
