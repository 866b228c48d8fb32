// Waiting with a deadline: the work goes on (its outcome is ignored), the caller stops waiting.

/** `work`, or `timeout()` thrown after `ms`; 0 waits forever. */
export function within<T>(work: Promise<T>, ms: number, timeout: () => Error = () => new Error('timeout')): Promise<T> {
  return new Deadline(ms, ms, timeout).race(work);
}

/**
 * A request's deadline: `ms` after it starts, or after the last `progress()` its work reported,
 * never later than `capMs` after the start. A request stuck on a silent database fails after `ms`;
 * a long analysis (a simulation streaming its chunks) runs as long as each chunk arrives in time.
 */
export class Deadline {
  private readonly startedAt = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private fire: (() => void) | undefined;

  constructor(private readonly ms: number, private readonly capMs: number, private readonly timeout: () => Error) {}

  /** Pushes the deadline back to `ms` from now (within the cap). */
  progress = (): void => {
    if (!this.fire) return;
    clearTimeout(this.timer);
    this.arm();
  };

  race<T>(work: Promise<T>): Promise<T> {
    if (this.ms <= 0) return work;
    const late = new Promise<never>((_, reject) => {
      this.fire = () => reject(this.timeout());
      this.arm();
    });
    work.catch(() => undefined); // a late failure is nobody's to handle
    return Promise.race([work, late]).finally(() => {
      clearTimeout(this.timer);
      this.fire = undefined;
    });
  }

  private arm() {
    const left = Math.max(0, this.startedAt + Math.max(this.capMs, this.ms) - Date.now());
    this.timer = setTimeout(this.fire!, Math.min(this.ms, left));
    this.timer.unref();
  }
}
