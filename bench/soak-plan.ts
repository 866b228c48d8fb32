// The soak's sizes, schedule and timings (a --quick run scales them to about SOAK_SECONDS), and
// the records of its processes and faults. See soak.ts for what the soak does.
import path from 'node:path';

export const QUICK = process.argv.includes('--quick') || Boolean(process.env.SOAK_SECONDS);
export const FULL = { operations: 10_000, kills: 20, outageMs: 10_000, freezeMs: 10_000, loadSeconds: Number(process.env.SOAK_LOAD_SECONDS ?? 150) };
/** What a quick run spends outside the load: setup, the final retries and replays, the checks. */
export const QUICK_OVERHEAD_SECONDS = 19;
export const TOTAL_SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
export const LOAD_SECONDS = QUICK ? Math.max(20, TOTAL_SECONDS - QUICK_OVERHEAD_SECONDS) : FULL.loadSeconds;
export const SCALE = LOAD_SECONDS / FULL.loadSeconds;
export const PLAN = {
  quick: QUICK,
  members: 200,
  hotMembers: 20,
  processes: 4,
  clockOffsetsMs: (process.env.SOAK_CLOCK_OFFSETS_MS ?? '-2000,0,1000,2000').split(',').map(Number),
  operations: QUICK ? Math.round(FULL.operations * SCALE) : FULL.operations,
  kills: QUICK ? Math.max(3, Math.round(FULL.kills * SCALE)) : FULL.kills,
  outageMs: QUICK ? Math.max(5000, Math.round(FULL.outageMs * SCALE)) : FULL.outageMs,
  freezeMs: QUICK ? Math.max(5000, Math.round(FULL.freezeMs * SCALE)) : FULL.freezeMs,
  loadMs: LOAD_SECONDS * 1000,
  holdTtlSeconds: 5,
  holdSweepSeconds: 2,
  seed: Number(process.env.SOAK_SEED ?? Date.now() % 1e9),
};
/** No client waits longer than this for one answer (a server answers a hung database in 3 s). */
export const CLIENT_TIMEOUT_MS = 20_000;
export const MAX_IN_FLIGHT = 96;
/** The final retries of unanswered requests: at most this many rounds, within this time. */
export const FINAL_ROUNDS = 30;
export const FINAL_BUDGET_MS = 120_000;
export const RETRY_CONCURRENCY = 16;
/** A process's RSS after warm-up and at the end: medians of the samples (one a second) over windows this long. */
export const RSS_WINDOW_MS = Math.max(3000, Math.round(0.08 * PLAN.loadMs));
export const RSS_TOLERANCE = 0.1;
/** Preloaded into the server processes: a full GC on SIGUSR2, so RSS is compared after one. */
export const GC_PRELOAD = path.resolve(__dirname, '../soak/gc-preload.cjs');
export const GC_READY = 'SOAK_GC_READY';
/** For diagnosis: where the process spared the kills writes heap snapshots (after warm-up, at the end). */
export const SNAPSHOT_DIR = process.env.SOAK_HEAP_SNAPSHOT_DIR ? path.resolve(process.env.SOAK_HEAP_SNAPSHOT_DIR) : null;
export const REQUEST_TIMEOUT_MS = 3000;
/** A request sent while the database hangs is answered within the request timeout plus this slack (2 cores, 4 processes). */
export const FREEZE_SLACK_MS = 2000;
/** Load before the first fault and the after-warm-up memory reading. */
export const warmUpMs = () => Math.max(10_000, 0.12 * PLAN.loadMs);
/** The whole run is abandoned (exit 1) past this. */
export const WATCHDOG_MS = PLAN.loadMs * 3 + 300_000;

export const log = (msg: string) => process.stdout.write(`[soak] ${msg}\n`);
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));
export const round1 = (n: number) => Math.round(n * 10) / 10;
export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

export type ProcessState = {
  index: number;
  clockOffsetMs: number;
  up: boolean;
  incarnation: number;
  kills: number;
  inFlight: number;
  pids: number[];
  /** RSS samples (kB) of each incarnation, with their time since the load started. */
  rss: Array<Array<{ t: number; kB: number }>>;
  unexpectedExits: number;
  /** The current incarnation runs soak/gc-preload.cjs (a full GC on SIGUSR2). */
  gcReady: boolean;
  memSeq: number;
  /** A kill of it is under way (waiting for a request in flight, or restarting). */
  killing: boolean;
};

/** A process's memory right after a full GC: VmRSS, and what V8 says it holds. */
export interface MemoryPoint {
  t: number;
  rssKB: number;
  /** Of VmRSS: anonymous memory (heaps, malloc) and file-backed pages (the node binary, shared libraries). */
  anonKB: number | null;
  fileKB: number | null;
  heapUsedKB: number;
  heapTotalKB: number;
  externalKB: number;
  /** V8's heap spaces (used, KiB), the process's active handles by kind and its pending requests. */
  spacesKB: Record<string, number>;
  handles: Record<string, number>;
  requests: number;
  /** Full (mark-compact) GCs V8 reported for the reading: at least one, or the reading counts garbage. */
  fullGcs: number;
}

export interface FaultRecord {
  kind: 'kill' | 'outage' | 'freeze';
  index?: number;
  at: number;
  ms: number;
  inFlight?: number;
  restartMs?: number;
  restartAttempts?: number;
  modes?: string[];
}
