/**
 * The exports one process runs at once. Each holds a database connection for as long as its
 * reader reads, so they are bounded and the pool stays free for everything else. A request that
 * finds every slot taken waits a moment in line (a slot is often freed a few milliseconds after
 * the previous reader has its last byte) and is refused with 429 only when none frees in time.
 */
export const EXPORT_CONCURRENCY = { maxRunning: 4, queueWaitMs: 2_000, retryAfterSeconds: 5 } as const;

export type ReleaseSlot = () => void;

/** A counting semaphore whose waiters give up after a deadline, in arrival order. */
export class ExportSlots {
  private running = 0;
  private readonly waiting: Array<(release: ReleaseSlot) => void> = [];

  constructor(private readonly max: number) {}

  /** A slot's release function, or null when none freed within `waitMs`. */
  acquire(waitMs: number): Promise<ReleaseSlot | null> {
    if (this.running < this.max) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const grant = (release: ReleaseSlot) => {
        clearTimeout(timer);
        resolve(release);
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        resolve(null);
      }, waitMs);
      timer.unref();
      this.waiting.push(grant);
    });
  }

  /** Exports running now. */
  get inUse(): number {
    return this.running;
  }

  private releaser(): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line, so a newcomer cannot overtake it.
      if (next) next(this.releaser());
      else this.running -= 1;
    };
  }
}
