// When requests arrive faster than they are served, they start in arrival order in batches, one
// batch per event-loop turn, each batch sized so a turn lasts about TURN_MS.
// Why: since libuv 1.45 (Node 20) a listening socket accepts ONE connection per loop turn, and a
// turn runs every request that became ready in it. At 32 busy connections asking for 0.4 MB
// answers a turn lasted a whole round (~200 ms), so connection k waited k rounds for its first
// answer (4 s for the last one) while the established ones were served again and again. With
// short turns a new connection is accepted within one and its request queues behind the others.
// The batch adapts: heavy requests start one per turn; cheap ones many per turn, so the extra
// turns cost them nothing measurable. An idle server starts a request at once.
import { performance } from 'node:perf_hooks';

const TURN_MS = 2;
const MAX_PER_TURN = 256;

export class Admission {
  private waiting: Array<() => void> = [];
  private pumping = false;
  private perTurn = 1;
  private lastPump = 0;

  /** Resolves when the caller may start; undefined when it may start at once (nothing is queued). */
  turn(): Promise<void> | undefined {
    if (!this.pumping) {
      this.pumping = true;
      this.lastPump = performance.now();
      setImmediate(this.pump);
      return undefined;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** How many requests wait for their turn (a gauge for /metrics). */
  get queued(): number {
    return this.waiting.length;
  }

  // Runs in the loop's check phase and queues itself for the next turn, so the loop polls
  // (accepts, reads, finishes database answers) between two batches. The time since the last
  // pump is the last turn's length: what the last batch started plus the polling.
  private pump = () => {
    if (this.waiting.length === 0) {
      this.pumping = false;
      return;
    }
    const now = performance.now();
    const turn = now - this.lastPump;
    this.lastPump = now;
    if (turn < TURN_MS / 2) this.perTurn = Math.min(MAX_PER_TURN, this.perTurn * 2);
    else if (turn > TURN_MS * 2) this.perTurn = Math.max(1, Math.floor((this.perTurn * TURN_MS) / turn));
    for (const start of this.waiting.splice(0, this.perTurn)) start();
    setImmediate(this.pump);
  };
}
