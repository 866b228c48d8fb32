// What one server process keeps after database faults, in ~2 minutes instead of the soak's ~4:
// one compiled server (as the soak runs it, with soak/gc-preload.cjs) behind a TCP proxy on
// MariaDB, the soak's mix of operations at RATE a second, then for each fault in FAULTS (default
// refuse,silent) CUT_MS of it under load and LOAD_MS of load after; V8 heap in use and VmRSS right
// after full GCs after warm-up, before the faults, after each and at the end. Exits 1 when the
// last reading is more than 10 % above the one before the faults (heap or RSS).
//
//   DATABASE_URL=mysql://root@127.0.0.1:3306/aftercare npx ts-node --transpile-only bench/outage-memory.ts
//
// SKIP_BUILD=1 reuses dist/soak; SNAP_DIR=<dir> also writes a heap snapshot at each reading.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { signToken } from '../src/auth/token';
import { databaseKind } from '../src/db/data-source';
import { startCluster } from '../test/support/cluster';
import { assignMembership, createTier, defineBenefit, recordOrder, setRule } from '../test/support/fixtures';
import { dropDatabase, freshDatabaseUrl, JWT_SECRET, startTestServer } from '../test/support/harness';
import { CutMode, startTcpProxy } from '../test/support/tcp-proxy';
import { GC_PRELOAD, sleep } from './soak-plan';
import { BENEFIT_NAMES, BENEFITS, memberId, orderId, ORDERS_PER_MEMBER, Outcome, sendOnce, TIER, Workload } from './soak-workload';

const MEMBERS = 50;
const FAULTS = (process.env.FAULTS ?? 'refuse,silent').split(',') as CutMode[];
const LOAD_MS = Number(process.env.LOAD_MS ?? 15_000);
const CUT_MS = Number(process.env.CUT_MS ?? 10_000);
const RATE = Number(process.env.RATE ?? 60);
const SNAP_DIR = process.env.SNAP_DIR ? path.resolve(process.env.SNAP_DIR) : null;
const TOLERANCE = 0.1;

interface Reading { label: string; heapMiB: number; rssMiB: number; fullGcs: number }

async function main() {
  const base = process.env.DATABASE_URL ?? '';
  if (databaseKind(base || 'sqlite:') !== 'mysql') throw new Error('needs DATABASE_URL=mysql://… (the fault goes through a TCP proxy to MariaDB)');
  if (!process.env.SKIP_BUILD) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', 'dist/soak', '--noEmit', 'false', '--sourceMap', 'false', '--incremental', 'false'], { stdio: 'inherit' });
  }
  process.env.AFTERCARE_CLUSTER_ENTRY = path.resolve('dist/soak/test/support/server-process.js');
  const url = freshDatabaseUrl();
  const run = Date.now().toString(36);
  await configure(url, run);

  const u = new URL(url);
  const proxy = await startTcpProxy({ targetHost: '127.0.0.1', targetPort: Number(u.port || 3306) });
  u.port = String(proxy.port);
  if (SNAP_DIR) fs.mkdirSync(SNAP_DIR, { recursive: true });
  const cluster = await startCluster({
    databaseUrl: u.toString(), processes: 1,
    envs: [{ HOLD_TTL_SECONDS: '5', HOLD_SWEEP_SECONDS: '2', REQUEST_TIMEOUT_MS: '3000', NODE_OPTIONS: `--require "${GC_PRELOAD}"`, ...(SNAP_DIR ? { SOAK_HEAP_SNAPSHOT_DIR: SNAP_DIR } : {}) }],
  });
  const token = await signToken(JWT_SECRET, 'cs-soak', ['cs_agent'], '4h');
  const w = new Workload(run, { members: MEMBERS, hotMembers: 10, operations: Number.MAX_SAFE_INTEGER }, 42);
  const outcomes: Partial<Record<Outcome, number>> = {};
  const readings: Reading[] = [];
  let seq = 0;

  /** SIGUSR2 → full GCs in the server → its SOAK_MEM line, and VmRSS then. */
  const measure = async (label: string) => {
    const pid = cluster.pids[0];
    const want = SNAP_DIR ? path.join(SNAP_DIR, `${pid}.want`) : null;
    if (want) fs.writeFileSync(want, '');
    const n = ++seq;
    process.kill(pid, 'SIGUSR2');
    let line: RegExpExecArray | null = null;
    for (let t = 0; t < 1200 && !(line && (!want || cluster.stderr(0).includes(`SOAK_SNAPSHOT ${n} `))); t++) {
      await sleep(100);
      line = new RegExp(`^SOAK_MEM ${n} (.*)$`, 'm').exec(cluster.stderr(0));
    }
    if (want) fs.rmSync(want, { force: true });
    if (!line) throw new Error(`no memory reading from pid ${pid}: ${cluster.stderr(0).slice(-500)}`);
    const mem = JSON.parse(line[1]) as { heapUsed: number; fullGcs: number };
    const rssKB = Number(/^VmRSS:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
    const r = { label, heapMiB: round1(mem.heapUsed / 1048576), rssMiB: round1(rssKB / 1024), fullGcs: mem.fullGcs };
    readings.push(r);
    console.log(`${label.padEnd(14)} heap ${String(r.heapMiB).padStart(6)} MiB, RSS ${String(r.rssMiB).padStart(6)} MiB (after ${r.fullGcs} full GCs)`);
  };

  const load = async (ms: number) => {
    const end = Date.now() + ms;
    const inFlight = new Set<Promise<void>>();
    const target = cluster.urls[0].replace('//localhost:', '//127.0.0.1:');
    while (Date.now() < end) {
      if (inFlight.size >= 48) {
        await Promise.race(inFlight);
        continue;
      }
      for (const r of w.next().requests) {
        const p: Promise<void> = sendOnce(target, token, r.kind, r.variables, 20_000).then((a) => {
          outcomes[a.outcome] = (outcomes[a.outcome] ?? 0) + 1;
          if (a.outcome === 'success' && r.success === null) {
            r.success = a.text!;
            w.learn(r, a.payload);
          }
        }).finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      await sleep(1000 / RATE);
    }
    await Promise.all(inFlight);
  };

  try {
    await load(LOAD_MS);
    await measure('warm-up');
    await load(LOAD_MS);
    await measure('before faults');
    for (const mode of FAULTS) {
      const loading = load(CUT_MS);
      proxy.cut(mode);
      await loading;
      await proxy.restore();
      await load(LOAD_MS);
      await measure(`after ${mode}`);
    }
    await load(LOAD_MS);
    await measure('end');
  } finally {
    await cluster.stop();
    await proxy.close();
    await dropDatabase(url);
  }
  console.log(`answers: ${JSON.stringify(outcomes)}`);
  const before = readings.find((r) => r.label === 'before faults')!;
  const end = readings[readings.length - 1];
  const pct = (a: number, b: number) => round1(((b - a) / a) * 100);
  console.log(`before faults → end: heap ${before.heapMiB} → ${end.heapMiB} MiB (${pct(before.heapMiB, end.heapMiB)} %), RSS ${before.rssMiB} → ${end.rssMiB} MiB (${pct(before.rssMiB, end.rssMiB)} %)`);
  const grew = end.heapMiB > before.heapMiB * (1 + TOLERANCE) || end.rssMiB > before.rssMiB * (1 + TOLERANCE);
  const unsure = readings.some((r) => r.fullGcs < 1);
  if (unsure) console.log('a reading was not preceded by a full GC');
  return grew || unsure ? 1 : 0;
}

/** The soak's catalog (soak-workload.ts) for MEMBERS members, three delivered orders each. */
async function configure(url: string, run: string) {
  const admin = await startTestServer({ databaseUrl: url, config: { holdSweepSeconds: 0, catalogRefreshMs: 0 } });
  try {
    admin.clock.set(new Date(Date.now() - 60_000));
    await createTier(admin, { code: TIER, name: 'Soak Gold', rank: 20 });
    for (const b of BENEFIT_NAMES) {
      const d = BENEFITS[b];
      await defineBenefit(admin, { code: d.code, kind: d.kind, unit: d.unit });
      await setRule(admin, { tierCode: TIER, benefitCode: d.code, limit: d.limit, period: 'CALENDAR_MONTH', ...(d.perOrderLimit ? { perOrderLimit: d.perOrderLimit } : {}) });
    }
    const day = 86_400_000;
    for (let i = 0; i < MEMBERS; i++) {
      const userId = memberId(run, i);
      await assignMembership(admin, { userId, tierCode: TIER, startsAt: new Date(Date.now() - 30 * day).toISOString() });
      for (let j = 1; j <= ORDERS_PER_MEMBER; j++) {
        await recordOrder(admin, { id: orderId(userId, j), userId, amount: 50_000, placedAt: new Date(Date.now() - 2 * day).toISOString(), deliveredAt: new Date(Date.now() - day).toISOString() });
      }
    }
  } finally {
    await admin.stop();
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  process.exit(1);
});
