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
    const stop = warmInIdle([
      () => Promise.resolve(loaded.push('委员')),
      () => Promise.resolve(loaded.push('统计')),
    ]);
    await idleMoment();
    stop();
    await idleMoment();
    expect(loaded).toEqual(['委员']);
  });
});
