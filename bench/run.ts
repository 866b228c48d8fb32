// `npm run bench`: throughput of the entitlement queries and of consumption, as ratios to a
// trivial `{ __typename }` on the same server in the same run, plus SQL statements per request.
// Writes bench/results/bench.json. Uses the embedded SQLite unless DATABASE_URL says otherwise.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { openDatabase, startAftercare } from '../src/app';
import { signToken } from '../src/auth/token';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { seedDemo } from '../src/seed/demo';
import { dropDatabase, freshDatabaseUrl, StatementCounter } from '../test/support/harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECRET = 'bench-secret-bench-secret-bench-secret';

const ENTITLEMENT_FIELDS = 'benefit { code } status limit used held remaining resetsAt orderRemaining config reasons { code message }';
const SCENARIOS: Array<{ name: string; token: 'customer' | 'cs_agent'; query: string; variables?: () => object }> = [
  { name: 'baseline { __typename }', token: 'customer', query: '{ __typename }' },
  { name: 'storefront me { tier entitlements }', token: 'customer', query: `{ me { tier { code } entitlements { ${ENTITLEMENT_FIELDS} } } }` },
  { name: 'storefront order(id) { entitlements }', token: 'customer', query: `{ order(id: "o-gold-1") { entitlements { ${ENTITLEMENT_FIELDS} } } }` },
  { name: 'CS users(4 ids) { entitlements }', token: 'cs_agent', query: `{ users(ids: ["u-regular", "u-silver", "u-gold", "u-black"]) { id tier { code } entitlements { ${ENTITLEMENT_FIELDS} } } }` },
  {
    name: 'CS consumeEntitlement',
    token: 'cs_agent',
    query: 'mutation($input: ConsumeEntitlementInput!) { consumeEntitlement(input: $input) { usage { id } entitlement { remaining } userErrors { code } } }',
    variables: (() => {
      let n = 0;
      return () => ({ input: { userId: 'u-black', benefitCode: 'COMPENSATION_BUDGET', amount: 1, idempotencyKey: `bench-${process.pid}-${++n}` } });
    })(),
  },
];

async function main() {
  const databaseUrl = process.env.DATABASE_URL ?? freshDatabaseUrl();
  const config = { ...loadConfig({ NODE_ENV: 'test' }), databaseUrl, jwtSecret: SECRET };
  const statements = new StatementCounter();
  const db = await openDatabase(config, statements);
  await seedDemo(db, config);
  const app = await startAftercare({ config, db, logger: createLogger('test'), port: 0 });
  const tokens = { customer: await signToken(SECRET, 'u-gold', ['customer']), cs_agent: await signToken(SECRET, 'cs-bench', ['cs_agent']) };
  const results = [];
  const headersOf = (sc: (typeof SCENARIOS)[number]) => ({ 'content-type': 'application/json', authorization: `Bearer ${tokens[sc.token]}` });
  const bodyOf = (sc: (typeof SCENARIOS)[number]) => () => JSON.stringify({ query: sc.query, variables: sc.variables?.() });
  try {
    // SQL statements of one request of each kind, measured alone before any load runs.
    const perRequestOf = new Map<string, number>();
    for (const sc of SCENARIOS) {
      statements.reset();
      const probe = await fetch(app.url, { method: 'POST', headers: headersOf(sc), body: bodyOf(sc)() });
      const probeJson = (await probe.json()) as { errors?: unknown };
      if (probeJson.errors) throw new Error(`${sc.name}: ${JSON.stringify(probeJson.errors)}`);
      perRequestOf.set(sc.name, statements.count);
    }
    for (const sc of SCENARIOS) {
      const headers = headersOf(sc);
      const body = bodyOf(sc);
      const perRequest = perRequestOf.get(sc.name)!;
      const run = await autocannon({
        url: app.url, method: 'POST', headers, connections: CONNECTIONS, duration: SECONDS,
        requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
      });
      results.push({
        scenario: sc.name,
        requestsPerSecond: Math.round(run.requests.average),
        latencyP50Ms: run.latency.p50,
        latencyP99Ms: run.latency.p99,
        non2xx: run.non2xx,
        errors: run.errors,
        sqlStatementsPerRequest: perRequest,
      });
      process.stdout.write(`${sc.name}: ${Math.round(run.requests.average)} req/s, p99 ${run.latency.p99} ms, ${perRequest} SQL statements\n`);
    }
  } finally {
    await app.stop();
    await db.destroy();
    if (!process.env.DATABASE_URL) await dropDatabase(databaseUrl);
  }
  const baseline = results[0].requestsPerSecond;
  const report = {
    database: databaseUrl.split(':')[0],
    node: process.version,
    seconds: SECONDS,
    connections: CONNECTIONS,
    scenarios: results.map((r) => ({ ...r, ratioToBaseline: Number((r.requestsPerSecond / baseline).toFixed(3)) })),
  };
  const out = path.join(__dirname, 'results', 'bench.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
