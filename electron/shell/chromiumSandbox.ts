/** Whether Chromium keeps its sandbox, and the line the log says about it. */
export interface SandboxDecision {
  sandbox: boolean;
  /** Extra command-line flags the decision needs. */
  args: string[];
  note: string;
}

/**
 * Chromium runs sandboxed, except as root, where its sandbox refuses to start at all.
 * `uid` is undefined on Windows, which has no root and sandboxes as usual.
 */
export function decideSandbox(uid: number | undefined): SandboxDecision {
  if (uid === 0) {
    return {
      sandbox: false,
      args: ['--no-sandbox'],
      note: 'Chromium 沙箱已关闭（--no-sandbox）：以 root 身份运行时 Chromium 无法启用沙箱',
    };
  }
  return { sandbox: true, args: [], note: 'Chromium 沙箱已启用' };
}

/** What a machine that cannot give Chromium a sandbox (no user namespaces) gets instead. */
export const SANDBOX_UNAVAILABLE: SandboxDecision = {
  sandbox: false,
  args: ['--no-sandbox'],
  note: 'Chromium 沙箱已关闭（--no-sandbox）：本机不支持 Chromium 沙箱（如未开放用户命名空间）',
};

/** True when Chromium would not start because this machine cannot give it a sandbox. */
export function isSandboxUnavailable(error: unknown): boolean {
  return /No usable sandbox/i.test(error instanceof Error ? error.message : String(error));
}
