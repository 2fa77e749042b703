/**
 * A gate that background work passes between its pieces: open unless someone asked it to step
 * aside for a while. `hold` keeps it shut for `ms` from now (the later of two holds wins);
 * `release` opens it at once, for work someone is now waiting on.
 */
export class HoldGate {
  private heldUntil = 0;
  private readonly waiting = new Set<() => void>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  hold(ms: number): void {
    this.heldUntil = Math.max(this.heldUntil, this.now() + ms);
  }

  /** Whether work may go on now. */
  open(): boolean {
    return this.heldUntil <= this.now();
  }

  release(): void {
    this.heldUntil = 0;
    for (const go of [...this.waiting]) go();
  }

  /** Resolves once the gate is open: at once when it is, else when the hold ends or is released. */
  async passed(): Promise<void> {
    for (let wait = this.heldUntil - this.now(); wait > 0; wait = this.heldUntil - this.now()) {
      await new Promise<void>((resolve) => {
        const go = () => {
          clearTimeout(timer);
          this.waiting.delete(go);
          resolve();
        };
        const timer = setTimeout(go, wait);
        this.waiting.add(go);
      });
    }
  }
}
