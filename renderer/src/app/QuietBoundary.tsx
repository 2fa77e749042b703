import { Component, type ErrorInfo, type ReactNode } from 'react';
import { logToHost } from './reportGlobalErrors';

interface Props {
  /** Names the part in the log, e.g. 撤销按钮. */
  part: string;
  children: ReactNode;
}

/**
 * Around the small parts of the frame (undo buttons, 草稿箱): if one of them breaks, for instance
 * because the database cannot be opened, it disappears and is logged; the page stays usable.
 */
export class QuietBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    logToHost(
      `${this.props.part}出错：${error.message}`,
      `${error.stack ?? ''}\n${info.componentStack ?? ''}`,
    );
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
