import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoldGate } from '../../../../renderer/src/shared/holdGate';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Whether `promise` has settled after the microtasks now queued have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('HoldGate', () => {
  it('lets work through at once when nobody holds it', async () => {
    const gate = new HoldGate(() => Date.now());
    expect(gate.open()).toBe(true);
    expect(await settled(gate.passed())).toBe(true);
  });

  it('keeps work waiting for the hold, and lets it through when the hold ends', async () => {
    const gate = new HoldGate(() => Date.now());
    gate.hold(1000);
    expect(gate.open()).toBe(false);
    const passing = gate.passed();
    expect(await settled(passing)).toBe(false);
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(passing)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(passing)).toBe(true);
  });

  it('waits for a hold made longer while the work waits', async () => {
    const gate = new HoldGate(() => Date.now());
    gate.hold(1000);
    const passing = gate.passed();
    await vi.advanceTimersByTimeAsync(600);
    gate.hold(1000); // a second page opened
    await vi.advanceTimersByTimeAsync(400);
    expect(await settled(passing)).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(await settled(passing)).toBe(true);
  });

  it('keeps the later of two holds: a shorter one does not shorten it', async () => {
    const gate = new HoldGate(() => Date.now());
    gate.hold(1000);
    gate.hold(10);
    const passing = gate.passed();
    await vi.advanceTimersByTimeAsync(500);
    expect(await settled(passing)).toBe(false);
  });

  it('lets every waiting piece through at once when released', async () => {
    const gate = new HoldGate(() => Date.now());
    gate.hold(60_000);
    const first = gate.passed();
    const second = gate.passed();
    gate.release();
    expect(await settled(first)).toBe(true);
    expect(await settled(second)).toBe(true);
    expect(await settled(gate.passed())).toBe(true);
  });
});
