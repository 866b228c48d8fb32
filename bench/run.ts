// `npm run bench [-- --quick]`: what users feel, measured black-box over HTTP at BENCH_CONNECTIONS
// (default 32) concurrent connections, autocannon in this process and every server in a child
// process of its own (server-processes.ts):
// - the real server against the stack's ceiling: a reference server on the same stack answering the
//   same queries from memory (reference-server.ts); req/s, latency, share of the reference, SQL
//   statements and server CPU ms per request (ceiling-report.ts, bench/results/reference-<db>.json;
//   a --quick run writes to bench/results/quick/ instead);
// - the ratios of the ledger issue, in the same run: a GOLD member with a long ledger vs one with
//   none; `me` on a large catalog vs the demo one, and the same 7 benefits asked of both
//   (report.ts, bench/results/bench.json, bench-mysql.json on MySQL/MariaDB);
// - on MariaDB, consumes over 2 real processes on one database, distinct members and one hot member;
// - RSS growth of the real server under `me` (memory.ts);
// - exactly-once of every recorded consume and verify-ledger after the load: a violation or any
//   drift fails the run (exit 1). Throughput never does.
// Fresh databases (SQLite files, or MySQL/MariaDB databases named after DATABASE_URL's), dropped at
// the end. BENCH_SECONDS (default 5; 1 with --quick) is each measurement's length; --quick also
// shrinks the fixtures (5,000 history entries, a 10 × 10 × 3 catalog) and the memory phase.
import 'reflect-metadata';
import os from 'node:os';
import { signToken } from '../src/auth/token';
import { loadConfig } from '../src/config';
import { databaseKind } from '../src/db/data-source';
import { verifyLedger } from '../src/services/ledger.service';
import { ceilingRow, CeilingRow, failures, printCeiling, writeCeiling } from './ceiling-report';
import { consumeOverProcesses, ProcessesResult } from './consume-processes';
import { prepareDatabases } from './databases';
import { ConsumeCheck, ExactlyOnceReport } from './exactly-once';
import { measure, progress, Scenario, ScenarioResult, send, statementsOf, WarmUp, warmUp } from './measure';
import { MemoryGrowth, memoryGrowth } from './memory';
import { acceptance, printTable, writeReport } from './report';
import { benchScenarios, cannedAnswers } from './scenarios';
import { ServerProcess, startRealServer, startReferenceServer } from './server-processes';

const QUICK = process.argv.includes('--quick');
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 1 : 5));
const WARM_UP: WarmUp = { duration: QUICK ? 0.3 : 1 };
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const MYSQL = databaseKind(process.env.DATABASE_URL ?? 'sqlite:') === 'mysql';
const DATABASE = MYSQL ? 'mysql' : 'sqlite';
const SIZES = {
  historyEntries: QUICK ? 5_000 : 50_000,
  recentEntries: QUICK ? 100 : 300,
  catalog: QUICK ? { tiers: 10, benefits: 10, versions: 3 } : { tiers: 40, benefits: 60, versions: 3 },
  groupSize: 100,
  consumeGroups: MYSQL ? 2 : 1,
};
const MEMORY_POINTS = QUICK ? [2_000, 10_000] : [10_000, 100_000];
const SECRET = 'bench-secret-bench-secret-bench-secret';
const LOAD_BEFORE = os.loadavg().map((n) => Number(n.toFixed(2)));

type Databases = Awaited<ReturnType<typeof prepareDatabases>>;

interface Measured {
  results: ScenarioResult[];
  rows: CeilingRow[];
  processes: ProcessesResult[];
  memory: MemoryGrowth;
  checks: ConsumeCheck[];
}

/** Starts every server process, runs every measurement, stops the processes (also on failure). */
async function measureAll(dbs: Databases, timeZone: string, run: string): Promise<Measured> {
  const started: ServerProcess[] = [];
  const m: Omit<Measured, 'memory'> = { results: [], rows: [], processes: [], checks: [] };
  try {
    const real = (name: string, databaseUrl: string) => startRealServer(name, { databaseUrl, secret: SECRET, timeZone });
    const settled = await Promise.allSettled([
      real('real', dbs.demoUrl), real('real large-catalog', dbs.catalogUrl), startReferenceServer(SECRET), ...(MYSQL ? [real('real #2', dbs.demoUrl)] : []),
    ]);
    for (const s of settled) if (s.status === 'fulfilled') started.push(s.value);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const [demo, catalog, reference, second] = started;
    progress(`servers up: ${started.map((p) => `${p.name} (pid ${p.pid})`).join(', ')}`);

    const s = await benchScenarios(dbs, { demo, catalog, reference }, SECRET, run);
    m.checks.push(...s.checks);
    await reference.setAnswers(await cannedAnswers(s.pairs, send));
    // SQL statements of one request of each kind, measured alone before any load runs.
    const alone = new Map<string, number>();
    for (const sc of s.ratios) alone.set(sc.key, await statementsOf(sc));
    for (const sc of [...s.ratios, ...s.pairs.map((p) => p.reference)]) await warmUp(sc, WARM_UP, CONNECTIONS);
    progress(`statements counted and servers warmed up (${JSON.stringify(WARM_UP)} per scenario)`);

    const measured = async (sc: Scenario, statements: number) => {
      const r = await measure(sc, statements, SECONDS, CONNECTIONS);
      progress(`${r.server}: ${r.scenario}: ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, ${r.sqlStatementsPerRequestUnderLoad} SQL/req, ${r.cpuMsPerRequest} CPU ms/req`);
      return r;
    };
    // Each ceiling pair back to back, real then reference; then the rest of the ratio scenarios.
    for (const p of s.pairs) {
      const r = await measured(p.real, alone.get(p.key)!);
      m.results.push(r);
      m.rows.push(ceilingRow(p, r, await measured(p.reference, 0)));
    }
    for (const sc of s.ratios.filter((x) => !s.pairs.some((p) => p.real === x))) m.results.push(await measured(sc, alone.get(sc.key)!));

    if (MYSQL) {
      const cs = await signToken(SECRET, 'cs-bench', ['cs_agent']);
      // The second process has served nothing yet: warm it longer than a scenario.
      const o = { seconds: SECONDS, warmUp: { duration: QUICK ? 0.5 : 2 }, connections: CONNECTIONS };
      const distinct = new ConsumeCheck(`consumeEntitlement, ${dbs.groups[1].length} distinct members`, dbs.groups[1], 'COMPENSATION_BUDGET', `bench-${run}-pair`);
      const hot = new ConsumeCheck('consumeEntitlement, one hot member', [dbs.hot], 'COMPENSATION_BUDGET', `bench-${run}-hot`);
      for (const check of [distinct, hot]) {
        m.checks.push(check);
        const p = await consumeOverProcesses([demo, second], cs, check, o);
        progress(`${p.case} over ${p.processes} processes: ${p.consumesPerSecond} consumes/s, p50 ${p.latencyMs.p50} ms, p99 ${p.latencyMs.p99} ms`);
        m.processes.push(p);
      }
    }
    return { ...m, memory: await memoryGrowth(s.me, MEMORY_POINTS, CONNECTIONS) };
  } finally {
    await Promise.all(started.map((p) => p.stop()));
  }
}

async function main() {
  const now = new Date();
  const run = now.getTime().toString(36);
  const config = { ...loadConfig({ NODE_ENV: 'test' }), jwtSecret: SECRET };
  const dbs = await prepareDatabases(config, SIZES, run, now);
  let m: Measured;
  let ledger: { countersChecked: number; entriesChecked: number; drift: number };
  const verified: ExactlyOnceReport[] = [];
  try {
    m = await measureAll(dbs, config.businessTimeZone, run);
    // After every writer has stopped: the ledger and each consume group's exactly-once.
    progress('servers stopped; verifying the ledger and exactly-once');
    const l = await verifyLedger(dbs.demoDb);
    ledger = { countersChecked: l.countersChecked, entriesChecked: l.entriesChecked, drift: l.drift.length };
    if (l.drift.length) process.stderr.write(`ledger drift: ${JSON.stringify(l.drift.slice(0, 5))}\n`);
    for (const c of m.checks) verified.push(await c.verify(dbs.demoDb));
  } finally {
    await dbs.close();
  }

  const { results } = m;
  const ratios = acceptance(results, { historyEntries: SIZES.historyEntries, catalog: `${SIZES.catalog.tiers} tiers × ${SIZES.catalog.benefits} benefits × ${SIZES.catalog.versions} versions` });
  printTable(results, ratios);
  // Other work on the machine skews every figure: the load averages before and after tell a quiet run from a shared one.
  const machine = { cores: os.cpus().length, loadAverageBefore: LOAD_BEFORE, loadAverageAfter: os.loadavg().map((n) => Number(n.toFixed(2))) };
  progress(`machine: ${machine.cores} cores, load average ${machine.loadAverageBefore.join(' ')} before, ${machine.loadAverageAfter.join(' ')} after`);
  const meta = { node: process.version, quick: QUICK, seconds: SECONDS, connections: CONNECTIONS, at: now.toISOString(), machine };
  const baseline = results[0].requestsPerSecond;
  const out = writeReport({
    database: DATABASE, ...meta, acceptance: ratios, fixtures: dbs.fixtures,
    scenarios: results.map((r) => ({ ...r, ratioToBaseline: Number((r.requestsPerSecond / baseline).toFixed(3)) })),
  });
  const ceiling = { database: DATABASE, rows: m.rows, processes: m.processes, memory: m.memory, checks: verified, ledger };
  printCeiling(ceiling);
  process.stdout.write(`wrote ${out} and ${writeCeiling(ceiling, meta)}\n`);
  const problems = failures(ceiling);
  if (problems.length) {
    process.stderr.write(`bench found ${problems.length} correctness problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exit(1);
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
