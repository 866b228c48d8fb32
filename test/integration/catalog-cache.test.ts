// The catalog is cached per process. A change made on one server reaches another within the
// documented bound (CATALOG_REFRESH_MS, 500 ms, plus a reload: ≤ 1 s) even for reads that touch
// no member; reads and writes about a member see it at once (the member's facts carry the
// catalog version), so no write books on a rule version that is no longer in force.
import { Cluster, startCluster } from '../support/cluster';
import { assignMembership, createTier, defineBenefit, setRule } from '../support/fixtures';
import { dropDatabase, freshDatabaseUrl, startTestServer, TestServer } from '../support/harness';
import { CONSUME, newKey } from '../support/usage-ops';

const NOW = new Date('2026-11-10T04:00:00Z');
const databaseUrl = freshDatabaseUrl();
let admin: TestServer;
let cluster: Cluster;
let ops: string;
const POLLING = 0;
const NOT_POLLING = 1;

beforeAll(async () => {
  admin = await startTestServer({ databaseUrl });
  admin.clock.set(new Date(NOW.getTime() - 3_600_000));
  await createTier(admin, { code: 'GOLD', rank: 20 });
  await defineBenefit(admin, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await setRule(admin, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 3, period: 'CALENDAR_MONTH' });
  await assignMembership(admin, { userId: 'u-c', tierCode: 'GOLD' });
  cluster = await startCluster({ databaseUrl, processes: 2, now: NOW, envs: [{ CATALOG_REFRESH_MS: '500' }, { CATALOG_REFRESH_MS: '0' }] });
  ops = await cluster.token('ops_admin');
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  await admin?.stop();
  await dropDatabase(databaseUrl);
});

const limitOnTier = async (i: number) =>
  (await cluster.gql(i, `{ tier(code: "GOLD") { rules { limit } } }`, {}, ops)).data.tier.rules[0]?.limit ?? null;
const entitlement = async (i: number) =>
  (await cluster.gql(i, `{ user(id: "u-c") { entitlements { status limit reasons { code } } } }`, {}, ops)).data.user.entitlements[0];

it('a catalog read on another process shows a change within 1 s', async () => {
  expect(await limitOnTier(POLLING)).toBe(3);
  admin.clock.advance(60_000);
  await setRule(admin, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 5, period: 'CALENDAR_MONTH' });
  await new Promise((r) => setTimeout(r, 1000));
  expect(await limitOnTier(POLLING)).toBe(5);
});

it('a member read sees a change at once, even on a process that never polls', async () => {
  expect((await entitlement(NOT_POLLING)).limit).toBe(5);
  admin.clock.advance(60_000);
  await setRule(admin, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 7, period: 'CALENDAR_MONTH' });
  expect((await entitlement(NOT_POLLING)).limit).toBe(7);
});

it('no write books on a rule version that was ended on another process', async () => {
  admin.clock.advance(60_000);
  const r = await admin.gql(`mutation { endTierBenefit(input: { tierCode: "GOLD", benefitCode: "FREE_RETURN_SHIPPING" }) { userErrors { code } } }`);
  expect(r.data.endTierBenefit.userErrors).toEqual([]);
  const cs = await cluster.token('cs_agent');
  const refused = await cluster.gql(NOT_POLLING, CONSUME, { input: { userId: 'u-c', benefitCode: 'FREE_RETURN_SHIPPING', idempotencyKey: newKey('cc') } }, cs);
  expect(refused.data.consumeEntitlement.usage).toBeNull();
  expect(refused.data.consumeEntitlement.userErrors[0].code).toBe('RULE_NOT_EFFECTIVE');
  expect(await entitlement(NOT_POLLING)).toMatchObject({ status: 'NOT_IN_TIER' });
});
