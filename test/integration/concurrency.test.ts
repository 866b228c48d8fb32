// Quotas hold across server processes sharing one database: racing requests for the last units,
// racing replays of one idempotency key, a money budget raced with uneven amounts, and a process
// killed in the middle of a burst. The ledger is verified after each.
import { Cluster, startCluster } from '../support/cluster';
import { assignMembership, createTier, defineBenefit, setRule } from '../support/fixtures';
import { dropDatabase, freshDatabaseUrl, onMysql, startTestServer, TestServer } from '../support/harness';
import { CONSUME, HOLD, newKey, VERIFY } from '../support/usage-ops';

const PROCESSES = 3;
const NOW = new Date('2026-11-10T04:00:00Z');
const databaseUrl = freshDatabaseUrl();
let cluster: Cluster;
let admin: TestServer;
let csToken: string;

// SQLite allows one writer at a time per file; the races below still run against it (writers
// queue and retry on SQLITE_BUSY), but only MySQL/MariaDB shows real parallel row locking.
const label = onMysql() ? 'MySQL/MariaDB' : 'SQLite';

beforeAll(async () => {
  admin = await startTestServer({ databaseUrl });
  admin.clock.set('2026-11-01T00:00:00Z');
  await createTier(admin, { code: 'GOLD', name: 'Gold', rank: 20 });
  await defineBenefit(admin, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await defineBenefit(admin, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY' });
  await setRule(admin, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 7, period: 'CALENDAR_MONTH' });
  await setRule(admin, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 20000, period: 'CALENDAR_QUARTER' });
  for (const u of ['race-1', 'race-2', 'race-3', 'race-4']) await assignMembership(admin, { userId: u, tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
  admin.clock.set(NOW);
  cluster = await startCluster({ databaseUrl, processes: PROCESSES, now: NOW });
  csToken = await cluster.token('cs_agent');
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  await admin?.stop();
  await dropDatabase(databaseUrl);
});

/** Sends request i to process i mod N, all at once. */
function race(count: number, input: (i: number) => Record<string, unknown>, doc = CONSUME) {
  return Promise.all(Array.from({ length: count }, (_, i) => cluster.gql(i % cluster.urls.length, doc, { input: input(i) }, csToken)));
}

async function ledger() {
  const r = await admin.gql(VERIFY);
  return r.data.verifyLedger as { countersChecked: number; entriesChecked: number; drift: unknown[] };
}

const usedOf = async (userId: string, benefitCode: string) => {
  const r = await admin.gql(`query($id: ID!) { user(id: $id) { entitlements { benefit { code } used held remaining } } }`, { id: userId });
  return r.data.user.entitlements.find((e: { benefit: { code: string } }) => e.benefit.code === benefitCode);
};

describe(`racing server processes on ${label}`, () => {
  it('40 racing consumes for a quota of 7: exactly 7 win, 33 get QUOTA_EXHAUSTED', async () => {
    const t0 = Date.now();
    const results = await race(40, () => ({ userId: 'race-1', benefitCode: 'FREE_RETURN_SHIPPING', idempotencyKey: newKey('race') }));
    const errors = results.filter((r) => r.errors);
    expect(errors).toEqual([]);
    const payloads = results.map((r) => r.data.consumeEntitlement);
    const won = payloads.filter((p) => p.usage);
    const refused = payloads.filter((p) => p.userErrors.length);
    process.stdout.write(`[${label}] 40 consumes over ${PROCESSES} processes: ${won.length} won, ${refused.length} refused in ${Date.now() - t0} ms\n`);
    expect(won).toHaveLength(7);
    expect(refused).toHaveLength(33);
    expect(refused.every((p) => p.userErrors[0].code === 'QUOTA_EXHAUSTED')).toBe(true);
    expect(await usedOf('race-1', 'FREE_RETURN_SHIPPING')).toMatchObject({ used: 7, remaining: 0 });
    expect((await ledger()).drift).toEqual([]);
  });

  it('20 racing replays of one key book one use and all return it', async () => {
    const key = newKey('replay');
    const results = await race(20, () => ({ userId: 'race-2', benefitCode: 'FREE_RETURN_SHIPPING', idempotencyKey: key }), HOLD);
    expect(results.filter((r) => r.errors)).toEqual([]);
    const ids = new Set(results.map((r) => r.data.holdEntitlement.usage?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    expect(await usedOf('race-2', 'FREE_RETURN_SHIPPING')).toMatchObject({ used: 0, held: 1, remaining: 6 });
    expect((await ledger()).drift).toEqual([]);
  });

  it('a money budget raced with uneven amounts never goes below zero', async () => {
    const amounts = Array.from({ length: 30 }, (_, i) => 300 + ((i * 7919) % 2700));
    const results = await race(30, (i) => ({ userId: 'race-3', benefitCode: 'COMPENSATION_BUDGET', amount: amounts[i], idempotencyKey: newKey('money') }));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const spent = results.reduce((sum, r, i) => sum + (r.data.consumeEntitlement.usage ? amounts[i] : 0), 0);
    const ent = await usedOf('race-3', 'COMPENSATION_BUDGET');
    process.stdout.write(`[${label}] budget 20000 raced by 30 uneven requests (sum ${amounts.reduce((a, b) => a + b)}): ${spent} spent, ${ent.remaining} left\n`);
    expect(spent).toBeLessThanOrEqual(20000);
    expect(ent).toMatchObject({ used: spent, remaining: 20000 - spent });
    // every refusal was because its own amount no longer fitted
    for (const [i, r] of results.entries()) {
      if (!r.data.consumeEntitlement.usage) expect(amounts[i]).toBeGreaterThan(20000 - spent);
    }
    expect((await ledger()).drift).toEqual([]);
  });

  it('a process killed with SIGKILL in the middle of a burst leaves the ledger consistent', async () => {
    const victim = cluster.urls.length - 1;
    // The victim is killed as soon as 10 of its own requests have been answered, so it dies with
    // the rest of its share in flight.
    let victimDone = 0;
    let killed: Promise<void> | null = null;
    const burst = Array.from({ length: 90 }, (_, i) => {
      const target = i % cluster.urls.length;
      return cluster.gql(target, CONSUME, { input: { userId: 'race-4', benefitCode: 'COMPENSATION_BUDGET', amount: 100, idempotencyKey: newKey('kill') } }, csToken)
        .then((r) => (r.errors ? 'error' : r.data.consumeEntitlement.usage ? 'won' : 'refused'))
        .catch(() => 'lost')
        .finally(() => {
          if (target === victim && ++victimDone === 10) killed = cluster.kill(victim, 'SIGKILL');
        });
    });
    const outcomes = await Promise.all(burst);
    await killed;
    const count = (k: string) => outcomes.filter((o) => o === k).length;
    const report = await ledger();
    const ent = await usedOf('race-4', 'COMPENSATION_BUDGET');
    process.stdout.write(`[${label}] SIGKILL mid-burst: ${count('won')} won, ${count('lost')} lost with the process, ${count('error')} errors; ledger ${report.entriesChecked} entries, drift ${report.drift.length}\n`);
    expect(report.drift).toEqual([]);
    // whatever the killed process committed is in the ledger, and nothing else
    expect(ent.used % 100).toBe(0);
    expect(ent.used / 100).toBeGreaterThanOrEqual(count('won'));
    expect(ent.used / 100).toBeLessThanOrEqual(count('won') + count('lost'));
  });
});
