// Requests start one per event-loop turn, first come first served, once more than one is ready.
// Why: since libuv 1.45 (Node 20) a listening socket accepts ONE connection per loop turn, and a
// turn runs every request that became ready in it. At 32 busy connections asking for 0.4 MB
// answers a turn lasted a whole round (~200 ms), so connection k waited k rounds for its first
// answer (4 s for the last one) while the established ones were served again and again. Starting
// one request per turn keeps turns as short as one request's synchronous work, so a new connection
// is accepted within one of them and its request queues behind the others, not behind 30 rounds.
// An idle server pays one setImmediate per request; requests that wait on the database interleave
// as before (only their start is paced).
export class Admission {
  private waiting: Array<() => void> = [];
  private turnTaken = false;

  /** Resolves when the caller may start: at once if nothing else started this turn, else in a later turn, in arrival order. */
  turn(): Promise<void> | undefined {
    if (!this.turnTaken) {
      this.turnTaken = true;
      setImmediate(this.release);
      return undefined;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** How many requests wait for their turn (a gauge for /metrics). */
  get queued(): number {
    return this.waiting.length;
  }

  // Runs in the loop's check phase; the next one is queued for the following turn, so the loop
  // polls (accepts, reads, finishes database answers) between two starts.
  private release = () => {
    const next = this.waiting.shift();
    if (!next) {
      this.turnTaken = false;
      return;
    }
    next();
    setImmediate(this.release);
  };
}
