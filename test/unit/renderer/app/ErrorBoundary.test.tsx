import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../../renderer/src/app/ErrorBoundary';

function Boom(): never {
  throw new Error('模拟的渲染错误');
}

afterEach(cleanup);

describe('ErrorBoundary', () => {
  it('shows a plain Chinese message, the details, and a way back instead of a white screen', () => {
    const onBack = vi.fn();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary onBack={onBack}>
        <Boom />
      </ErrorBoundary>,
    );
    quiet.mockRestore();
    expect(screen.getByText('这个页面出错了')).toBeTruthy();
    expect(screen.getByLabelText('错误详情').textContent).toContain('模拟的渲染错误');
    fireEvent.click(screen.getByRole('button', { name: '返回总览' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('renders its children when nothing breaks', () => {
    render(
      <ErrorBoundary onBack={() => undefined}>
        <p>正常内容</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('正常内容')).toBeTruthy();
  });

  it('clears the error when another page is opened, and not before', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary resetKey="members" onBack={() => undefined}>
        <Boom />
      </ErrorBoundary>,
    );
    quiet.mockRestore();
    rerender(
      <ErrorBoundary resetKey="members" onBack={() => undefined}>
        <p>正常内容</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('这个页面出错了')).toBeTruthy();
    rerender(
      <ErrorBoundary resetKey="activities" onBack={() => undefined}>
        <p>正常内容</p>
      </ErrorBoundary>,
    );
    expect(screen.queryByText('这个页面出错了')).toBeNull();
    expect(screen.getByText('正常内容')).toBeTruthy();
  });
});
