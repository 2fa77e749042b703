import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadableCode } from '../../../../renderer/src/app/preloadable';
import { useCodeLoaded } from '../../../../renderer/src/app/useCodeLoaded';

afterEach(cleanup);

/** Code whose load the test settles by hand. */
function pendingCode(name: string) {
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let done = false;
  const load = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        settle = {
          resolve: () => {
            done = true;
            resolve();
          },
          reject,
        };
      }),
  );
  const code: LoadableCode = { load, loaded: () => done };
  return { name, code, load, settle: () => settle! };
}

function Gate({ code, page }: { code: readonly LoadableCode[]; page: string }) {
  return <main>{useCodeLoaded(code) ? page : '正在打开……'}</main>;
}

describe('a page drawn once its code is here', () => {
  it('draws a page whose code has loaded at once, without loading it again', () => {
    const members = pendingCode('members');
    members.code.loaded = () => true;
    render(<Gate code={[members.code]} page="委员" />);
    expect(screen.getByRole('main').textContent).toBe('委员');
    expect(members.load).not.toHaveBeenCalled();
  });

  it('says it is opening while the code loads, and draws the page when every part is here', async () => {
    const themed = pendingCode('themed');
    const members = pendingCode('members');
    const code = [themed.code, members.code];
    render(<Gate code={code} page="委员" />);
    expect(screen.getByRole('main').textContent).toBe('正在打开……');
    expect(members.load).toHaveBeenCalledTimes(1);
    await act(async () => themed.settle().resolve());
    expect(screen.getByRole('main').textContent).toBe('正在打开……');
    await act(async () => members.settle().resolve());
    expect(screen.getByRole('main').textContent).toBe('委员');
  });

  it('draws the page when its code fails to load, so that the page reports the failure', async () => {
    const members = pendingCode('members');
    render(<Gate code={[members.code]} page="委员" />);
    await act(async () => members.settle().reject(new Error('网络错误')));
    expect(screen.getByRole('main').textContent).toBe('委员');
  });

  it('does not draw a page for code that was loading for the page left', async () => {
    const members = pendingCode('members');
    const stats = pendingCode('stats');
    const first = [members.code];
    const second = [stats.code];
    const { rerender } = render(<Gate code={first} page="委员" />);
    rerender(<Gate code={second} page="统计" />);
    await act(async () => members.settle().resolve());
    expect(screen.getByRole('main').textContent).toBe('正在打开……');
    await act(async () => stats.settle().resolve());
    expect(screen.getByRole('main').textContent).toBe('统计');
  });
});
