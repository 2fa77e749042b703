import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmInIdle } from '../../../../renderer/src/app/warmInIdle';

/** The browser's idle moments, handed out by the test one at a time. */
let idleQueue: (() => void)[] = [];

beforeEach(() => {
  idleQueue = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idleQueue.push(run));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    idleQueue.splice(handle - 1, 1, () => undefined);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** One idle moment passes, and whatever its loader started settles. */
async function idleMoment(): Promise<void> {
  const run = idleQueue.shift();
  idleQueue = [];
  run?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('warmInIdle', () => {
  it('loads one page per idle moment, in order, going on past a failure', async () => {
    const loaded: string[] = [];
    const loader = (name: string) => () => {
      loaded.push(name);
      return name === '捐赠' ? Promise.reject(new Error('断网')) : Promise.resolve();
    };
    warmInIdle([loader('委员'), loader('捐赠'), loader('统计')]);
    expect(loaded).toEqual([]);
    await idleMoment();
    expect(loaded).toEqual(['委员']);
    await idleMoment();
    expect(loaded).toEqual(['委员', '捐赠']);
    await idleMoment();
    expect(loaded).toEqual(['委员', '捐赠', '统计']);
    await idleMoment();
    expect(loaded).toEqual(['委员', '捐赠', '统计']);
  });

  it('starts nothing more once stopped', async () => {
    const loaded: string[] = [];
    const warming = warmInIdle([
      () => Promise.resolve(loaded.push('委员')),
      () => Promise.resolve(loaded.push('统计')),
    ]);
    await idleMoment();
    warming.stop();
    await idleMoment();
    expect(loaded).toEqual(['委员']);
  });

  it('starts nothing while held, then goes on where it was', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let clock = 0;
    const loaded: string[] = [];
    const warming = warmInIdle(
      [() => Promise.resolve(loaded.push('委员')), () => Promise.resolve(loaded.push('统计'))],
      () => clock,
    );
    warming.hold(1000);
    idleQueue.shift()?.();
    expect(loaded).toEqual([]);
    clock = 1000;
    await vi.advanceTimersByTimeAsync(1000);
    idleQueue.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(loaded).toEqual(['委员']);
    vi.useRealTimers();
  });
});
