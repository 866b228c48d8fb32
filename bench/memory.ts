// Memory and growth (issue 10, point 4): the real server process's resident set after a first
// batch of `me { tier entitlements }` requests and after many more, at the bench's concurrency.
// Taken after the measured scenarios, so caches and JIT are long warm, and each after full garbage
// collections in the server (as the soak reads it): without them a reading showed when V8 last
// collected, not what the process keeps (runs gave 0.59-1.34 for the same build). Growth within
// 10 % is the target.
import { load, progress, Scenario } from './measure';

export interface MemoryGrowth {
  scenario: string;
  server: string;
  /** Requests of the memory phase itself, and the process's memory after them. */
  points: Array<{ requests: number; rssMiB: number; heapUsedMiB: number }>;
  /** RSS after the last batch ÷ RSS after the first. */
  rssRatio: number;
  target: number;
  met: boolean;
}

const mib = (bytes: number) => Number((bytes / 2 ** 20).toFixed(1));

export async function memoryGrowth(sc: Scenario, counts: number[], connections: number): Promise<MemoryGrowth> {
  const points: MemoryGrowth['points'] = [];
  let sent = 0;
  for (const count of counts) {
    const run = await load(sc, connections, { amount: count - sent });
    if (run.non2xx || run.errors) throw new Error(`memory phase: ${run.non2xx} non-2xx, ${run.errors} errors`);
    sent = count;
    await sc.target.gc();
    const s = await sc.target.stats();
    points.push({ requests: count, rssMiB: mib(s.rssBytes), heapUsedMiB: mib(s.heapUsedBytes) });
    progress(`memory: after ${count} ${sc.name} requests: RSS ${mib(s.rssBytes)} MiB, heap used ${mib(s.heapUsedBytes)} MiB`);
  }
  const rssRatio = Number((points[points.length - 1].rssMiB / points[0].rssMiB).toFixed(3));
  return { scenario: sc.name, server: sc.target.name, points, rssRatio, target: 1.1, met: rssRatio <= 1.1 };
}
