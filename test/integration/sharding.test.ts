// Usage data can shard by member (TiDB, Vitess): every write transaction touches one member's rows,
// plus shared reads (the catalog version). Recorded through the SQL logger: each transaction's
// statements and parameters, over a mixed workload for several members, including the sweep.
import { sweepExpiredHolds } from '../../src/services/hold-sweep';
import { assignMembership, createTier, defineBenefit, recordOrder, setRule } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/harness';
import { CAPTURE, CONSUME, GRANT, HOLD, newKey, RELEASE, REVERSE, usageOp } from '../support/usage-ops';

const MEMBERS = ['shard-member-a', 'shard-member-b', 'shard-member-c'];
const MEMBER_TABLES = ['usage_entries', 'usage_counters', 'usage_transitions', 'usage_charges', 'appeals', 'quota_grants', 'idempotency_keys', 'audit_log'];
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer({ config: { holdSweepSeconds: 0, catalogRefreshMs: 0 } });
  s.clock.set('2026-11-01T00:00:00Z');
  await createTier(s, { code: 'GOLD', rank: 20 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await defineBenefit(s, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 50, perOrderLimit: 10, period: 'CALENDAR_MONTH' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 100000, period: 'CALENDAR_QUARTER' });
  for (const userId of MEMBERS) {
    await assignMembership(s, { userId, tierCode: 'GOLD' });
    await recordOrder(s, { id: `order-of-${userId}`, userId, amount: 9900, placedAt: '2026-11-01T00:00:00Z' });
  }
  s.clock.set('2026-11-10T04:00:00Z');
});
afterAll(() => s.stop());

it('no write transaction touches two members', async () => {
  s.statements.reset();
  await Promise.all(MEMBERS.map(async (userId) => {
    const use = { userId, benefitCode: 'FREE_RETURN_SHIPPING', orderId: `order-of-${userId}` };
    await usageOp(s, CONSUME, use);
    const held = await usageOp(s, HOLD, { ...use, expiresInSeconds: 60 });
    await usageOp(s, CAPTURE, { usageId: held.usage.id });
    await usageOp(s, REVERSE, { usageId: held.usage.id });
    const other = await usageOp(s, HOLD, use);
    await usageOp(s, RELEASE, { usageId: other.usage.id });
    await usageOp(s, HOLD, { ...use, expiresInSeconds: 60 });
    await usageOp(s, CONSUME, { userId, benefitCode: 'COMPENSATION_BUDGET', amount: 500 });
    await usageOp(s, GRANT, { userId, benefitCode: 'FREE_RETURN_SHIPPING', amount: 1, reason: 'goodwill' });
    // a seller's fault, appealed by the merchant and decided by ops
    const fault = await usageOp(s, CONSUME, { ...use, cause: 'SELLER_FAULT' });
    const appealed = await s.gql(`mutation($input: AppealUsageInput!) { appealUsage(input: $input) { appeal { id } userErrors { code } } }`,
      { input: { usageId: fault.usage.id, reason: 'disputed', idempotencyKey: newKey() } }, { token: await s.token('merchant', 'm-1') });
    const decided = await s.gql(`mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { appeal { state } userErrors { code } } }`,
      { input: { appealId: appealed.data.appealUsage.appeal.id, decision: 'UPHELD', note: 'agreed', idempotencyKey: newKey() } });
    expect(decided.data.decideAppeal.appeal.state).toBe('UPHELD');
  }));
  s.clock.advance(120_000);
  expect(await sweepExpiredHolds(s.db, s.clock.read())).toBe(MEMBERS.length);

  const known = new Set(s.db.entityMetadatas.map((m) => m.tableName));
  // A write on MariaDB may sit in a compound statement (BEGIN NOT ATOMIC … END, src/db/batch.ts).
  const writes = s.statements.transactions.filter((tx) => tx.some((st) => /^\s*(BEGIN NOT ATOMIC\s+)?(INSERT|UPDATE|DELETE)|;\s*(INSERT|UPDATE|DELETE)/i.test(st.query)));
  expect(writes.length).toBeGreaterThanOrEqual(MEMBERS.length * 12);
  for (const tx of writes) {
    const members = new Set(tx.flatMap((st) => st.parameters.filter((p): p is string => typeof p === 'string' && MEMBERS.some((m) => p.includes(m)))
      .map((p) => MEMBERS.find((m) => p.includes(m))!)));
    const tables = new Set(tx.flatMap((st) => [...st.query.matchAll(/\b(?:INTO|UPDATE|FROM)\s+[`"]?(\w+)/gi)].map((m) => m[1]).filter((t) => known.has(t))));
    expect({ members: members.size, statements: tx.map((st) => st.query.slice(0, 60)) }).toMatchObject({ members: 1 });
    for (const t of tables) expect([...MEMBER_TABLES, 'catalog_version', 'memberships', 'orders']).toContain(t);
  }
});
