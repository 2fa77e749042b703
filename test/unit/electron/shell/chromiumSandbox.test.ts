import { describe, expect, it } from 'vitest';
import { decideSandbox, isSandboxUnavailable } from '../../../../electron/shell/chromiumSandbox';
import { CHROMIUM_ARGS } from '../../../../electron/shell/launchShell';

describe('the shell’s Chromium sandbox', () => {
  it('keeps the sandbox for an ordinary user, and says so', () => {
    const decision = decideSandbox(1000);
    expect(decision.sandbox).toBe(true);
    expect([...CHROMIUM_ARGS, ...decision.args]).not.toContain('--no-sandbox');
    expect(decision.note).toBe('Chromium 沙箱已启用');
  });

  it('keeps the sandbox on Windows, where there is no user id', () => {
    expect(decideSandbox(undefined).sandbox).toBe(true);
  });

  it('turns it off only for root, and says why', () => {
    const decision = decideSandbox(0);
    expect(decision.sandbox).toBe(false);
    expect(decision.args).toEqual(['--no-sandbox']);
    expect(decision.note).toContain('root');
  });

  it('recognises Chromium refusing to start for want of a sandbox, and nothing else', () => {
    expect(
      isSandboxUnavailable(
        new Error(
          'browserType.launchPersistentContext: Target page, context or browser has been closed\n' +
            '[pid=1][err] FATAL:zygote_host_impl_linux.cc(128)] No usable sandbox! If you are running on Ubuntu 23.10+ …',
        ),
      ),
    ).toBe(true);
    expect(isSandboxUnavailable(new Error('ProcessSingleton: profile in use'))).toBe(false);
  });
});
