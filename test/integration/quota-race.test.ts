// The central promise under real conditions: server processes whose clocks move during a request
// and disagree by seconds race for the last units of one member's quota. Exactly the quota wins,
// in every round; the ledger verifies. (A frozen test clock once hid an over-spend here: every
// racing request had the same `now`.)
import { Cluster, startCluster } from '../support/cluster';
import { assignMembership, createTier, defineBenefit, setRule } from '../support/fixtures';
import { dropDatabase, freshDatabaseUrl, onMysql, startTestServer, TestServer } from '../support/harness';
import { CONSUME, newKey, VERIFY } from '../support/usage-ops';

const PROCESSES = 3;
const ROUNDS = 10;
const REQUESTS = 60;
const QUOTA = 5;
const label = onMysql() ? 'MySQL/MariaDB' : 'SQLite';

describe.each([
  ['moving clocks', [0, 0, 0]],
  ['clocks skewed by −3 s, 0 and +3 s', [-3000, 0, 3000]],
])(`${REQUESTS} racing consumes for a quota of ${QUOTA} over ${PROCESSES} processes on ${label}, %s`, (name, offsets) => {
  const databaseUrl = freshDatabaseUrl();
  let admin: TestServer;
  let cluster: Cluster;
  let cs: string;

  beforeAll(async () => {
    admin = await startTestServer({ databaseUrl });
    // Configuration happens a minute ago in real time, so the rule is in force on every clock.
    admin.clock.set(new Date(Date.now() - 60_000));
    await createTier(admin, { code: 'GOLD', rank: 20 });
    await defineBenefit(admin, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
    await setRule(admin, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: QUOTA, period: 'CALENDAR_MONTH' });
    for (let round = 0; round < ROUNDS; round++) await assignMembership(admin, { userId: `racer-${round}`, tierCode: 'GOLD' });
    cluster = await startCluster({ databaseUrl, processes: PROCESSES, clockOffsetsMs: offsets });
    cs = await cluster.token('cs_agent');
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    await admin?.stop();
    await dropDatabase(databaseUrl);
  });

  it(`exactly ${QUOTA} win and ${REQUESTS - QUOTA} get QUOTA_EXHAUSTED, in each of ${ROUNDS} rounds`, async () => {
    const rounds: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const userId = `racer-${round}`;
      const t0 = Date.now();
      const results = await Promise.all(Array.from({ length: REQUESTS }, (_, i) =>
        cluster.gql(i % PROCESSES, CONSUME, { input: { userId, benefitCode: 'FREE_RETURN_SHIPPING', idempotencyKey: newKey(`r${round}`) } }, cs)));
      expect(results.filter((r) => r.errors)).toEqual([]);
      const payloads = results.map((r) => r.data.consumeEntitlement);
      const won = payloads.filter((p) => p.usage).length;
      const refusals = payloads.flatMap((p) => p.userErrors.map((e: { code: string }) => e.code));
      rounds.push(`${won}/${REQUESTS} in ${Date.now() - t0} ms`);
      expect(won).toBe(QUOTA);
      expect(refusals).toEqual(Array(REQUESTS - QUOTA).fill('QUOTA_EXHAUSTED'));
      const seen = await cluster.gql(round % PROCESSES, `query($id: ID!) { user(id: $id) { entitlements { benefit { code } used remaining } } }`, { id: userId }, cs);
      expect(seen.data.user.entitlements).toContainEqual({ benefit: { code: 'FREE_RETURN_SHIPPING' }, used: QUOTA, remaining: 0 });
    }
    process.stdout.write(`[${label}, ${name}] rounds won: ${rounds.join('; ')}\n`);
    const report = (await admin.gql(VERIFY)).data.verifyLedger;
    expect(report.drift).toEqual([]);
    expect(report.entriesChecked).toBe(ROUNDS * QUOTA);
  }, 300_000);
});
