// Found by the soak: a hold expires at its expiresAt by the clock of whoever looks. A server whose
// clock is ahead sees it expired and gives its quota to a new use; a server whose clock is behind
// must not then capture it on top (that booked 21,000 of a 20,000 budget). Two servers on one
// database, clocks 3 s apart.
import { assignMembership, createTier, defineBenefit, setRule } from '../support/fixtures';
import { dropDatabase, freshDatabaseUrl, startTestServer, TestClock, TestServer } from '../support/harness';
import { CAPTURE, CONSUME, expectLedgerClean, GRANT, HOLD, usageOp } from '../support/usage-ops';

const T = new Date('2026-11-10T04:00:00Z');
const databaseUrl = freshDatabaseUrl();
let behind: TestServer;
let ahead: TestServer;
const at = (s: TestServer, ms: number, skew = 0) => s.clock.set(new Date(T.getTime() + ms + skew));

beforeAll(async () => {
  behind = await startTestServer({ databaseUrl, clock: new TestClock(new Date('2026-11-01T00:00:00Z')), config: { holdSweepSeconds: 0 } });
  ahead = await startTestServer({ databaseUrl, config: { holdSweepSeconds: 0 } });
  await createTier(behind, { code: 'GOLD', rank: 20 });
  await defineBenefit(behind, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY' });
  await setRule(behind, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 20000, period: 'CALENDAR_MONTH' });
  await assignMembership(behind, { userId: 'u-skew', tierCode: 'GOLD' });
});
afterAll(async () => {
  await behind?.stop();
  await ahead?.stop();
  await dropDatabase(databaseUrl);
});

const use = { userId: 'u-skew', benefitCode: 'COMPENSATION_BUDGET' };

it('a hold whose quota a faster clock gave away is not captured on top of it', async () => {
  at(behind, 0);
  const hold = await usageOp(behind, HOLD, { ...use, amount: 3000, expiresInSeconds: 60 });
  expect(hold.entitlement.remaining).toBe(17000);
  // Real instant T+58 s: the server ahead (+3 s) reads T+61 s, past the hold's expiry.
  at(ahead, 58_000, 3000);
  const spent = await usageOp(ahead, CONSUME, { ...use, amount: 20000 });
  expect(spent.userErrors).toEqual([]);
  expect(spent.entitlement).toMatchObject({ used: 20000, held: 0, remaining: 0 });
  // The server behind reads T+58 s: to it the hold is still live, but its quota is gone.
  at(behind, 58_000);
  const capture = await usageOp(behind, CAPTURE, { usageId: hold.usage.id });
  expect(capture.userErrors.map((e: { code: string }) => e.code)).toEqual(['HOLD_EXPIRED']);
  const r = await behind.gql(`{ user(id: "u-skew") { entitlements { used remaining } } }`, {}, 'cs_agent');
  expect(r.data.user.entitlements[0]).toMatchObject({ used: 20000 });
  expect((await expectLedgerClean(behind)).drift).toEqual([]);
});

it('a live hold whose quota is still there is captured as before', async () => {
  at(behind, 3_600_000);
  at(ahead, 3_600_000, 3000);
  await setRule(behind, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 30000, period: 'CALENDAR_MONTH' });
  const hold = await usageOp(behind, HOLD, { ...use, amount: 4000, expiresInSeconds: 60 });
  at(ahead, 3_600_000 + 58_000, 3000);
  expect((await usageOp(ahead, CONSUME, { ...use, amount: 6000 })).userErrors).toEqual([]); // fits beside the hold either way
  at(behind, 3_600_000 + 58_000);
  const capture = await usageOp(behind, CAPTURE, { usageId: hold.usage.id });
  expect(capture.userErrors).toEqual([]);
  expect(capture.entitlement).toMatchObject({ used: 30000, held: 0, remaining: 0 });
});

it('a grant made on a server whose clock is ahead counts at once on a server whose clock is behind', async () => {
  at(behind, 7_200_000);
  at(ahead, 7_200_000, 3000);
  const before = (await behind.gql(`{ user(id: "u-skew") { entitlements { granted remaining } } }`, {}, 'cs_agent')).data.user.entitlements[0];
  const granted = await usageOp(ahead, GRANT, { ...use, amount: 1000, reason: 'goodwill' });
  expect(granted.userErrors).toEqual([]);
  const after = (await behind.gql(`{ user(id: "u-skew") { entitlements { granted remaining } } }`, {}, 'cs_agent')).data.user.entitlements[0];
  expect(after).toEqual({ granted: before.granted + 1000, remaining: before.remaining + 1000 });
  // a question about an instant before the grant does not see it
  const past = (await behind.gql(`{ user(id: "u-skew") { entitlements(at: "${new Date(T.getTime() + 7_100_000).toISOString()}") { granted } } }`, {}, 'cs_agent')).data.user.entitlements[0];
  expect(past.granted).toBe(before.granted);
});
