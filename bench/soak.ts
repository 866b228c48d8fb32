// `npm run soak [-- --quick]`: four real server processes on one MariaDB database, each behind
// its own TCP proxy, with clocks skewed by −2, 0, +1 and +2 s; 200 members of a tier with small
// shared quotas (a COUNT per month, an AMOUNT budget with a per-order cap, a COUNT with a cap of
// one per order; three orders each); a stream of mixed operations (consumes, holds that expire,
// captures, releases, reversals, grants, reads, replays of earlier keys; 10 % of writes also sent
// to another process with the same key, in parallel or after the first answer) while processes
// are SIGKILLed and restarted, the database goes away (every proxy cut: 'refuse' on even
// processes, 'reset' on odd ones) and later hangs (every proxy 'silent').
//
// The client keeps a record of every request and answer. At the end, with everything restored,
// every request without an answer is sent again with its key until it is answered, every
// successful key is replayed once more, the processes are stopped and the verdict is read on
// the real database (soak-checks.ts): exactly one row per "done", none without one, every replay
// identical, totals per member and period as the answers say and within quota, ledger drift 0;
// and the RSS of each process never restarted (one is spared the kills) ends no more than 10 %
// above its value after warm-up (less is reported, not failed: after an outage V8 and malloc may
// hand memory back): VmRSS from /proc/<pid>/status, read right after full GCs both times
// (soak/gc-preload.cjs, preloaded into the soak's processes, runs them on SIGUSR2), and along the
// load every tenth of it; per-second samples without a forced GC are reported too. A late capture
// in the mix is one of a hold within 2.5 s of its expiry, sent to the process whose clock is
// furthest behind while a consume of the same quota goes to the one furthest ahead. Figures go to bench/results/soak.json (a --quick run:
// bench/results/quick/soak.json) and a summary to stdout; any violation exits 1.
//
// Full: 10,000 operations over SOAK_LOAD_SECONDS (default 150) of load, 20 kills, a 10 s outage and
// a 10 s freeze. --quick (or SOAK_SECONDS=n): the whole run in about n seconds (default 60), with
// proportionally fewer operations and kills (at least 3), a 5 s outage and a 5 s freeze.
// Needs DATABASE_URL=mysql://… on a loopback address (default mysql://root@127.0.0.1:3306/aftercare);
// the soak's database is a fresh one named after it (<db>_t…), dropped at the end (SOAK_KEEP_DB=1 keeps it).
// The short holds come from HOLD_TTL_SECONDS=5 on the soak's processes (the API's shortest
// expiresInSeconds is 60, which some holds also use); HOLD_SWEEP_SECONDS=2 sweeps them.
// For diagnosis: SOAK_SEED (the workload's random choices), SOAK_CLOCK_OFFSETS_MS (e.g. 0,0,0,0),
// SOAK_LOAD_SECONDS (the full run's load phase), SOAK_KEEP_DB=1, SOAK_HEAP_SNAPSHOT_DIR (heap
// snapshots of the process spared the kills, after warm-up and at the end).
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { signToken } from '../src/auth/token';
import { createDataSource, databaseKind } from '../src/db/data-source';
import { Cluster, startCluster } from '../test/support/cluster';
import { assignMembership, createTier, defineBenefit, recordOrder, setRule } from '../test/support/fixtures';
import { dropDatabase, freshDatabaseUrl, JWT_SECRET, startTestServer } from '../test/support/harness';
import { startTcpProxy, TcpProxy } from '../test/support/tcp-proxy';
import { checkDatabase, DatabaseFigures, Evidence } from './soak-checks';
import {
  Attempt, BENEFIT_NAMES, BenefitName, benefitByCode, BENEFITS, DUPLICATE_SHARE, memberId, ORDERS_PER_MEMBER, orderId, Phase, Request, sendOnce, TIER, Why, Workload,
} from './soak-workload';
import { Faults } from './soak-faults';
import { Memory } from './soak-memory';
import {
  CLIENT_TIMEOUT_MS, FaultRecord, FINAL_BUDGET_MS, FINAL_ROUNDS, FREEZE_SLACK_MS, GC_PRELOAD, GC_READY, isLoopback, LOAD_SECONDS, log, MAX_IN_FLIGHT, PLAN,
  ProcessState, QUICK, REQUEST_TIMEOUT_MS, RETRY_CONCURRENCY, round1, RSS_TOLERANCE, sleep, SNAPSHOT_DIR, warmUpMs, WATCHDOG_MS,
} from './soak-plan';


export class Soak {
  readonly run = Date.now().toString(36);
  readonly w: Workload;
  readonly procs: ProcessState[];
  readonly faults: FaultRecord[] = [];
  readonly violations: string[] = [];
  /** Members and benefits an answer showed over limit + granted (their evidence goes to the report). */
  readonly overQuotaAnswers: Array<{ userId: string; benefit: BenefitName }> = [];
  /** Reads, releases and reversals whose answers showed used + held over limit + granted (see checkFigures). */
  readonly overQuotaViews: string[] = [];
  phase: Phase = 'warm-up';
  private t0 = performance.now();
  loadEndAt = 0;
  warmEndAt = 0;
  cluster!: Cluster;
  proxies: TcpProxy[] = [];
  token = '';
  /** One process is never killed, so one RSS is followed over the whole run. */
  readonly survivor = PLAN.seed % PLAN.processes;
  readonly faultPlan = new Faults(this);
  readonly memory = new Memory(this);

  constructor() {
    this.w = new Workload(this.run, { members: PLAN.members, hotMembers: PLAN.hotMembers, operations: PLAN.operations }, PLAN.seed);
    this.procs = PLAN.clockOffsetsMs.map((clockOffsetMs, index) => ({
      index, clockOffsetMs, up: true, incarnation: 0, kills: 0, inFlight: 0, pids: [], rss: [[]], unexpectedExits: 0, gcReady: false, memSeq: 0, killing: false,
    }));
  }

  now = () => performance.now() - this.t0;
  startClock() {
    this.t0 = performance.now();
  }

  private url(i: number) {
    return this.cluster.urls[i].replace('//localhost:', '//127.0.0.1:');
  }

  /** A process that is up (as a load balancer would route), other than `not` if possible. */
  pickProcess(not?: number): number {
    const up = this.procs.filter((p) => p.up && p.index !== not);
    const pool = up.length ? up : this.procs.filter((p) => p.up);
    return pool.length ? this.w.pick(pool).index : this.w.pick(this.procs).index;
  }

  /** Sends one attempt of `req` to process `i` and records it. */
  async attempt(req: Request, why: Why, i: number): Promise<Attempt> {
    const sentAt = this.now();
    const phase = this.phase;
    const p = this.procs[i];
    p.inFlight++;
    const r = await sendOnce(this.url(i), this.token, req.kind, req.variables, CLIENT_TIMEOUT_MS);
    p.inFlight--;
    const a: Attempt = { why, process: i, sentAt: Math.round(sentAt), ms: Math.round(this.now() - sentAt), phase, outcome: r.outcome, status: r.status, codes: r.codes, ...(r.detail ? { detail: r.detail } : {}) };
    req.attempts.push(a);
    if (r.outcome === 'error') req.violations.push(`${req.kind} ${req.key ?? req.userId} (${why}, process ${i}) got an error answer: ${r.status} ${r.detail}`);
    if (r.outcome === 'success' && (req.kind === 'read' || req.success === null)) this.checkFigures(req, r.payload, i);
    if (req.kind === 'read') return a;
    if (r.outcome === 'success') {
      if (req.success === null) {
        req.success = r.text!;
        req.successAt = this.now();
        this.w.learn(req, r.payload);
      } else if (req.success !== r.text) {
        req.violations.push(`${req.kind} ${req.key} (${why}, process ${i}) answered differently from its first success:\n    first ${req.success.slice(0, 600)}\n    now   ${r.text!.slice(0, 600)}`);
      }
    }
    if (r.outcome === 'refused' && req.successAt !== null && sentAt > req.successAt) {
      req.violations.push(`${req.kind} ${req.key} (${why}, process ${i}) was refused (${r.codes.join(', ')}) after it had been answered "done"`);
    }
    return a;
  }

  /**
   * A booking (consume, hold, capture) is decided on the figures its process reads under the
   * member's lock, and answers with them: they never show more used and held than limit +
   * granted, else that process booked past the quota by its own reckoning. Other answers (reads,
   * releases, reversals) may show that for a moment without anything booked wrongly: a grant
   * starts at its process's clock, so a process whose clock is behind does not count it yet while
   * a use that one ahead booked on it already counts. They are reported, not failed.
   */
  private checkFigures(req: Request, payload: any, process: number) {
    const list = req.kind === 'read' ? payload.entitlements : [payload.entitlement];
    for (const e of list ?? []) {
      if (!e || e.limit === null || e.limit === undefined) continue;
      if (e.used + (e.held ?? 0) > e.limit + e.granted) {
        const what = `${req.kind} ${req.key ?? req.userId} on process ${process} (clock ${this.procs[process].clockOffsetMs} ms): its answer shows used ${e.used} + held ${e.held} over limit ${e.limit} + granted ${e.granted}`;
        const benefit = req.benefit ?? benefitByCode(e.benefit?.code);
        if (req.kind === 'consume' || req.kind === 'hold' || req.kind === 'capture') {
          if (benefit) this.overQuotaAnswers.push({ userId: req.userId, benefit });
          req.violations.push(what);
        } else {
          this.overQuotaViews.push(what);
        }
      }
    }
  }

  /**
   * One step of the mix: a new request (sometimes duplicated on another process), a replay, or
   * several requests at once on different processes. Resolves with how many operations it was.
   */
  operation(): { count: number; done: Promise<void> } {
    const { requests, replay, spread } = this.w.next();
    if (spread === 'one') return { count: 1, done: this.single(requests[0], replay) };
    const up = this.procs.filter((p) => p.up).map((p) => p.index);
    let targets: number[];
    if (spread === 'late-capture') {
      // The capture where the clock is furthest behind, the consume where it is furthest ahead.
      const byClock = [...up].sort((a, b) => this.procs[a].clockOffsetMs - this.procs[b].clockOffsetMs);
      targets = [byClock[0], byClock[byClock.length - 1]];
    } else {
      const start = Math.floor(this.w.rand() * up.length);
      targets = requests.map((_, k) => up[(start + k) % up.length]);
    }
    return { count: requests.length, done: Promise.all(requests.map((r, k) => this.attempt(r, 'first', targets[k] ?? this.pickProcess()))).then(() => undefined) };
  }

  private async single(request: Request, replay: boolean): Promise<void> {
    const first = this.pickProcess();
    if (replay) return void (await this.attempt(request, 'replay', first));
    if (!request.key || this.w.rand() >= DUPLICATE_SHARE) return void (await this.attempt(request, 'first', first));
    if (this.w.rand() < 0.5) {
      await Promise.all([this.attempt(request, 'first', first), this.attempt(request, 'duplicate', this.pickProcess(first))]);
    } else {
      await this.attempt(request, 'first', first);
      await this.attempt(request, 'after', this.pickProcess(first));
    }
  }

}

// ---------------------------------------------------------------- setup
async function configure(soak: Soak, databaseUrl: string): Promise<void> {
  const admin = await startTestServer({ databaseUrl, config: { holdSweepSeconds: 0, catalogRefreshMs: 0 } });
  try {
    // Configured a minute ago in real time, so everything is in force on every skewed clock.
    admin.clock.set(new Date(Date.now() - 60_000));
    await createTier(admin, { code: TIER, name: 'Soak Gold', rank: 20 });
    for (const b of BENEFIT_NAMES) {
      const d = BENEFITS[b];
      await defineBenefit(admin, { code: d.code, kind: d.kind, unit: d.unit });
      await setRule(admin, { tierCode: TIER, benefitCode: d.code, limit: d.limit, period: 'CALENDAR_MONTH', ...(d.perOrderLimit ? { perOrderLimit: d.perOrderLimit } : {}) });
    }
    const day = 86_400_000;
    const jobs: Array<() => Promise<unknown>> = [];
    for (let i = 0; i < PLAN.members; i++) {
      const userId = memberId(soak.run, i);
      jobs.push(async () => {
        await assignMembership(admin, { userId, tierCode: TIER, startsAt: new Date(Date.now() - 30 * day).toISOString() });
        for (let j = 1; j <= ORDERS_PER_MEMBER; j++) {
          await recordOrder(admin, {
            id: orderId(userId, j), userId, amount: 50_000, placedAt: new Date(Date.now() - 2 * day).toISOString(), deliveredAt: new Date(Date.now() - day).toISOString(),
          });
        }
      });
    }
    await pool(jobs, 8);
  } finally {
    await admin.stop();
  }
}

async function pool(jobs: Array<() => Promise<unknown>>, n: number): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < jobs.length) await jobs[next++]();
  }));
}

/** The database URL, through a new proxy on 127.0.0.1. */
async function proxied(databaseUrl: string): Promise<{ proxy: TcpProxy; url: string }> {
  const u = new URL(databaseUrl);
  const proxy = await startTcpProxy({ targetHost: u.hostname === 'localhost' ? '127.0.0.1' : u.hostname, targetPort: Number(u.port || 3306) });
  u.hostname = '127.0.0.1';
  u.port = String(proxy.port);
  return { proxy, url: u.toString() };
}

// ---------------------------------------------------------------- figures
function figuresOf(soak: Soak) {
  const reqs = soak.w.requests;
  const attempts = reqs.flatMap((r) => r.attempts.map((a) => ({ ...a, kind: r.kind })));
  const count = <T>(list: T[], f: (x: T) => string) => list.reduce<Record<string, number>>((m, x) => ((m[f(x)] = (m[f(x)] ?? 0) + 1), m), {});
  const load = attempts.filter((a) => a.why !== 'final' && a.why !== 'check');
  const refusals: Record<string, number> = {};
  for (const a of attempts.filter((x) => x.outcome === 'refused')) for (const c of a.codes) refusals[c] = (refusals[c] ?? 0) + 1;
  const failures: Record<string, number> = {};
  for (const a of attempts.filter((x) => x.outcome === 'unavailable' || x.outcome === 'network' || x.outcome === 'error')) {
    const k = `${a.outcome}:${a.codes[0] ?? '?'}`;
    failures[k] = (failures[k] ?? 0) + 1;
  }
  const latency = (list: typeof attempts) => {
    const ms = list.map((a) => a.ms).sort((x, y) => x - y);
    const q = (p: number) => (ms.length ? ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] : null);
    return { count: ms.length, p50: q(0.5), p99: q(0.99), max: ms.length ? ms[ms.length - 1] : null };
  };
  const during = (kind: 'outage' | 'freeze') => {
    const f = soak.faults.find((x) => x.kind === kind);
    const sent = attempts.filter((a) => a.phase === kind);
    const within = f ? sent.filter((a) => a.sentAt + a.ms <= f.at + f.ms) : [];
    return {
      ms: f?.ms ?? null, at: f?.at ?? null, modes: f ? [...new Set(f.modes)] : [],
      requestsSent: sent.length,
      outcomes: count(sent, (a) => a.outcome),
      /** Of those, the ones answered before the database came back (the rest were answered after). */
      answeredBeforeRestore: count(within, (a) => a.outcome),
      latencyMs: latency(sent),
    };
  };
  const kills = soak.faults.filter((f) => f.kind === 'kill');
  const keyed = reqs.filter((r) => r.key);
  return {
    operations: {
      planned: PLAN.operations,
      newRequests: reqs.length,
      byKind: count(reqs, (r) => r.kind),
      attempts: attempts.length,
      attemptsByWhy: count(attempts, (a) => a.why),
      duplicatesOnAnotherProcess: attempts.filter((a) => a.why === 'duplicate' || a.why === 'after').length,
      replaysOfEarlierKeys: attempts.filter((a) => a.why === 'replay').length,
    },
    outcomes: count(load, (a) => a.outcome),
    successes: { requests: keyed.filter((r) => r.success !== null).length, byKind: count(keyed.filter((r) => r.success !== null), (r) => r.kind), attempts: attempts.filter((a) => a.outcome === 'success').length },
    refusalsByCode: refusals,
    failuresByCode: failures,
    latencyMs: { load: latency(load.filter((a) => a.phase === 'load' || a.phase === 'warm-up')), all: latency(attempts) },
    kills: {
      count: kills.length,
      byProcess: count(kills, (k) => String(k.index)),
      inFlightAtKill: kills.reduce((s, k) => s + (k.inFlight ?? 0), 0),
      restartMs: { max: Math.max(0, ...kills.map((k) => k.restartMs ?? 0)), mean: kills.length ? Math.round(kills.reduce((s, k) => s + (k.restartMs ?? 0), 0) / kills.length) : null },
      restartAttempts: kills.reduce((s, k) => s + (k.restartAttempts ?? 0), 0),
    },
    outage: during('outage'),
    freeze: during('freeze'),
    final: {
      retriedRequests: reqs.filter((r) => r.attempts.some((a) => a.why === 'final')).length,
      outcomes: count(attempts.filter((a) => a.why === 'final'), (a) => a.outcome),
      replayChecked: attempts.filter((a) => a.why === 'check').length,
      replayCheckOutcomes: count(attempts.filter((a) => a.why === 'check'), (a) => a.outcome),
    },
  };
}

/**
 * The soak's processes run compiled JavaScript, as `npm start` does (node dist/…), not under
 * ts-node: a restart takes ~5 s instead of ~10 s, and what is measured is the service, not ts-node's
 * transpiler and source-map caches (ts-node added ~70 MiB to each process's heap). SOAK_TS_NODE=1
 * runs them under ts-node.
 */
function compileServer(): void {
  if (process.env.SOAK_TS_NODE === '1') return;
  const outDir = path.resolve(__dirname, '../dist/soak');
  const t = performance.now();
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.resolve(__dirname, '../tsconfig.json'), '--outDir', outDir, '--noEmit', 'false', '--sourceMap', 'false', '--incremental', 'false'], { stdio: 'inherit' });
  process.env.AFTERCARE_CLUSTER_ENTRY = path.join(outDir, 'test/support/server-process.js');
  log(`server compiled to ${path.relative(process.cwd(), outDir)} in ${Math.round(performance.now() - t)} ms`);
}

// ---------------------------------------------------------------- main
async function main() {
  const started = performance.now();
  setTimeout(() => {
    process.stderr.write(`soak abandoned: still running after ${WATCHDOG_MS / 1000} s\n`);
    process.exit(1); // the cluster's exit hook kills the server processes
  }, WATCHDOG_MS).unref();
  const base = process.env.DATABASE_URL || 'mysql://root@127.0.0.1:3306/aftercare';
  if (databaseKind(base) !== 'mysql') throw new Error(`the soak needs MySQL/MariaDB (DATABASE_URL=mysql://…), not ${base}`);
  if (!isLoopback(new URL(base).hostname)) throw new Error(`the soak only runs against a loopback database, not ${new URL(base).hostname}`);
  process.env.DATABASE_URL = base;
  if (SNAPSHOT_DIR) fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
  if (PLAN.clockOffsetsMs.length !== PLAN.processes || PLAN.clockOffsetsMs.some((o) => !Number.isInteger(o))) {
    throw new Error(`SOAK_CLOCK_OFFSETS_MS must be ${PLAN.processes} whole numbers of ms, e.g. -2000,0,1000,2000`);
  }
  const soak = new Soak();
  const stage: Record<string, number> = {};
  const mark = (name: string, since: number) => (stage[name] = Math.round(performance.now() - since));
  log(`${QUICK ? 'quick' : 'full'} run ${soak.run}, seed ${PLAN.seed}: ${PLAN.operations} operations over ${LOAD_SECONDS} s, ${PLAN.members} members, ${PLAN.processes} processes (clocks ${PLAN.clockOffsetsMs.map((o) => `${o > 0 ? '+' : ''}${o / 1000} s`).join(', ')}), ${PLAN.kills} kills, ${PLAN.outageMs / 1000} s outage, ${PLAN.freezeMs / 1000} s freeze; process ${soak.survivor} is never killed`);

  compileServer();
  const databaseUrl = freshDatabaseUrl();
  let db: DataSource | undefined;
  let result: { violations: string[]; figures: DatabaseFigures; evidence: Evidence[] } | undefined;
  const keepDb = process.env.SOAK_KEEP_DB === '1';
  try {
    let t = performance.now();
    await configure(soak, databaseUrl);
    mark('setupMs', t);
    log(`database ${new URL(databaseUrl).pathname.slice(1)}: ${PLAN.members} members, ${PLAN.members * ORDERS_PER_MEMBER} orders, 3 rules in ${stage.setupMs} ms`);

    t = performance.now();
    const links = await Promise.all(PLAN.clockOffsetsMs.map(() => proxied(databaseUrl)));
    soak.proxies = links.map((l) => l.proxy);
    soak.cluster = await startCluster({
      databaseUrl: links[0].url,
      processes: PLAN.processes,
      clockOffsetsMs: PLAN.clockOffsetsMs,
      envs: links.map((l) => ({
        DATABASE_URL: l.url, HOLD_TTL_SECONDS: String(PLAN.holdTtlSeconds), HOLD_SWEEP_SECONDS: String(PLAN.holdSweepSeconds), REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        NODE_OPTIONS: `--require "${GC_PRELOAD}"`,
      })),
    });
    soak.procs.forEach((p) => {
      p.pids.push(soak.cluster.pids[p.index]);
      p.gcReady = soak.cluster.stderr(p.index).includes(GC_READY);
    });
    if (!soak.procs.every((p) => p.gcReady)) throw new Error(`the server processes did not load ${GC_PRELOAD}`);
    soak.token = await signToken(JWT_SECRET, 'cs-soak', ['cs_agent'], '4h');
    mark('startMs', t);
    log(`processes up in ${stage.startMs} ms: pids ${soak.cluster.pids.join(', ')}`);

    try {
      // ---- load, with the faults alongside
      t = performance.now();
      soak.startClock();
      soak.warmEndAt = warmUpMs();
      let loadDone = false;
      const sampler = setInterval(() => soak.memory.sampleRss(), 1000);
      // After-GC memory along the load, for the trend (the verdict compares warm-up and end).
      const memoryTimer = setInterval(() => {
        if (!soak.memory.memoryBusy && soak.phase !== 'warm-up') void soak.memory.measureInto();
      }, PLAN.loadMs / 10);
      const controller = soak.faultPlan.faultController(soak.faultPlan.schedule(), () => loadDone);
      const inFlight = new Set<Promise<void>>();
      const interval = PLAN.loadMs / PLAN.operations;
      const hardStop = PLAN.loadMs * 2 + 60_000;
      let issued = 0;
      let lastReport = 0;
      let warmMeasure: Promise<unknown> = Promise.resolve();
      while (issued < PLAN.operations && soak.now() < hardStop) {
        if (soak.phase === 'warm-up' && soak.now() >= soak.warmEndAt) {
          soak.phase = 'load';
          warmMeasure = soak.memory.measureInto(true).then((m) => (soak.memory.memoryAfterWarmUp = m));
        }
        const wait = issued * interval - soak.now();
        if (wait > 0) {
          await sleep(Math.min(wait, 50));
          continue;
        }
        if (inFlight.size >= MAX_IN_FLIGHT) {
          await Promise.race(inFlight);
          continue;
        }
        const op = soak.operation();
        const p: Promise<void> = op.done.catch((err) => void soak.violations.push(`operation crashed: ${err?.stack ?? err}`)).finally(() => inFlight.delete(p));
        inFlight.add(p);
        issued += op.count;
        if (soak.now() - lastReport > 10_000) {
          lastReport = soak.now();
          const ok = soak.w.requests.filter((r) => r.success !== null).length;
          log(`${round1(soak.now() / 1000)} s: ${issued} operations issued, ${ok} requests done, ${inFlight.size} in flight, phase ${soak.phase}`);
        }
      }
      if (issued < PLAN.operations) soak.violations.push(`only ${issued} of ${PLAN.operations} operations were issued within ${hardStop / 1000} s`);
      await Promise.all(inFlight);
      soak.loadEndAt = soak.now();
      loadDone = true;
      await controller;
      if (soak.faultPlan.skippedFaults.length) soak.violations.push(`the load ended before these faults could run: ${soak.faultPlan.skippedFaults.join(', ')}`);
      await warmMeasure;
      clearInterval(memoryTimer);
      soak.memory.memoryAtEnd = await soak.memory.measureInto(true);
      clearInterval(sampler);
      mark('loadMs', t);
      log(`load done: ${issued} operations in ${round1(stage.loadMs / 1000)} s`);

      // ---- everything restored: every proxy open, every process up
      for (const p of soak.proxies) await p.restore();
      for (const p of soak.procs) {
        if (!soak.cluster.alive(p.index)) {
          soak.violations.push(`process ${p.index} was not running at the end of the load`);
          await soak.cluster.restart(p.index);
          p.up = true;
        }
      }

      // ---- every request without an answer, again with its key until it is answered
      t = performance.now();
      soak.phase = 'final';
      const answered = (r: Request) => r.success !== null || r.attempts.some((a) => a.why === 'final' && a.outcome === 'refused');
      const uncertain = (r: Request) => r.key !== null && r.success === null && r.attempts.some((a) => a.outcome === 'unavailable' || a.outcome === 'network' || a.outcome === 'error');
      const pendingAtStart = soak.w.requests.filter(uncertain);
      let pending = pendingAtStart;
      let rounds = 0;
      while (pending.length && rounds < FINAL_ROUNDS && performance.now() - t < FINAL_BUDGET_MS) {
        rounds++;
        await pool(pending.map((r) => () => soak.attempt(r, 'final', soak.pickProcess())), RETRY_CONCURRENCY);
        pending = pending.filter((r) => !answered(r));
        if (pending.length) await sleep(500);
      }
      for (const r of pending) soak.violations.push(`${r.kind} ${r.key} was still unanswered after ${rounds} final rounds: ${JSON.stringify(r.attempts.slice(-2))}`);
      mark('finalRetriesMs', t);
      log(`final retries: ${pendingAtStart.length} requests had no certain answer; ${pendingAtStart.length - pending.length} answered in ${rounds} round(s), ${stage.finalRetriesMs} ms`);

      // ---- every successful key, replayed once more on some process
      t = performance.now();
      soak.phase = 'check';
      const done = soak.w.requests.filter((r) => r.key && r.success !== null);
      await pool(done.map((r) => async () => {
        for (let i = 0; i < 5; i++) {
          const a = await soak.attempt(r, 'check', soak.pickProcess());
          if (a.outcome === 'success' || a.outcome === 'refused' || a.outcome === 'error') return;
          await sleep(200);
        }
      }), RETRY_CONCURRENCY);
      mark('replayCheckMs', t);
      log(`replayed ${done.length} successful keys in ${stage.replayCheckMs} ms`);
    } finally {
      await soak.cluster.stop();
      for (const p of soak.proxies) await p.close();
    }

    // ---- the verdict, on the real database
    t = performance.now();
    db = await createDataSource(databaseUrl);
    await db.initialize();
    result = await checkDatabase(db, soak.w.requests, soak.overQuotaAnswers);
    mark('checksMs', t);
  } finally {
    if (db?.isInitialized) await db.destroy();
    if (!keepDb) await dropDatabase(databaseUrl).catch((err) => log(`could not drop ${databaseUrl}: ${err}`));
    else log(`kept database ${databaseUrl}`);
  }

  const answerViolations = soak.w.requests.flatMap((r) => r.violations);
  // Sent during an outage or freeze and answered before it ended: nothing could reach the database.
  for (const f of soak.faults.filter((x) => x.kind !== 'kill')) {
    const through = soak.w.requests.flatMap((r) => r.attempts.filter((a) => a.phase === f.kind && a.outcome === 'success' && a.sentAt + a.ms <= f.at + f.ms));
    if (through.length) soak.violations.push(`${through.length} request(s) sent during the ${f.kind} succeeded before it ended, e.g. ${JSON.stringify(through.slice(0, 3))}`);
  }
  const frozen = soak.w.requests.flatMap((r) => r.attempts.filter((a) => a.phase === 'freeze'));
  const slowest = Math.max(0, ...frozen.map((a) => a.ms));
  if (slowest > REQUEST_TIMEOUT_MS + FREEZE_SLACK_MS) {
    const late = frozen.filter((a) => a.ms > REQUEST_TIMEOUT_MS + FREEZE_SLACK_MS);
    const byProcess = late.reduce<Record<number, number>>((n, a) => ({ ...n, [a.process]: (n[a.process] ?? 0) + 1 }), {});
    soak.violations.push(`${late.length} request(s) sent during the freeze took up to ${slowest} ms (the bound is REQUEST_TIMEOUT_MS ${REQUEST_TIMEOUT_MS} + ${FREEZE_SLACK_MS} ms); by process ${JSON.stringify(byProcess)}; e.g. ${JSON.stringify(late.slice(0, 3))}`);
  }
  const rss = soak.memory.rssFigures();
  // Growth past the tolerance fails the run; a process that ends smaller is reported, not failed:
  // after an outage V8 and malloc may hand back what they had grown by (seen: down to −18 %).
  const rssViolations: string[] = [];
  const rssNotes: string[] = [];
  for (const p of rss.filter((x) => x.checked)) {
    const before = p.afterGc?.afterWarmUp?.rssKB;
    const after = p.afterGc?.end?.rssKB;
    const words = () => `process ${p.index}: RSS after a full GC ${mib(before)} MiB after warm-up, ${mib(after)} MiB at the end (${signed(p.afterGc!.rssChangePct)} %)`;
    if (!before || !after) rssViolations.push(`process ${p.index}: no RSS after warm-up or at the end`);
    else if (!p.afterGc!.afterWarmUp!.fullGcs || !p.afterGc!.end!.fullGcs) rssViolations.push(`process ${p.index}: a memory reading was not preceded by a full GC (V8 reported none): it would count garbage`);
    else if (after > before * (1 + RSS_TOLERANCE)) rssViolations.push(`${words()}, more than ${RSS_TOLERANCE * 100} % above`);
    else if (after < before * (1 - RSS_TOLERANCE)) rssNotes.push(`${words()}: smaller by more than ${RSS_TOLERANCE * 100} % (not a failure)`);
  }
  if (!rss.some((p) => p.checked)) rssViolations.push('every process was restarted: no RSS to follow');
  const violations = [...soak.violations, ...answerViolations.slice(0, 40), ...(answerViolations.length > 40 ? [`… and ${answerViolations.length - 40} more answer violations`] : []), ...result!.violations, ...rssViolations];
  const figures = figuresOf(soak);
  const durationMs = Math.round(performance.now() - started);
  const report = {
    run: soak.run, at: new Date().toISOString(), node: process.version,
    machine: { cores: os.cpus().length, loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))) },
    plan: { ...PLAN, survivor: soak.survivor, rssTolerancePct: RSS_TOLERANCE * 100 },
    durationMs: { total: durationMs, ...stage },
    ...figures,
    processes: rss,
    database: result!.figures,
    violations,
    rssNotes,
    /** Answers other than bookings that showed more used than limit + granted for a moment (see checkFigures): how many, and the first 10. */
    overQuotaViews: { count: soak.overQuotaViews.length, first: soak.overQuotaViews.slice(0, 10) },
    /** For each broken quota or cap (first 10): the member's uses, moves, grants and the requests behind them. */
    evidence: result!.evidence,
    passed: violations.length === 0,
  };
  const dir = path.resolve(__dirname, 'results', QUICK ? 'quick' : '.');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'soak.json');
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  printSummary(report, file);
  // Keep-alive sockets to killed processes must not hold the run open.
  process.exit(violations.length ? 1 : 0);
}

const mib = (kB: number | null | undefined) => (kB == null ? '?' : String(Math.round(kB / 1024)));
const signed = (n: number | null | undefined) => (n == null ? '?' : `${n > 0 ? '+' : ''}${n}`);

function printSummary(r: any, file: string) {
  const lines = [
    `---------------- soak ${r.plan.quick ? '(quick)' : '(full)'} ----------------`,
    `duration ${round1(r.durationMs.total / 1000)} s (setup ${round1(r.durationMs.setupMs / 1000)} s, processes ${round1(r.durationMs.startMs / 1000)} s, load ${round1(r.durationMs.loadMs / 1000)} s, final retries ${round1(r.durationMs.finalRetriesMs / 1000)} s, replay check ${round1(r.durationMs.replayCheckMs / 1000)} s, checks ${round1(r.durationMs.checksMs / 1000)} s)`,
    `operations ${r.operations.newRequests + r.operations.replaysOfEarlierKeys} (${Object.entries(r.operations.byKind).map(([k, n]) => `${k} ${n}`).join(', ')}, replays ${r.operations.replaysOfEarlierKeys}); ${r.operations.duplicatesOnAnotherProcess} also sent to another process; ${r.operations.attempts} HTTP requests in all`,
    `answers during the load: ${Object.entries(r.outcomes).map(([k, n]) => `${k} ${n}`).join(', ')}; requests done ${r.successes.requests} (${Object.entries(r.successes.byKind).map(([k, n]) => `${k} ${n}`).join(', ')})`,
    `refusals by code: ${Object.entries(r.refusalsByCode).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
    `failures by code: ${Object.entries(r.failuresByCode).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
    `kills ${r.kills.count} (by process ${JSON.stringify(r.kills.byProcess)}; ${r.kills.inFlightAtKill} requests in flight; restart max ${r.kills.restartMs.max} ms, mean ${r.kills.restartMs.mean} ms)`,
    `outage ${r.outage.ms} ms (${r.outage.modes.join('/')}): ${r.outage.requestsSent} requests sent, ${JSON.stringify(r.outage.outcomes)}, max latency ${r.outage.latencyMs.max} ms`,
    `freeze ${r.freeze.ms} ms (silent): ${r.freeze.requestsSent} requests sent, ${JSON.stringify(r.freeze.outcomes)}, latency p50 ${r.freeze.latencyMs.p50} ms, max ${r.freeze.latencyMs.max} ms`,
    `latency under load: p50 ${r.latencyMs.load.p50} ms, p99 ${r.latencyMs.load.p99} ms, max ${r.latencyMs.load.max} ms`,
    `final: ${r.final.retriedRequests} requests retried with their keys (${JSON.stringify(r.final.outcomes)}); ${r.final.replayChecked} replays of successful keys (${JSON.stringify(r.final.replayCheckOutcomes)})`,
    `database: ${r.database.usageEntries} uses ${JSON.stringify(r.database.byState)}; captured ${JSON.stringify(r.database.capturedByBenefit)}; ${r.database.grants.count} grants ${JSON.stringify(r.database.grants.amountByBenefit)}; ${r.database.transitions.moves} moves + ${r.database.transitions.sweptExpired} swept; ${r.database.idempotencyKeys} keys`,
    `periods: ${r.database.periods.groups} member×benefit×period totals, ${r.database.periods.atQuota} exactly at limit + grants, highest share of quota ${r.database.periods.maxShareOfQuota}`,
    `verify-ledger: ${r.database.ledger.countersChecked} counters, ${r.database.ledger.entriesChecked} entries, drift ${r.database.ledger.drift}`,
    ...r.processes.map((p: any) => `process ${p.index} (clock ${p.clockOffsetMs > 0 ? '+' : ''}${p.clockOffsetMs / 1000} s): ${p.kills} kills; ` + (p.checked
      ? `RSS after a full GC ${mib(p.afterGc?.afterWarmUp?.rssKB)} MiB after warm-up → ${mib(p.afterGc?.end?.rssKB)} MiB at the end (${signed(p.afterGc?.rssChangePct)} %; heap ${mib(p.afterGc?.afterWarmUp?.heapUsedKB)} → ${mib(p.afterGc?.end?.heapUsedKB)} MiB); ` +
        `sampled without GC ${mib(p.rssKB.afterWarmUp)} → ${mib(p.rssKB.end)} MiB (${signed(p.rssKB.changePct)} %)`
      : `RSS not followed (restarted); last ${mib(p.rssKB.lastIncarnation)} MiB`) + `, peak ${mib(p.rssKB.peak)} MiB`),
    ...r.rssNotes,
    ...(r.overQuotaViews.count ? [`${r.overQuotaViews.count} answer(s) of reads, releases or reversals showed used + held over limit + granted for a moment (a grant not yet started on a clock behind; not a failure), e.g. ${r.overQuotaViews.first[0]}`] : []),
    r.passed ? 'PASSED: no invariant violated' : `FAILED: ${r.violations.length} violation(s):\n  ${r.violations.join('\n  ')}`,
    ...r.evidence.slice(0, 2).map((e: Evidence) => [
      `evidence: ${e.what}${e.grants.length ? ` (grants ${e.grants.map((g) => g.amount).join(', ')})` : ''}`,
      ...e.uses.map((u) => `    use ${u.id.slice(0, 8)} ${u.amount}${u.orderId ? ` on ${u.orderId}` : ''} ${u.state}, created ${u.createdAt}${u.expiresAt ? `, expires ${u.expiresAt}` : ''}` +
        `${u.transitions.length ? `; ${u.transitions.join('; ')}` : ''}\n      ${u.requests.join('\n      ')}`),
    ].join('\n')),
    `figures in ${path.relative(process.cwd(), file)}`,
  ];
  process.stdout.write(lines.map((l) => `[soak] ${l}`).join('\n') + '\n');
}

main().catch((err) => {
  process.stderr.write(`soak failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
