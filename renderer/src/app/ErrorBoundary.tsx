import { Component, type ErrorInfo, type ReactNode } from 'react';
import { logToHost } from './reportGlobalErrors';

interface Props {
  children: ReactNode;
  /** Where 返回 leads; the boundary resets itself afterwards. */
  onBack: () => void;
  /** A change of it (another page) clears the error shown, without drawing the children anew. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  componentStack: string;
  copied: boolean;
}

/** Never a white screen: a plain Chinese message, the details to copy, and a way back. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: '', copied: false };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error, copied: false };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) {
      this.setState({ error: null, componentStack: '', copied: false });
    }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const componentStack = info.componentStack ?? '';
    this.setState({ componentStack });
    logToHost(`界面出错：${error.message}`, `${error.stack ?? ''}\n${componentStack}`);
  }

  private details(): string {
    const { error, componentStack } = this.state;
    return [error?.name, error?.message, error?.stack, componentStack].filter(Boolean).join('\n');
  }

  private readonly copy = async () => {
    try {
      await navigator.clipboard.writeText(this.details());
      this.setState({ copied: true });
    } catch {
      // The details stay selectable on screen when the clipboard is not available.
    }
  };

  private readonly back = () => {
    this.setState({ error: null, componentStack: '', copied: false });
    this.props.onBack();
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    // Plain HTML: the message must show even when the part that broke is the UI library.
    return (
      <section className="error-panel" role="alert">
        <h1>这个页面出错了</h1>
        <p>
          您已保存的数据不受影响，未保存的表单已留在草稿箱。可以返回总览继续工作；如果反复出现，请把下面的详情复制给技术人员。
        </p>
        <div className="error-panel-actions">
          <button type="button" className="plain-button primary" onClick={this.back}>
            返回总览
          </button>
          <button type="button" className="plain-button" onClick={() => void this.copy()}>
            {this.state.copied ? '已复制' : '复制详情'}
          </button>
        </div>
        <pre aria-label="错误详情">{this.details()}</pre>
      </section>
    );
  }
}
