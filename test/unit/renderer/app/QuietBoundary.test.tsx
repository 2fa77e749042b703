import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuietBoundary } from '../../../../renderer/src/app/QuietBoundary';

function Boom(): never {
  throw new Error('数据库无法打开');
}

afterEach(cleanup);

describe('QuietBoundary', () => {
  it('drops a broken part of the frame and keeps its siblings on screen', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <main>
        <QuietBoundary part="撤销按钮">
          <Boom />
        </QuietBoundary>
        <p>总览</p>
      </main>,
    );
    quiet.mockRestore();
    expect(screen.getByText('总览')).toBeTruthy();
    expect(screen.getByRole('main').textContent).toBe('总览');
  });
});
