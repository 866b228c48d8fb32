// A forced interleaving: request A starts at t and is held just before it locks the counters;
// request B starts on another server at t + 1 s, books the last unit and commits; then A goes on.
// A must decide on what B committed (it may not filter uses by its own start time), so it is
// refused. Two servers share one database, each with its own clock.
import { Checkpoint } from '../../src/context';
import { assignMembership, createTier, defineBenefit, setRule } from '../support/fixtures';
import { dropDatabase, freshDatabaseUrl, startTestServer, TestClock, TestServer } from '../support/harness';
import { CONSUME, expectLedgerClean, newKey } from '../support/usage-ops';

const T = new Date('2026-11-10T04:00:00Z');
const databaseUrl = freshDatabaseUrl();
let a: TestServer;
let b: TestServer;

/** Holds the next write that reaches 'before-lock' until released. */
function gate() {
  let reached!: () => void;
  let release!: () => void;
  const arrived = new Promise<void>((r) => (reached = r));
  const open = new Promise<void>((r) => (release = r));
  let armed = true;
  const checkpoint: Checkpoint = async (point) => {
    if (!armed || point !== 'before-lock') return;
    armed = false;
    reached();
    await open;
  };
  return { checkpoint, arrived, release };
}

const held = gate();

beforeAll(async () => {
  a = await startTestServer({ databaseUrl, clock: new TestClock(T), checkpoint: held.checkpoint });
  b = await startTestServer({ databaseUrl, clock: new TestClock(new Date(T.getTime() + 1000)) });
  a.clock.set('2026-11-01T00:00:00Z');
  await createTier(a, { code: 'GOLD', rank: 20 });
  await defineBenefit(a, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await setRule(a, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 2, period: 'CALENDAR_MONTH' });
  await assignMembership(a, { userId: 'u-i', tierCode: 'GOLD' });
  a.clock.set(T);
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await dropDatabase(databaseUrl);
});

const consume = (s: TestServer) =>
  s.gql(CONSUME, { input: { userId: 'u-i', benefitCode: 'FREE_RETURN_SHIPPING', idempotencyKey: newKey('il') } }, 'cs_agent')
    .then((r) => r.data.consumeEntitlement);

it('a request that started earlier but locks later sees the use committed in between', async () => {
  expect((await consume(b)).usage).not.toBeNull(); // 1 of 2 used
  const first = consume(a); // starts at t, sees 1 left, waits before its lock
  await held.arrived;
  const second = await consume(b); // starts at t + 1 s, books the last unit, commits
  expect(second.usage).not.toBeNull();
  expect(second.entitlement.remaining).toBe(0);
  held.release();
  const late = await first;
  expect(late.usage).toBeNull();
  expect(late.userErrors.map((e: { code: string }) => e.code)).toEqual(['QUOTA_EXHAUSTED']);
  const r = await a.gql(`{ user(id: "u-i") { entitlements { benefit { code } used remaining } } }`, {}, 'cs_agent');
  expect(r.data.user.entitlements).toEqual([{ benefit: { code: 'FREE_RETURN_SHIPPING' }, used: 2, remaining: 0 }]);
  expect((await expectLedgerClean(a)).drift).toEqual([]);
});
