// `npm run bench [-- --quick]`: throughput and latency of the entitlement queries and of
// consumption, as ratios to a trivial `{ __typename }` on the same server in the same run, plus
// SQL statements per request; and the acceptance ratios, measured in the same run:
// - a GOLD member with a long ledger (50,000 entries over ~2 years) vs one with none, reading
//   `user(id) { entitlements }` and consuming (history.ts);
// - `me { tier entitlements }` on a second server whose fresh database holds a large catalog
//   (40 tiers × 60 benefits × 3 rule versions, large-catalog.ts) vs the demo catalog.
// Writes bench/results/bench.json. Uses the embedded SQLite unless DATABASE_URL says otherwise.
// BENCH_SECONDS (default 5; 1 with --quick) and BENCH_CONNECTIONS (default 10) tune the load;
// --quick also shrinks the fixtures (5,000 entries, a 10 × 10 × 3 catalog) for CI.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { openDatabase, startAftercare } from '../src/app';
import { signToken } from '../src/auth/token';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { seedDemo } from '../src/seed/demo';
import { verifyLedger } from '../src/services/ledger.service';
import { dropDatabase, freshDatabaseUrl, StatementCounter } from '../test/support/harness';
import { DAY_MS, holdTier, seedContext } from './fixtures';
import { writeHistory } from './history';
import { CatalogSize, seedLargeCatalog } from './large-catalog';
import { measure, Scenario, ScenarioResult, statementsOf, Target, warmUp } from './measure';
import { acceptance, KEYS, printTable, writeReport } from './report';

const QUICK = process.argv.includes('--quick');
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 1 : 5));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const HISTORY_ENTRIES = QUICK ? 5_000 : 50_000;
const RECENT_ENTRIES = QUICK ? 100 : 300;
const CATALOG: CatalogSize = QUICK ? { tiers: 10, benefits: 10, versions: 3 } : { tiers: 40, benefits: 60, versions: 3 };
const SECRET = 'bench-secret-bench-secret-bench-secret';

const ENTITLEMENT_FIELDS = 'benefit { code } status limit used held remaining resetsAt orderRemaining config reasons { code message }';
const CONSUME = 'mutation($input: ConsumeEntitlementInput!) { consumeEntitlement(input: $input) { usage { id } entitlement { remaining } userErrors { code } } }';
const ME = `{ me { tier { code } entitlements { ${ENTITLEMENT_FIELDS} } } }`;
const meOnly = (codes: string[]) => `{ me { tier { code } entitlements(benefitCodes: ${JSON.stringify(codes)}) { ${ENTITLEMENT_FIELDS} } } }`;
const DEMO_BENEFITS = ['COMPENSATION_BUDGET', 'DEDICATED_CHANNEL', 'EXTENDED_RETURN_WINDOW', 'FREE_RETURN_SHIPPING', 'INSTANT_REFUND', 'PRICE_PROTECTION', 'PRIORITY_HANDLING'];
const userRead = (userId: string) => `{ user(id: "${userId}") { id tier { code } entitlements { ${ENTITLEMENT_FIELDS} } } }`;
let consumed = 0;
const consume = (userId: string, benefitCode: string) => () => ({
  input: { userId, benefitCode, amount: 1, idempotencyKey: `bench-${process.pid}-${++consumed}` },
});

async function server(name: string, config: ReturnType<typeof loadConfig>, db: DataSource, statements: StatementCounter) {
  const app = await startAftercare({ config, db, logger: createLogger('test'), port: 0 });
  return { target: { name, url: app.url, statements } as Target, stop: () => app.stop() };
}

async function main() {
  const now = new Date();
  const run = now.getTime().toString(36);
  const baseConfig = { ...loadConfig({ NODE_ENV: 'test' }), jwtSecret: SECRET };
  const demoUrl = process.env.DATABASE_URL ?? freshDatabaseUrl();
  const catalogUrl = freshDatabaseUrl();
  const cleanup: Array<() => Promise<unknown>> = [];
  const fixtures: Record<string, unknown> = {};
  const results: ScenarioResult[] = [];
  try {
    // The demo server, with two more GOLD members: one without history, one with a long one.
    const demoConfig = { ...baseConfig, databaseUrl: demoUrl };
    const demoStatements = new StatementCounter();
    const demoDb = await openDatabase(demoConfig, demoStatements);
    cleanup.unshift(async () => {
      await demoDb.destroy();
      if (!process.env.DATABASE_URL) await dropDatabase(demoUrl);
    });
    await seedDemo(demoDb, demoConfig);
    const none = `u-bench-none-${run}`;
    const long = `u-bench-history-${run}`;
    const memberSince = new Date(now.getTime() - 800 * DAY_MS);
    const ctx = seedContext(demoDb, demoConfig, now);
    for (const userId of [none, long]) await holdTier(ctx, userId, 'GOLD', memberSince);
    const history = await writeHistory(demoDb, {
      userId: long, tierCode: 'GOLD', entries: HISTORY_ENTRIES, recent: RECENT_ENTRIES, now, memberSince,
      timeZone: demoConfig.businessTimeZone, holdTtlSeconds: demoConfig.holdTtlSeconds,
    });
    const ledger = await verifyLedger(demoDb);
    if (ledger.drift.length) throw new Error(`generated history drifts from its counters: ${JSON.stringify(ledger.drift.slice(0, 3))}`);
    fixtures.history = { userId: long, ...history, verifyLedger: { countersChecked: ledger.countersChecked, entriesChecked: ledger.entriesChecked, drift: 0 } };
    process.stdout.write(`history: ${history.entries} entries, ${history.transitions} transitions, ${history.counters} counters in ${history.ms} ms; verify-ledger: no drift\n`);

    // The large-catalog server, on a database of its own, started after seeding.
    const catalogConfig = { ...baseConfig, databaseUrl: catalogUrl };
    const catalogStatements = new StatementCounter();
    const catalogDb = await openDatabase(catalogConfig, catalogStatements);
    cleanup.unshift(async () => {
      await catalogDb.destroy();
      await dropDatabase(catalogUrl);
    });
    const seedStarted = Date.now();
    const large = await seedLargeCatalog(catalogDb, catalogConfig, CATALOG, now);
    fixtures.largeCatalog = { ...CATALOG, ...large, ms: Date.now() - seedStarted };
    process.stdout.write(`large catalog: ${CATALOG.tiers} tiers × ${CATALOG.benefits} benefits, ${large.rules} rule versions in ${Date.now() - seedStarted} ms\n`);

    const demo = await server('demo', demoConfig, demoDb, demoStatements);
    cleanup.unshift(demo.stop);
    const big = await server('large-catalog', catalogConfig, catalogDb, catalogStatements);
    cleanup.unshift(big.stop);

    const customer = await signToken(SECRET, 'u-gold', ['customer']);
    const csAgent = await signToken(SECRET, 'cs-bench', ['cs_agent']);
    const catalogCustomer = await signToken(SECRET, large.userId, ['customer']);
    const d = demo.target;
    // Scenarios compared by a ratio run back to back.
    const scenarios: Scenario[] = [
      { key: KEYS.baseline, name: 'baseline { __typename }', target: d, token: customer, query: '{ __typename }' },
      { key: KEYS.meDemo, name: 'storefront me { tier entitlements }', target: d, token: customer, query: ME },
      { key: KEYS.meLarge, name: `storefront me { tier entitlements } ${CATALOG.tiers}×${CATALOG.benefits}×${CATALOG.versions} catalog`, target: big.target, token: catalogCustomer, query: ME },
      { key: KEYS.meDemoSeven, name: 'storefront me { entitlements(benefitCodes: 7) }', target: d, token: customer, query: meOnly(DEMO_BENEFITS) },
      { key: KEYS.meLargeSeven, name: `storefront me { entitlements(benefitCodes: 7) } ${CATALOG.tiers}×${CATALOG.benefits}×${CATALOG.versions} catalog`, target: big.target, token: catalogCustomer, query: meOnly(large.benefitCodes.slice(0, 7)) },
      { key: 'order-demo', name: 'storefront order(id) { entitlements }', target: d, token: customer, query: `{ order(id: "o-gold-1") { entitlements { ${ENTITLEMENT_FIELDS} } } }` },
      { key: 'users-demo', name: 'CS users(4 ids) { entitlements }', target: d, token: csAgent, query: `{ users(ids: ["u-regular", "u-silver", "u-gold", "u-black"]) { id tier { code } entitlements { ${ENTITLEMENT_FIELDS} } } }` },
      { key: 'consume-demo', name: 'CS consumeEntitlement', target: d, token: csAgent, query: CONSUME, variables: consume('u-black', 'COMPENSATION_BUDGET') },
      { key: KEYS.readNone, name: 'CS user(id) { entitlements } GOLD, no history', target: d, token: csAgent, query: userRead(none) },
      { key: KEYS.readHistory, name: `CS user(id) { entitlements } GOLD, ${HISTORY_ENTRIES} entries`, target: d, token: csAgent, query: userRead(long) },
      { key: KEYS.consumeNone, name: 'CS consumeEntitlement GOLD, no history', target: d, token: csAgent, query: CONSUME, variables: consume(none, 'COMPENSATION_BUDGET') },
      { key: KEYS.consumeHistory, name: `CS consumeEntitlement GOLD, ${HISTORY_ENTRIES} entries`, target: d, token: csAgent, query: CONSUME, variables: consume(long, 'COMPENSATION_BUDGET') },
    ];

    // SQL statements of one request of each kind, measured alone before any load runs.
    const perRequest = new Map<string, number>();
    for (const sc of scenarios) perRequest.set(sc.key, await statementsOf(sc));
    for (const sc of scenarios) await warmUp(sc, Math.min(1, SECONDS / 2), CONNECTIONS);
    for (const sc of scenarios) {
      const r = await measure(sc, perRequest.get(sc.key)!, SECONDS, CONNECTIONS);
      results.push(r);
      process.stdout.write(`${r.scenario}: ${r.requestsPerSecond} req/s, p50 ${r.latencyP50Ms} ms, p99 ${r.latencyP99Ms} ms, ${r.sqlStatementsPerRequest} SQL statements\n`);
    }
  } finally {
    for (const step of cleanup) await step();
  }

  const baseline = results[0].requestsPerSecond;
  const ratios = acceptance(results, { historyEntries: HISTORY_ENTRIES, catalog: `${CATALOG.tiers} tiers × ${CATALOG.benefits} benefits × ${CATALOG.versions} versions` });
  printTable(results, ratios);
  const out = writeReport({
    database: demoUrl.split(':')[0],
    node: process.version,
    quick: QUICK,
    seconds: SECONDS,
    connections: CONNECTIONS,
    acceptance: ratios,
    fixtures,
    scenarios: results.map((r) => ({ ...r, ratioToBaseline: Number((r.requestsPerSecond / baseline).toFixed(3)) })),
  });
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
