// Hold, capture, release, consume, reverse and grant over GraphQL: state machine, caps, expiry,
// idempotency, history and the ledger check.
import { StorefrontMyUsageDocument } from '../../clients/storefront/graphql';
import { assignMembership, basicCatalog, recordOrder, setRule } from '../support/fixtures';
import { errorCode, rowCounts, startTestServer, TestServer } from '../support/harness';
import { CAPTURE, CONSUME, expectLedgerClean, GRANT, HOLD, newKey, RELEASE, REVERSE, usageOp } from '../support/usage-ops';

let s: TestServer;
const HOUR = 3600_000;

beforeAll(async () => {
  s = await startTestServer();
  s.clock.set('2026-11-01T00:00:00Z');
  await basicCatalog(s);
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 3, period: 'CALENDAR_MONTH', perOrderLimit: 2 });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 20000, period: 'CALENDAR_QUARTER' });
  for (const u of ['u-a', 'u-b', 'u-c', 'u-d', 'u-e', 'u-f']) await assignMembership(s, { userId: u, tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
  await recordOrder(s, { id: 'o-a1', userId: 'u-a', amount: 10000, placedAt: '2026-10-30T00:00:00Z' });
  await recordOrder(s, { id: 'o-a2', userId: 'u-a', amount: 10000, placedAt: '2026-10-30T00:00:00Z' });
  s.clock.set('2026-11-10T04:00:00Z');
});
afterAll(() => s.stop());

afterEach(async () => {
  expect((await expectLedgerClean(s)).drift).toEqual([]);
});

const use = { userId: 'u-a', benefitCode: 'FREE_RETURN_SHIPPING' };

it('consume books a captured use and returns the entitlement after it', async () => {
  const r = await usageOp(s, CONSUME, { ...use, orderId: 'o-a1', reason: 'damaged parcel' });
  expect(r.userErrors).toEqual([]);
  expect(r.usage).toMatchObject({ state: 'CAPTURED', amount: 1, periodStart: '2026-10-31T16:00:00.000Z', orderId: 'o-a1', expiresAt: null });
  expect(r.entitlement).toMatchObject({ status: 'AVAILABLE', used: 1, held: 0, remaining: 2, orderRemaining: 1 });
  const history = await s.gql(`{ user(id: "u-a") { usage(first: 5) { edges { node { id actorId reason state benefit { code } rule { limit } transitions { fromState toState actorId } } } } } }`, {}, 'cs_agent');
  expect(history.data.user.usage.edges[0].node).toMatchObject({
    id: r.usage.id, actorId: 'cs-1', reason: 'damaged parcel', state: 'CAPTURED', benefit: { code: 'FREE_RETURN_SHIPPING' }, rule: { limit: 3 },
    transitions: [{ fromState: null, toState: 'CAPTURED', actorId: 'cs-1' }],
  });
});

it('per-order cap and per-period cap hold together, refused with the read side reason codes', async () => {
  await usageOp(s, CONSUME, { ...use, orderId: 'o-a1' });
  const capped = await usageOp(s, CONSUME, { ...use, orderId: 'o-a1' });
  expect(capped).toMatchObject({ usage: null, entitlement: null });
  expect(capped.userErrors.map((e: { code: string }) => e.code)).toEqual(['ORDER_LIMIT_REACHED']);
  const third = await usageOp(s, CONSUME, { ...use, orderId: 'o-a2' });
  expect(third.entitlement).toMatchObject({ remaining: 0, status: 'EXHAUSTED' });
  const before = await rowCounts(s.db);
  const exhausted = await usageOp(s, HOLD, { ...use, orderId: 'o-a2' });
  expect(exhausted.userErrors.map((e: { code: string }) => e.code)).toEqual(['QUOTA_EXHAUSTED']);
  expect(exhausted.userErrors[0].message).toMatch(/3 of 3 used/);
  expect(await rowCounts(s.db)).toEqual(before);
});

it('reversal gives the quota back to its own period, even after the period rolled over', async () => {
  const hist = await s.gql(`{ user(id: "u-a") { usage(first: 1) { edges { node { id } } } } }`, {}, 'cs_agent');
  s.clock.set('2026-12-02T04:00:00Z');
  const r = await usageOp(s, REVERSE, { usageId: hist.data.user.usage.edges[0].node.id, reason: 'return cancelled' });
  expect(r.usage.state).toBe('REVERSED');
  expect(r.entitlement).toMatchObject({ used: 0, remaining: 3 }); // December: untouched
  // November's counters got the use back …
  const [novDays] = await s.db.query(`SELECT SUM(captured) AS captured FROM usage_counters WHERE user_id = 'u-a' AND period_key BETWEEN 'D:2026-11-01' AND 'D:2026-11-30'`);
  expect(Number(novDays.captured)).toBe(2);
  // … while a question about an instant in November still answers what was true then.
  const nov = await s.gql(`{ user(id: "u-a") { entitlements(at: "2026-11-30T12:00:00Z") { benefit { code } used remaining } } }`, {}, 'cs_agent');
  expect(nov.data.user.entitlements.find((e: { benefit: { code: string } }) => e.benefit.code === 'FREE_RETURN_SHIPPING')).toMatchObject({ used: 3, remaining: 0 });
  const again = await usageOp(s, REVERSE, { usageId: hist.data.user.usage.edges[0].node.id });
  expect(again.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', field: 'input.usageId' });
  s.clock.set('2026-11-10T04:00:00Z');
});

it('hold → capture and hold → release; a hold expires by itself and cannot be captured after', async () => {
  const u = { userId: 'u-b', benefitCode: 'FREE_RETURN_SHIPPING' };
  const h1 = await usageOp(s, HOLD, { ...u, expiresInSeconds: 3600 });
  expect(h1.usage).toMatchObject({ state: 'HELD', expiresAt: '2026-11-10T05:00:00.000Z' });
  expect(h1.entitlement).toMatchObject({ held: 1, used: 0, remaining: 2 });
  const c1 = await usageOp(s, CAPTURE, { usageId: h1.usage.id });
  expect(c1.usage.state).toBe('CAPTURED');
  expect(c1.entitlement).toMatchObject({ held: 0, used: 1, remaining: 2 });
  const h2 = await usageOp(s, HOLD, u);
  const r2 = await usageOp(s, RELEASE, { usageId: h2.usage.id, reason: 'customer kept the item' });
  expect(r2.entitlement).toMatchObject({ held: 0, used: 1, remaining: 2 });
  expect((await usageOp(s, CAPTURE, { usageId: h2.usage.id })).userErrors[0].code).toBe('INVALID_STATE');
  const h3 = await usageOp(s, HOLD, { ...u, expiresInSeconds: 600 });
  expect(h3.entitlement.remaining).toBe(1);
  s.clock.advance(HOUR);
  const ent = await s.gql(`{ user(id: "u-b") { entitlements { benefit { code } held remaining } } }`, {}, 'cs_agent');
  expect(ent.data.user.entitlements.find((e: { benefit: { code: string } }) => e.benefit.code === 'FREE_RETURN_SHIPPING')).toMatchObject({ held: 0, remaining: 2 });
  expect((await usageOp(s, CAPTURE, { usageId: h3.usage.id })).userErrors[0].code).toBe('HOLD_EXPIRED');
  expect((await usageOp(s, RELEASE, { usageId: h3.usage.id })).usage.state).toBe('RELEASED');
  s.clock.set('2026-11-10T04:00:00Z');
});

it('money budgets need an amount and never go below zero', async () => {
  const budget = { userId: 'u-c', benefitCode: 'COMPENSATION_BUDGET' };
  expect(errorCode(await s.gql(CONSUME, { input: { ...budget, idempotencyKey: newKey() } }, 'cs_agent'))).toBe('BAD_USER_INPUT');
  expect((await usageOp(s, CONSUME, { ...budget, amount: 15000 })).entitlement.remaining).toBe(5000);
  const over = await usageOp(s, CONSUME, { ...budget, amount: 5001 });
  expect(over.userErrors[0]).toMatchObject({ code: 'QUOTA_EXHAUSTED', field: 'input.amount' });
  expect(over.userErrors[0].message).toContain('¥50.00');
  expect((await usageOp(s, CONSUME, { ...budget, amount: 5000 })).entitlement).toMatchObject({ remaining: 0, status: 'EXHAUSTED' });
});

it('idempotency: a repeat returns the original result, a different payload is refused, a refusal leaves the key free', async () => {
  const u = { userId: 'u-d', benefitCode: 'FREE_RETURN_SHIPPING' };
  const key = newKey('idem');
  const first = await s.gql(CONSUME, { input: { ...u, idempotencyKey: key } }, 'cs_agent');
  const before = await rowCounts(s.db);
  const repeat = await s.gql(CONSUME, { input: { ...u, idempotencyKey: key } }, 'cs_agent');
  expect(repeat.data).toEqual(first.data);
  expect(await rowCounts(s.db)).toEqual(before);
  const other = await s.gql(CONSUME, { input: { ...u, amount: 2, idempotencyKey: key } }, 'cs_agent');
  expect(other.data.consumeEntitlement.userErrors).toMatchObject([{ code: 'IDEMPOTENCY_KEY_REUSED', field: 'input.idempotencyKey', message: expect.any(String) }]);
  const otherOp = await s.gql(HOLD, { input: { ...u, idempotencyKey: key } }, 'cs_agent');
  expect(otherOp.data.holdEntitlement.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
  // use up the quota, be refused, get a grant, retry the refused request with the same key
  await usageOp(s, CONSUME, { ...u, amount: 2 });
  const refusedKey = newKey('refused');
  const refused = await s.gql(CONSUME, { input: { ...u, idempotencyKey: refusedKey } }, 'cs_agent');
  expect(refused.data.consumeEntitlement.userErrors[0].code).toBe('QUOTA_EXHAUSTED');
  const grant = await usageOp(s, GRANT, { ...u, amount: 1, reason: 'late delivery goodwill' });
  expect(grant.grant).toMatchObject({ amount: 1, expiresAt: '2026-11-30T16:00:00.000Z' });
  expect(grant.entitlement.remaining).toBe(1);
  const retried = await s.gql(CONSUME, { input: { ...u, idempotencyKey: refusedKey } }, 'cs_agent');
  expect(retried.data.consumeEntitlement).toMatchObject({ userErrors: [], usage: { state: 'CAPTURED' }, entitlement: { remaining: 0 } });
});

it('grants add to the limit until they expire, and are audited', async () => {
  const u = { userId: 'u-e', benefitCode: 'FREE_RETURN_SHIPPING' };
  const g = await usageOp(s, GRANT, { ...u, amount: 2, reason: 'courier lost the parcel', expiresAt: '2026-11-15T00:00:00Z' });
  expect(g.entitlement.remaining).toBe(5);
  const audit = await s.gql(`{ auditLog(first: 1) { edges { node { action actorId after } } } }`);
  expect(audit.data.auditLog.edges[0].node).toMatchObject({ action: 'grant.create', actorId: 'cs-1', after: { amount: 2, reason: 'courier lost the parcel', benefitCode: 'FREE_RETURN_SHIPPING' } });
  s.clock.set('2026-11-15T00:00:00Z');
  const ent = await s.gql(`{ user(id: "u-e") { entitlements { benefit { code } remaining } } }`, {}, 'cs_agent');
  expect(ent.data.user.entitlements.find((e: { benefit: { code: string } }) => e.benefit.code === 'FREE_RETURN_SHIPPING').remaining).toBe(3);
  const past = await usageOp(s, GRANT, { ...u, amount: 1, reason: 'too late', expiresAt: '2026-11-01T00:00:00Z' });
  expect(past.userErrors[0]).toMatchObject({ code: 'INVALID_RANGE', field: 'input.expiresAt' });
  s.clock.set('2026-11-10T04:00:00Z');
});

it('refuses uses the tier does not grant, and unknown ids', async () => {
  const r = await usageOp(s, CONSUME, { userId: 'u-nobody', benefitCode: 'FREE_RETURN_SHIPPING' });
  expect(r.userErrors.map((e: { code: string }) => e.code)).toEqual(['TIER_LACKS_BENEFIT']);
  expect(errorCode(await s.gql(CONSUME, { input: { ...use, benefitCode: 'NOPE_X', idempotencyKey: newKey() } }, 'cs_agent'))).toBe('NOT_FOUND');
  expect(errorCode(await s.gql(CAPTURE, { input: { usageId: 'nope', idempotencyKey: newKey() } }, 'cs_agent'))).toBe('NOT_FOUND');
  // ids match byte for byte on every database (MySQL's default collations would fold case)
  const held = await usageOp(s, HOLD, { userId: 'u-f', benefitCode: 'FREE_RETURN_SHIPPING' });
  expect(errorCode(await s.gql(CAPTURE, { input: { usageId: held.usage.id.toUpperCase(), idempotencyKey: newKey() } }, 'cs_agent'))).toBe('NOT_FOUND');
  const key = newKey('case');
  await usageOp(s, RELEASE, { usageId: held.usage.id, idempotencyKey: key.toLowerCase() });
  const other = await usageOp(s, HOLD, { userId: 'u-f', benefitCode: 'FREE_RETURN_SHIPPING', idempotencyKey: key.toUpperCase() });
  expect(other.userErrors).toEqual([]);
  expect(errorCode(await s.gql(CONSUME, { input: { ...use, orderId: 'o-nope', idempotencyKey: newKey() } }, 'cs_agent'))).toBe('NOT_FOUND');
  expect(errorCode(await s.gql(CONSUME, { input: { ...use, userId: 'u-b', orderId: 'o-a1', idempotencyKey: newKey() } }, 'cs_agent'))).toBe('BAD_USER_INPUT');
});

it('customers and the order system cannot write usage or grants; customers read their own history', async () => {
  for (const role of ['customer', 'service'] as const) {
    expect(errorCode(await s.gql(CONSUME, { input: { ...use, idempotencyKey: newKey() } }, role))).toBe('FORBIDDEN');
    expect(errorCode(await s.gql(GRANT, { input: { ...use, amount: 1, reason: 'nope', idempotencyKey: newKey() } }, role))).toBe('FORBIDDEN');
  }
  const customer = { token: await s.token('customer', 'u-a') };
  const own = (await s.op(StorefrontMyUsageDocument, { first: 2, benefitCode: 'FREE_RETURN_SHIPPING' }, customer)).data!.me!.usage;
  expect(own.edges).toHaveLength(2);
  expect(own.pageInfo.hasNextPage).toBe(true);
  const next = (await s.op(StorefrontMyUsageDocument, { first: 5, after: own.pageInfo.endCursor }, customer)).data!.me!.usage;
  expect(next.edges.length).toBeGreaterThan(0);
  const byOrder = await s.gql(`{ order(id: "o-a1") { usage { state orderId } } }`, {}, { token: await s.token('customer', 'u-a') });
  expect(byOrder.data.order.usage.length).toBe(2);
  expect(errorCode(await s.gql(`{ verifyLedger { countersChecked } }`, {}, 'cs_agent'))).toBe('FORBIDDEN');
});
