// Resolution over GraphQL, with a scenario configured only through the API.
import { CsUserDocument, CsUsersDocument } from '../../clients/cs/graphql';
import { StorefrontMeDocument, StorefrontOrderDocument } from '../../clients/storefront/graphql';
import { assignMembership, basicCatalog, recordOrder, setRule } from '../support/fixtures';
import { errorCode, printed, startTestServer, TestServer } from '../support/harness';
import { bookUsage } from '../support/ledger';

let s: TestServer;
const DAY = 86_400_000;

beforeAll(async () => {
  s = await startTestServer();
  s.clock.set('2026-11-01T00:00:00Z');
  await basicCatalog(s);
  await setRule(s, {
    tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 3, period: 'CALENDAR_MONTH', perOrderLimit: 1,
    conditions: { minOrderAmount: 5000, categoriesExclude: ['VIRTUAL'], claimWindowDays: 7 },
  });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'DEDICATED_CHANNEL', config: { channel: 'VIP_HOTLINE' } });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 20000, period: 'CALENDAR_QUARTER' });
  await assignMembership(s, { userId: 'u-g', tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
  const base = { userId: 'u-g', placedAt: '2026-11-15T02:00:00Z', deliveredAt: '2026-11-18T02:00:00Z' };
  await recordOrder(s, { ...base, id: 'o-ok', amount: 8000, category: 'APPAREL' });
  await recordOrder(s, { ...base, id: 'o-small', amount: 3000, category: 'APPAREL' });
  await recordOrder(s, { ...base, id: 'o-virtual', amount: 8000, category: 'VIRTUAL' });
  await recordOrder(s, { ...base, id: 'o-late', amount: 8000, category: 'APPAREL', placedAt: '2026-10-28T02:00:00Z', deliveredAt: '2026-11-01T02:00:00Z' });
  await recordOrder(s, { ...base, id: 'o-two', amount: 3000, category: 'VIRTUAL' });
  s.clock.set('2026-11-20T04:00:00Z'); // 12:00 in Shanghai
});
afterAll(() => s.stop());

// The CS tools' user lookup (clients/cs): every entitlement, optionally for an order and/or at an instant.
const ENT = printed(CsUserDocument);
const shippingFor = async (orderId?: string, at?: string) => {
  const r = await s.op(CsUserDocument, { id: 'u-g', orderId, at }, 'cs_agent');
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.user!.entitlements.find((e) => e.benefit.code === 'FREE_RETURN_SHIPPING')!;
};
const codes = (e: { reasons: Array<{ code: string }> }) => e.reasons.map((r) => r.code);

it('an eligible order: AVAILABLE with exact period, reset and claim deadline', async () => {
  const e = await shippingFor('o-ok');
  expect(e).toMatchObject({
    status: 'AVAILABLE', tier: { code: 'GOLD' }, limit: 3, used: 0, held: 0, remaining: 3, orderRemaining: 1,
    periodStart: '2026-10-31T16:00:00.000Z', resetsAt: '2026-11-30T16:00:00.000Z',
    claimDeadline: '2026-11-25T16:00:00.000Z', reasons: [],
  });
});

it('an order below the minimum: NOT_ELIGIBLE, with the figures in the reason', async () => {
  const e = await shippingFor('o-small');
  expect(e.status).toBe('NOT_ELIGIBLE');
  expect(codes(e)).toEqual(['ORDER_BELOW_MINIMUM']);
  expect(e.reasons[0].message).toContain('¥30.00');
  expect(e.reasons[0].message).toContain('¥50.00');
});

it('an order in an excluded category: NOT_ELIGIBLE / CATEGORY_EXCLUDED', async () => {
  const e = await shippingFor('o-virtual');
  expect(e.status).toBe('NOT_ELIGIBLE');
  expect(codes(e)).toEqual(['CATEGORY_EXCLUDED']);
  expect(e.reasons[0].message).toContain('VIRTUAL');
});

it('an order outside the claim window: CLAIM_WINDOW_CLOSED, naming the deadline', async () => {
  const e = await shippingFor('o-late');
  expect(e).toMatchObject({ status: 'NOT_ELIGIBLE', claimDeadline: '2026-11-08T16:00:00.000Z' });
  expect(codes(e)).toEqual(['CLAIM_WINDOW_CLOSED']);
  expect(e.reasons[0].message).toContain('2026-11-08');
});

it('an order failing two conditions lists both reasons', async () => {
  const e = await shippingFor('o-two');
  expect(e.status).toBe('NOT_ELIGIBLE');
  expect(codes(e).sort()).toEqual(['CATEGORY_EXCLUDED', 'ORDER_BELOW_MINIMUM']);
});

it('counts usage from the ledger: per-order cap, then the monthly quota, with reasons', async () => {
  await bookUsage(s.db, { userId: 'u-g', benefitCode: 'FREE_RETURN_SHIPPING', orderId: 'o-ok', at: new Date('2026-11-19T00:00:00Z') });
  const capped = await shippingFor('o-ok');
  expect(capped).toMatchObject({ status: 'EXHAUSTED', used: 1, remaining: 2, orderRemaining: 0 });
  expect(codes(capped)).toEqual(['ORDER_LIMIT_REACHED']);
  await bookUsage(s.db, { userId: 'u-g', benefitCode: 'FREE_RETURN_SHIPPING', at: new Date('2026-11-19T01:00:00Z'), state: 'HELD', expiresAt: new Date('2026-11-21T00:00:00Z') });
  await bookUsage(s.db, { userId: 'u-g', benefitCode: 'FREE_RETURN_SHIPPING', at: new Date('2026-11-19T02:00:00Z') });
  await bookUsage(s.db, { userId: 'u-g', benefitCode: 'FREE_RETURN_SHIPPING', at: new Date('2026-11-19T03:00:00Z'), state: 'RELEASED' });
  const user = await shippingFor();
  expect(user).toMatchObject({ status: 'EXHAUSTED', used: 2, held: 1, remaining: 0, orderRemaining: null });
  expect(codes(user)).toEqual(['QUOTA_EXHAUSTED']);
  expect(user.reasons[0].message).toContain('2026-12-01');
  // the hold expires on Nov 21: one unit comes back without anything running
  s.clock.set('2026-11-21T00:00:00Z');
  expect(await shippingFor()).toMatchObject({ status: 'AVAILABLE', held: 0, remaining: 1 });
  // as-of: before any use, the same question had all three left
  expect(await shippingFor(undefined, '2026-11-18T00:00:00Z')).toMatchObject({ used: 0, held: 0, remaining: 3 });
  // next month the quota resets
  s.clock.set('2026-11-30T16:00:00Z');
  expect(await shippingFor()).toMatchObject({ status: 'AVAILABLE', used: 0, remaining: 3, resetsAt: '2026-12-31T16:00:00.000Z' });
  s.clock.set('2026-11-20T04:00:00Z');
});

it('ACCESS benefits carry their config; users without the tier get NOT_IN_TIER with reasons', async () => {
  const gold = (await s.gql(ENT, { id: 'u-g' }, 'cs_agent')).data.user.entitlements;
  expect(gold.map((e: { benefit: { code: string } }) => e.benefit.code)).toEqual(['COMPENSATION_BUDGET', 'DEDICATED_CHANNEL', 'FREE_RETURN_SHIPPING']);
  expect(gold.find((e: { benefit: { code: string } }) => e.benefit.code === 'DEDICATED_CHANNEL')).toMatchObject({ status: 'AVAILABLE', config: { channel: 'VIP_HOTLINE' }, remaining: null });
  const regular = (await s.gql(ENT, { id: 'u-someone' }, 'cs_agent')).data.user.entitlements;
  for (const e of regular) {
    expect(e).toMatchObject({ status: 'NOT_IN_TIER', tier: { code: 'REGULAR' } });
    expect(codes(e)).toEqual(['TIER_LACKS_BENEFIT']);
    expect(e.reasons[0].message).toMatch(/^Regular does not include .+; Gold does\.$/);
  }
});

it('Order.entitlements and me { entitlements } resolve for the owner only', async () => {
  const owner = { token: await s.token('customer', 'u-g') };
  const viaOrder = await s.op(StorefrontOrderDocument, { id: 'o-small' }, owner);
  expect(viaOrder.data!.order!.entitlements.find((e) => e.benefit.code === 'FREE_RETURN_SHIPPING')!.status).toBe('NOT_ELIGIBLE');
  const me = await s.op(StorefrontMeDocument, {}, owner);
  expect(me.data!.me!.entitlements).toHaveLength(3);
  const stranger = { token: await s.token('customer', 'u-other') };
  expect(errorCode(await s.op(StorefrontOrderDocument, { id: 'o-ok' }, stranger))).toBe('FORBIDDEN');
  expect(errorCode(await s.gql(ENT, { id: 'u-g' }, stranger))).toBe('FORBIDDEN');
  // an order of another user cannot be used to ask about this one
  expect(errorCode(await s.gql(`{ me { entitlements(orderId: "o-ok") { status } } }`, {}, stranger))).toBe('BAD_USER_INPUT');
});

it('benefitCodes picks the benefits a screen shows, in its order; an unknown code names the field', async () => {
  const r = await s.gql(`{ user(id: "u-g") { entitlements(benefitCodes: ["FREE_RETURN_SHIPPING", "DEDICATED_CHANNEL"]) { benefit { code } status } } }`, {}, 'cs_agent');
  expect(r.data.user.entitlements).toEqual([
    { benefit: { code: 'FREE_RETURN_SHIPPING' }, status: expect.any(String) },
    { benefit: { code: 'DEDICATED_CHANNEL' }, status: 'AVAILABLE' },
  ]);
  const bad = await s.gql(`{ user(id: "u-g") { entitlements(benefitCodes: ["NOPE"]) { status } } }`, {}, 'cs_agent');
  expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  expect(bad.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'benefitCodes' })]);
});

it('users(ids) batches for CS, at most 100, staff only', async () => {
  const r = await s.op(CsUsersDocument, { ids: ['u-g', 'u-x'] }, 'cs_agent');
  expect(r.data!.users).toMatchObject([{ id: 'u-g', tier: { code: 'GOLD' } }, { id: 'u-x', tier: { code: 'REGULAR' } }]);
  const many = Array.from({ length: 101 }, (_, i) => `u-${i}`);
  expect(errorCode(await s.op(CsUsersDocument, { ids: many }, 'cs_agent'))).toBe('BAD_USER_INPUT');
  expect(errorCode(await s.op(CsUsersDocument, { ids: ['u-g'] }, 'customer'))).toBe('FORBIDDEN');
});

describe('statement count', () => {
  const Q = `query($ids: [ID!]!) { users(ids: $ids) { id tier { code } entitlements { benefit { code } status remaining tier { code } rule { id } } } }`;
  const ORDERS_Q = (ids: string[]) => `{ ${ids.map((id, i) => `o${i}: order(id: "${id}") { entitlements { status remaining orderRemaining } }`).join(' ')} }`;

  it('is bounded however many users, orders and benefits a request names', async () => {
    const userIds = Array.from({ length: 50 }, (_, i) => `u-bulk-${i}`);
    for (const [i, userId] of userIds.entries()) {
      await assignMembership(s, { userId, tierCode: i % 2 ? 'GOLD' : 'REGULAR', startsAt: '2026-01-01T00:00:00Z' });
      await recordOrder(s, { id: `o-bulk-${i}`, userId, amount: 6000 + i, placedAt: new Date(Date.parse('2026-11-10T00:00:00Z') + i * DAY / 10).toISOString() });
    }
    s.statements.reset();
    await s.gql(Q, { ids: [userIds[1]] }, 'cs_agent');
    const oneUser = s.statements.count;
    s.statements.reset();
    await s.gql(Q, { ids: userIds }, 'cs_agent');
    const fiftyUsers = s.statements.count;
    s.statements.reset();
    await s.gql(ORDERS_Q(['o-bulk-1']), {}, 'cs_agent');
    const oneOrder = s.statements.count;
    s.statements.reset();
    await s.gql(ORDERS_Q(userIds.map((_, i) => `o-bulk-${i}`)), {}, 'cs_agent');
    const fiftyOrders = s.statements.count;
    process.stdout.write(`statements: 1 user ${oneUser}, 50 users ${fiftyUsers}, 1 order ${oneOrder}, 50 orders ${fiftyOrders}\n`);
    expect(fiftyUsers).toBe(oneUser);
    expect(fiftyOrders).toBe(oneOrder);
    expect(oneOrder).toBeLessThanOrEqual(8);
  });
});
