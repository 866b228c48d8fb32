// Where a server's CPU goes under one query's load: starts the server child on a fresh demo
// database, warms it up, then profiles it (V8's sampling profiler, as node --cpu-prof, started and
// stopped over IPC so start-up and warm-up stay out) while the query runs at BENCH_CONNECTIONS
// (default 32) for --seconds (default 10), and prints the top functions by self time
// (cpu-profile.ts), the server's CPU ms per request and, on a local MySQL/MariaDB, the database
// server's (database-cpu.ts). The profile stays in bench/results/profiles/ for Chrome DevTools or speedscope.
//   npx ts-node --transpile-only bench/profile.ts [--query me|typename|order|user|users|consume] [--reference] [--seconds 10] [--top 10]
// --reference profiles the reference server instead (its answers captured from the real server).
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../src/app';
import { signToken } from '../src/auth/token';
import { loadConfig } from '../src/config';
import { databaseKind } from '../src/db/data-source';
import { seedDemo } from '../src/seed/demo';
import { dropDatabase, freshDatabaseUrl } from '../test/support/harness';
import { selfTimes } from './cpu-profile';
import { holdTier, seedContext } from './fixtures';
import { databaseCpu } from './database-cpu';
import { CONSUME } from './exactly-once';
import { load, Scenario, send, summarise } from './measure';
import { ServerProcess, startRealServer, startReferenceServer } from './server-processes';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const QUERY = arg('query', 'me');
const SECONDS = Number(arg('seconds', '10'));
const TOP = Number(arg('top', '10'));
const REFERENCE = process.argv.includes('--reference');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECRET = 'bench-secret-bench-secret-bench-secret';
/** users: 100 BLACK members with no use yet, as the bench's users(ids: 100) reads. */
const WIDE = Array.from({ length: 100 }, (_, i) => `u-wide-${String(i).padStart(3, '0')}`);
const FIELDS = 'benefit { code } status limit used held remaining resetsAt orderRemaining config reasons { code message }';

const QUERIES: Record<string, { role: 'customer' | 'cs_agent'; sub: string; query: string; variables?: () => object }> = {
  typename: { role: 'customer', sub: 'u-gold', query: '{ __typename }' },
  me: { role: 'customer', sub: 'u-gold', query: `{ me { tier { code } entitlements { ${FIELDS} } } }` },
  order: { role: 'customer', sub: 'u-gold', query: `{ order(id: "o-gold-1") { entitlements { ${FIELDS} } } }` },
  user: { role: 'cs_agent', sub: 'cs-bench', query: `{ user(id: "u-gold") { id tier { code } entitlements { ${FIELDS} } } }` },
  users: {
    role: 'cs_agent', sub: 'cs-bench',
    query: `{ users(ids: ${JSON.stringify(WIDE)}) { id tier { code } entitlements { ${FIELDS} } } }`,
  },
  consume: {
    role: 'cs_agent', sub: 'cs-bench', query: CONSUME,
    variables: (() => {
      let n = 0;
      return () => ({ input: { userId: 'u-black', benefitCode: 'COMPENSATION_BUDGET', amount: 1, idempotencyKey: `profile-${process.pid}-${++n}` } });
    })(),
  },
};

async function main() {
  const q = QUERIES[QUERY];
  if (!q) throw new Error(`--query must be one of ${Object.keys(QUERIES).join(', ')}`);
  const dir = path.join(__dirname, 'results', 'profiles');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${REFERENCE ? 'reference' : 'real'}-${QUERY}-${Date.now()}.cpuprofile`);
  const config = { ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: freshDatabaseUrl(), jwtSecret: SECRET };
  const db = await openDatabase(config);
  const servers: ServerProcess[] = [];
  try {
    await seedDemo(db, config);
    if (QUERY === 'users') {
      const ctx = seedContext(db, config, new Date());
      for (const userId of WIDE) await holdTier(ctx, userId, 'BLACK', new Date(Date.now() - 800 * 86_400_000));
    }
    const real = await startRealServer('real', { databaseUrl: config.databaseUrl, secret: SECRET, timeZone: config.businessTimeZone, });
    servers.push(real);
    const token = await signToken(SECRET, q.sub, [q.role]);
    let target = real;
    if (REFERENCE) {
      target = await startReferenceServer(SECRET);
      servers.push(target);
      const { data, problem } = await send({ key: QUERY, name: QUERY, target: real, token, query: q.query, variables: q.variables });
      if (problem || !data) throw new Error(`${QUERY}: ${problem}`);
      await target.setAnswers(data);
    }
    const sc: Scenario = { key: QUERY, name: QUERY, target, token, query: q.query, variables: q.variables };
    await load(sc, CONNECTIONS, { duration: 2 });
    const times: number[] = [];
    const dbCpu = databaseKind(config.databaseUrl) === 'mysql' ? databaseCpu() : null;
    const dbBefore = dbCpu?.() ?? 0;
    const statsBefore = await target.stats();
    await target.startProfile();
    const run = await load(sc, CONNECTIONS, { duration: SECONDS }, times);
    await target.stopProfile(file);
    const statsAfter = await target.stats();
    const l = summarise(times);
    const n = Math.max(1, run.requests.total);
    process.stdout.write(`${target.name} ${QUERY}: ${Math.round(run.requests.total / run.duration)} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms, ${run.non2xx} non-2xx, `
      + `server CPU ${((statsAfter.cpuMicros - statsBefore.cpuMicros) / 1000 / n).toFixed(3)} ms/req (profiler on)`
      + (dbCpu ? `, database server CPU ${((dbCpu() - dbBefore) / n).toFixed(3)} ms/req (every client of it)` : '') + '\n');
  } finally {
    for (const s of servers) await s.stop();
    await db.destroy();
    await dropDatabase(config.databaseUrl);
  }
  const { busyMs, idleMs, top } = selfTimes(file);
  process.stdout.write(`\n${path.relative(process.cwd(), file)}: busy ${busyMs} ms, idle ${idleMs} ms over the measured load\n`);
  process.stdout.write(`${'self ms'.padStart(8)}  ${'busy %'.padStart(6)}  function  (where)\n`);
  for (const t of top.slice(0, TOP)) {
    process.stdout.write(`${String(t.selfMs).padStart(8)}  ${(t.share * 100).toFixed(1).padStart(6)}  ${t.function}  (${t.where})\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`profile failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
