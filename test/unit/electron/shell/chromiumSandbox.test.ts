import { describe, expect, it } from 'vitest';
import { decideSandbox } from '../../../../electron/shell/chromiumSandbox';
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
});
