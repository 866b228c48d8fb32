// Time and the ledger: `at` in the past reproduces what was true then, whatever happened to the
// uses later; a hold stops counting exactly at its expiresAt, and the sweep then records it.
import { sweepExpiredHolds } from '../../src/services/hold-sweep';
import { purgeIdempotencyKeys } from '../../src/services/idempotency';
import { assignMembership, createTier, defineBenefit, setRule } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/harness';
import { CAPTURE, CONSUME, expectLedgerClean, HOLD, RELEASE, REVERSE, usageOp } from '../support/usage-ops';

let s: TestServer;
const T1 = new Date('2026-11-10T04:00:00Z');
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

beforeAll(async () => {
  s = await startTestServer({ config: { holdSweepSeconds: 0 } });
  s.clock.set('2026-11-01T00:00:00Z');
  await createTier(s, { code: 'GOLD', rank: 20 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 3, period: 'CALENDAR_MONTH' });
  for (const userId of ['u-asof', 'u-hold', 'u-exp', 'u-key']) await assignMembership(s, { userId, tierCode: 'GOLD' });
});
afterAll(() => s.stop());

async function figures(userId: string, at?: Date) {
  const r = await s.gql(`query($id: ID!, $at: DateTime) { user(id: $id) { entitlements(at: $at) { status used held remaining periodStart resetsAt reasons { code message } } } }`, { id: userId, at: at?.toISOString() }, 'cs_agent');
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.user.entitlements[0];
}

const use = (userId: string) => ({ userId, benefitCode: 'FREE_RETURN_SHIPPING' });

it('a use reversed later still counts at an instant when it was captured, and the answer for that instant never changes', async () => {
  s.clock.set(T1);
  const consumed = await usageOp(s, CONSUME, use('u-asof'));
  const T2 = plus(T1, 3_600_000);
  s.clock.set(plus(T1, 60_000));
  const before = await figures('u-asof', plus(T1, 1000));
  expect(before).toMatchObject({ used: 1, remaining: 2 });
  expect(await figures('u-asof', plus(T1, -1000))).toMatchObject({ used: 0, remaining: 3 });

  s.clock.set(T2);
  await usageOp(s, REVERSE, { usageId: consumed.usage.id });
  s.clock.set(plus(T2, 60_000));
  expect(await figures('u-asof', plus(T1, 1000))).toEqual(before);
  expect(await figures('u-asof', plus(T2, 1000))).toMatchObject({ used: 0, remaining: 3 });
  expect(await figures('u-asof')).toMatchObject({ used: 0, remaining: 3 });
});

it('a hold released later still counts as held at an instant when it was held', async () => {
  s.clock.set(T1);
  const hold = await usageOp(s, HOLD, use('u-hold'));
  s.clock.set(plus(T1, 600_000));
  await usageOp(s, RELEASE, { usageId: hold.usage.id });
  s.clock.set(plus(T1, 900_000));
  expect(await figures('u-hold', plus(T1, 1000))).toMatchObject({ held: 1, remaining: 2 });
  expect(await figures('u-hold', plus(T1, 601_000))).toMatchObject({ held: 0, remaining: 3 });
  expect(await figures('u-hold')).toMatchObject({ held: 0, remaining: 3 });
});

it('a hold stops counting exactly at its expiresAt, and the sweep records it as EXPIRED', async () => {
  s.clock.set(T1);
  const hold = await usageOp(s, HOLD, { ...use('u-exp'), expiresInSeconds: 60 });
  expect(hold.usage.expiresAt).toBe(plus(T1, 60_000).toISOString());
  s.clock.set(plus(T1, 59_999));
  expect(await figures('u-exp')).toMatchObject({ held: 1, remaining: 2 });
  s.clock.set(plus(T1, 60_000));
  expect(await figures('u-exp')).toMatchObject({ held: 0, remaining: 3 });
  // before the sweep has run, writes decide the same way
  expect((await usageOp(s, CAPTURE, { usageId: hold.usage.id })).userErrors[0].code).toBe('HOLD_EXPIRED');
  const other = await usageOp(s, CONSUME, { ...use('u-exp'), amount: 3 });
  expect(other.entitlement).toMatchObject({ used: 3, held: 0, remaining: 0 });

  expect(await sweepExpiredHolds(s.db, s.clock.read())).toBe(1);
  expect(await sweepExpiredHolds(s.db, s.clock.read())).toBe(0);
  const r = await s.gql(`{ user(id: "u-exp") { usage(first: 5) { edges { node { id state transitions { fromState toState actorId } } } } } }`, {}, 'cs_agent');
  const swept = r.data.user.usage.edges.map((e: { node: unknown }) => e.node).find((n: { id: string }) => n.id === hold.usage.id);
  expect(swept).toMatchObject({ state: 'EXPIRED', transitions: [{ fromState: null, toState: 'HELD' }, { fromState: 'HELD', toState: 'EXPIRED', actorId: 'system:hold-sweep' }] });
  expect(await figures('u-exp')).toMatchObject({ used: 3, held: 0, remaining: 0 });
  // the past is unchanged: while the hold was live it counted
  expect(await figures('u-exp', plus(T1, 30_000))).toMatchObject({ held: 1, used: 0, remaining: 2 });
  expect((await usageOp(s, RELEASE, { usageId: hold.usage.id })).userErrors[0].code).toBe('INVALID_STATE');
  expect((await expectLedgerClean(s)).drift).toEqual([]);
});

it('an idempotency key answers repeats until the sweep purges it after its retention; then a repeat runs afresh', async () => {
  s.clock.set(T1);
  const input = { ...use('u-key'), idempotencyKey: 'kept-for-a-while' };
  const send = async () => (await s.gql(CONSUME, { input }, 'cs_agent')).data.consumeEntitlement;
  const first = await send();
  expect((await send()).usage.id).toBe(first.usage.id);
  expect(await purgeIdempotencyKeys(s.db, T1)).toBe(0); // not older than the cut-off yet
  expect(await purgeIdempotencyKeys(s.db, plus(T1, 1))).toBeGreaterThanOrEqual(1);
  const again = await send();
  expect(again.usage.id).not.toBe(first.usage.id);
  expect(again.entitlement.used).toBe(2);
});
