// Statement budgets per operation, counted as the database counts them (MariaDB's Questions
// status; SQLite's query log), and the same for a member with 5,000 past ledger entries as for a
// member with none: cost must not grow with history.
import { assignMembership, createTier, defineBenefit, recordOrder, setRule } from '../support/fixtures';
import { onMysql, rowCounts, startTestServer, statementsOf, TestServer } from '../support/harness';
import { bookHistory } from '../support/history';
import { CAPTURE, CONSUME, GRANT, HOLD, newKey, RELEASE, REVERSE } from '../support/usage-ops';

const label = onMysql() ? 'MariaDB (Questions)' : 'SQLite (query log)';
let s: TestServer;
const counts: Record<string, number> = {};

const ENTITLEMENTS = 'entitlements { benefit { code } status limit used held remaining resetsAt orderRemaining reasons { code message } }';
const MEMBERS = Array.from({ length: 100 }, (_, i) => `u-many-${i}`);

beforeAll(async () => {
  // No background poll or sweep: only the request's own statements are counted.
  s = await startTestServer({ config: { catalogRefreshMs: 0, holdSweepSeconds: 0 } });
  s.clock.set('2026-11-01T00:00:00Z');
  await createTier(s, { code: 'REGULAR', rank: 0, isDefault: true });
  await createTier(s, { code: 'GOLD', rank: 20 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await defineBenefit(s, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY' });
  await defineBenefit(s, { code: 'DEDICATED_CHANNEL', kind: 'ACCESS' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 100, perOrderLimit: 50, period: 'CALENDAR_MONTH' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 20000, period: 'LIFETIME' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'DEDICATED_CHANNEL', config: { channel: 'VIP' } });
  for (const userId of ['u-new', 'u-hist']) {
    await assignMembership(s, { userId, tierCode: 'GOLD', startsAt: '2024-01-01T00:00:00Z' });
    await recordOrder(s, { id: `o-${userId}`, userId, amount: 9900, placedAt: '2026-11-01T00:00:00Z' });
  }
  for (const userId of MEMBERS.slice(0, 10)) await assignMembership(s, { userId, tierCode: 'GOLD', startsAt: '2024-01-01T00:00:00Z' });
  await bookHistory(s.db, { userId: 'u-hist', benefitCode: 'FREE_RETURN_SHIPPING', count: 5000, from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') });
  s.clock.set('2026-11-10T04:00:00Z');
}, 120_000);

afterAll(async () => {
  process.stdout.write(`statements on ${label}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  await s?.stop();
});

/**
 * Statements of one request, after a first run that warms caches and connections: the fewest of
 * three runs, since MariaDB's counter also sees any other client of the server.
 */
async function measure(name: string, run: () => Promise<unknown>, warm = true): Promise<number> {
  if (warm) await run();
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await statementsOf(s, run));
  counts[name] = Math.min(...runs);
  return counts[name];
}

const asCustomer = (userId: string) => s.token('customer', userId).then((token) => ({ token }));

describe(`reads on ${label}`, () => {
  it('me { tier entitlements }: at most 3, the same with 5,000 past entries', async () => {
    const fresh = await measure('me', async () => s.gql(`{ me { tier { code } ${ENTITLEMENTS} } }`, {}, await asCustomer('u-new')));
    const old = await measure('me (5,000 entries)', async () => s.gql(`{ me { tier { code } ${ENTITLEMENTS} } }`, {}, await asCustomer('u-hist')));
    expect(fresh).toBeLessThanOrEqual(3);
    expect(old).toBe(fresh);
  });

  it('order(id) { entitlements }: as many as me (the order is read with its owner\'s facts), the same with 5,000 past entries', async () => {
    const fresh = await measure('order', () => s.gql(`{ order(id: "o-u-new") { ${ENTITLEMENTS} } }`, {}, 'cs_agent'));
    const old = await measure('order (5,000 entries)', () => s.gql(`{ order(id: "o-u-hist") { ${ENTITLEMENTS} } }`, {}, 'cs_agent'));
    const fragment = await measure('order (fragment)', () => s.gql(`{ order(id: "o-u-new") { ...F } } fragment F on Order { id ${ENTITLEMENTS} }`, {}, 'cs_agent'));
    expect(fresh).toBeLessThanOrEqual(3);
    expect(fresh).toBeLessThanOrEqual(counts.me);
    expect(old).toBe(fresh);
    expect(fragment).toBe(fresh);
  });

  it('users(ids: 100) { entitlements }: at most 4', async () => {
    const ids = [...MEMBERS.slice(0, 98), 'u-new', 'u-hist'];
    const n = await measure('users(100)', () => s.gql(`query($ids: [ID!]!) { users(ids: $ids) { id tier { code } ${ENTITLEMENTS} } }`, { ids }, 'cs_agent'));
    expect(n).toBeLessThanOrEqual(4);
  });
});

describe(`writes on ${label}`, () => {
  // On MariaDB a use's lock and fresh read go as one compound statement, and its inserts with the
  // idempotency key as another (src/db/batch.ts): 3 fewer statements than one by one.
  const compound = () => s.db.options.type === 'mariadb';
  const op = async (doc: string, input: Record<string, unknown>) => {
    const r = await s.gql(doc, { input }, 'cs_agent');
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data)[0] as { usage: { id: string } | null; userErrors: unknown[] };
  };
  const use = (userId: string) => ({ userId, benefitCode: 'FREE_RETURN_SHIPPING', orderId: `o-${userId}` });

  it('consumeEntitlement on an order: at most 9 including BEGIN and COMMIT (MariaDB 5), the same with 5,000 past entries', async () => {
    await op(CONSUME, { ...use('u-new'), idempotencyKey: newKey() }); // the member's first use creates its counters
    const fresh = await measure('consume', () => op(CONSUME, { ...use('u-new'), idempotencyKey: newKey() }), false);
    const old = await measure('consume (5,000 entries)', () => op(CONSUME, { ...use('u-hist'), idempotencyKey: newKey() }), false);
    // precheck (facts, order and key in one); BEGIN; lock; facts; counters, entry, charge, key; COMMIT.
    expect(fresh).toBeLessThanOrEqual(compound() ? 5 : 9);
    expect(old).toBe(fresh);
  });

  it('a replay of a known key: at most 2 (the precheck sees the key, then its stored answer)', async () => {
    const input = { ...use('u-new'), idempotencyKey: newKey() };
    const first = await op(CONSUME, input);
    let again: Awaited<ReturnType<typeof op>> | undefined;
    expect(await measure('replay', async () => (again = await op(CONSUME, input)), false)).toBeLessThanOrEqual(2);
    expect(again).toEqual(first);
  });

  it('a refusal: at most 2 (the precheck, then a look for a racing repeat\'s key), and nothing written', async () => {
    const before = await rowCounts(s.db);
    let refused: Awaited<ReturnType<typeof op>> | undefined;
    const n = await measure('refusal', async () => (refused = await op(CONSUME, { ...use('u-new'), amount: 51, idempotencyKey: newKey() })), false);
    expect(refused!.userErrors).toEqual([expect.objectContaining({ code: 'ORDER_LIMIT_REACHED' })]);
    expect(n).toBeLessThanOrEqual(2);
    expect(await rowCounts(s.db)).toEqual(before);
  });

  it('hold ≤ 8 (MariaDB 5), capture and reverse ≤ 12 (MariaDB 10: their charge row goes with the key), release ≤ 11 (MariaDB 10), grant ≤ 8', async () => {
    // measure() runs each three times: each run moves a use of its own.
    const holds: string[] = [];
    const hold = async () => holds.push((await op(HOLD, { ...use('u-new'), idempotencyKey: newKey() })).usage!.id);
    const each = (doc: string, ids: string[]) => {
      let i = 0;
      return () => op(doc, { usageId: ids[i++], idempotencyKey: newKey() });
    };
    const moves = compound() ? 10 : 11;
    expect(await measure('hold', hold, false)).toBeLessThanOrEqual(compound() ? 5 : 8);
    const charged = compound() ? 10 : 12;
    expect(await measure('capture', each(CAPTURE, holds), false)).toBeLessThanOrEqual(charged);
    expect(await measure('reverse', each(REVERSE, holds), false)).toBeLessThanOrEqual(charged);
    const more: string[] = [];
    for (let i = 0; i < 3; i++) more.push((await op(HOLD, { ...use('u-new'), idempotencyKey: newKey() })).usage!.id);
    expect(await measure('release', each(RELEASE, more), false)).toBeLessThanOrEqual(moves);
    const grant = { userId: 'u-new', benefitCode: 'FREE_RETURN_SHIPPING', amount: 2, reason: 'goodwill' };
    // 8: the member's lock on the benefit (one SELECT … FOR UPDATE) orders racing grants under the 2^52 cap.
    expect(await measure('grant', () => op(GRANT, { ...grant, idempotencyKey: newKey() }), false)).toBeLessThanOrEqual(8);
  });

  it("a merchant's appeal ≤ 10, its decision ≤ 10, the merchant's page of charges ≤ 3", async () => {
    const faults: string[] = [];
    for (const userId of ['u-new', 'u-hist', 'u-new', 'u-new']) faults.push((await op(CONSUME, { ...use(userId), cause: 'SELLER_FAULT', idempotencyKey: newKey() })).usage!.id);
    const merchant = { token: await s.token('merchant', 'm-1') };
    const appeals: string[] = [];
    let i = 0;
    const appeal = async () => {
      const r = await s.gql(`mutation($input: AppealUsageInput!) { appealUsage(input: $input) { appeal { id } userErrors { code } } }`,
        { input: { usageId: faults[i++], reason: 'carrier damage', idempotencyKey: newKey() } }, merchant);
      appeals.push(r.data.appealUsage.appeal.id);
    };
    // measure() runs each three times: each run appeals (then decides) an appeal of its own.
    const n = await measure('appeal', appeal, false);
    let j = 0;
    const decide = async () => {
      const r = await s.gql(`mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { appeal { state } userErrors { code } } }`,
        { input: { appealId: appeals[j++], decision: 'UPHELD', note: 'agreed', idempotencyKey: newKey() } }, 'ops_admin');
      expect(r.data.decideAppeal.appeal.state).toBe('UPHELD');
    };
    expect(n).toBeLessThanOrEqual(10);
    expect(await measure('decide appeal', decide, false)).toBeLessThanOrEqual(10);
    // The merchant's page: the uses, their net charges and their appeals, however many are on it.
    const page = await measure('merchantCharges', async () => {
      const r = await s.gql('{ merchantCharges(first: 50) { edges { node { id charged appealDeadline appeal { state } } } } }', {}, merchant);
      expect(r.data.merchantCharges.edges.length).toBe(4);
    });
    expect(page).toBeLessThanOrEqual(3);
  });
});
