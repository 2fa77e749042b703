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
