// Reads of member facts from concurrent requests go out together on MySQL/MariaDB
// (src/services/member-facts-batch.ts): each caller gets exactly what its own read would have
// returned, in objects of its own, and the batch costs one statement per form (members by id, or
// by their orders). On SQLite every read goes straight through.
import { readMemberFacts, MemberFactsQuery } from '../../src/services/member-facts';
import { readMemberFactsTogether } from '../../src/services/member-facts-batch';
import { assignMembership, createTier, defineBenefit, recordOrder, setRule } from '../support/fixtures';
import { onMysql, startTestServer, statementsOf, TestServer } from '../support/harness';
import { CONSUME, newKey } from '../support/usage-ops';

let s: TestServer;
const MEMBERS = ['u-b1', 'u-b2', 'u-b3', 'u-b4', 'u-b5'];

beforeAll(async () => {
  s = await startTestServer({ config: { catalogRefreshMs: 0, holdSweepSeconds: 0 } });
  s.clock.set('2026-09-20T00:00:00Z');
  await createTier(s, { code: 'REGULAR', rank: 0, isDefault: true });
  await createTier(s, { code: 'GOLD', rank: 20 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await defineBenefit(s, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 9, perOrderLimit: 3, period: 'CALENDAR_MONTH' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 20000, period: 'CALENDAR_QUARTER' });
  for (const [i, userId] of MEMBERS.entries()) {
    if (i < 4) await assignMembership(s, { userId, tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
    await recordOrder(s, { id: `o-${userId}`, userId, amount: 9900, placedAt: '2026-09-19T00:00:00Z' });
  }
  // Uses in two months, so day, month, order and total counters differ between members.
  for (const [at, userId, benefitCode, amount, orderId] of [
    ['2026-09-20T02:00:00Z', 'u-b1', 'FREE_RETURN_SHIPPING', 1, 'o-u-b1'],
    ['2026-09-20T03:00:00Z', 'u-b1', 'COMPENSATION_BUDGET', 700, null],
    ['2026-10-02T03:00:00Z', 'u-b2', 'FREE_RETURN_SHIPPING', 2, 'o-u-b2'],
    ['2026-10-03T03:00:00Z', 'u-b1', 'COMPENSATION_BUDGET', 300, null],
    ['2026-10-03T04:00:00Z', 'u-b3', 'COMPENSATION_BUDGET', 1200, null],
  ] as const) {
    s.clock.set(at);
    const r = await s.gql(CONSUME, { input: { userId, benefitCode, amount, orderId, idempotencyKey: newKey('batch') } }, 'cs_agent');
    expect(r.data?.consumeEntitlement?.userErrors).toEqual([]);
  }
}, 120_000);

afterAll(async () => {
  await s?.stop();
});

// Different members, orders and counter windows, a member in two reads, orders asked both ways.
const QUERIES: MemberFactsQuery[] = [
  { userIds: ['u-b1'], orderIds: [], fromDay: '2026-10-03', fromMonth: '2026-10' },
  { userIds: ['u-b1', 'u-b2'], orderIds: ['o-u-b1'], fromDay: '2026-09-01', fromMonth: '2026-07' },
  { userIds: ['u-b3'], orderIds: ['o-u-b3', 'o-missing'], fromDay: '2026-10-03', fromMonth: '2026-10' },
  { userIds: ['u-b5', 'u-nobody'], orderIds: [], fromDay: '2026-10-03', fromMonth: '2026-10' },
  { userIds: [], ownersOf: ['o-u-b2'], orderIds: [], fromDay: '2026-10-03', fromMonth: '2026-10' },
  { userIds: [], ownersOf: ['o-u-b1', 'o-u-b4', 'o-missing'], orderIds: [], fromDay: '2026-09-20', fromMonth: '2026-09' },
];

it('gives each read what it alone would get, in objects of its own, in one statement per form on MySQL/MariaDB', async () => {
  const alone = [];
  for (const q of QUERIES) alone.push(await readMemberFacts(s.db, q));
  expect(alone[1].members.get('u-b2')!.spend.size).toBeGreaterThan(0);
  expect([...alone[5].orders.keys()].sort()).toEqual(['o-u-b1', 'o-u-b4']);

  const together = () => Promise.all(QUERIES.map((q) => readMemberFactsTogether(s.db, q)));
  await together(); // prepares the statements' shapes on the pooled connections
  let answers: Awaited<ReturnType<typeof together>> = [];
  const statements = await statementsOf(s, async () => {
    answers = await together();
  });
  expect(answers).toEqual(alone);
  expect(answers[0].members.get('u-b1')).not.toBe(answers[1].members.get('u-b1'));
  expect(statements).toBe(onMysql() ? 2 : QUERIES.length);
});

it('sends a read that names more than a statement takes on its own, and the rest together', async () => {
  const wide: MemberFactsQuery = { userIds: Array.from({ length: 70 }, (_, i) => `u-wide-${i}`).concat('u-b1'), orderIds: [], fromDay: '2026-10-03', fromMonth: '2026-10' };
  const small = QUERIES.slice(0, 3);
  const expected = [await readMemberFacts(s.db, wide), ...(await Promise.all(small.map((q) => readMemberFacts(s.db, q))))];
  const run = () => Promise.all([wide, ...small].map((q) => readMemberFactsTogether(s.db, q)));
  await run();
  let answers: Awaited<ReturnType<typeof run>> = [];
  const statements = await statementsOf(s, async () => {
    answers = await run();
  });
  expect(answers).toEqual(expected);
  expect(statements).toBe(onMysql() ? 2 : 4);
});
