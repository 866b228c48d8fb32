// A committed write is never reported as a failure the client could retry with a new key: its
// answer is shaped before COMMIT from exactly what is stored with the key, and should the answer
// be lost after COMMIT, the client is told to repeat with the same key, which returns it.
import { Checkpoint } from '../../src/context';
import { assignMembership, createTier, defineBenefit, setRule } from '../support/fixtures';
import { errorCode, startTestServer, TestServer } from '../support/harness';
import { CONSUME, expectLedgerClean } from '../support/usage-ops';

let s: TestServer;
let failNextAnswer = false;
const checkpoint: Checkpoint = async (point) => {
  if (point === 'after-commit' && failNextAnswer) {
    failNextAnswer = false;
    throw new Error('the answer was lost after COMMIT');
  }
};

beforeAll(async () => {
  s = await startTestServer({ checkpoint });
  s.clock.set('2026-11-01T00:00:00Z');
  await createTier(s, { code: 'GOLD', rank: 20 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 3, period: 'CALENDAR_MONTH' });
  await assignMembership(s, { userId: 'u-pc', tierCode: 'GOLD' });
  s.clock.set('2026-11-10T04:00:00Z');
});
afterAll(() => s.stop());

it('an answer lost after COMMIT is a retryable error, and the repeat returns the committed result', async () => {
  const input = { userId: 'u-pc', benefitCode: 'FREE_RETURN_SHIPPING', idempotencyKey: 'lost-answer-1' };
  failNextAnswer = true;
  const lost = await s.gql(CONSUME, { input }, 'cs_agent');
  expect(errorCode(lost)).toBe('SERVICE_UNAVAILABLE');
  expect(lost.errors![0].extensions).toMatchObject({ retryable: true });
  const entries = async () => Number((await s.db.query(`SELECT COUNT(*) AS n FROM usage_entries WHERE user_id = 'u-pc'`))[0].n);
  expect(await entries()).toBe(1);

  const repeat = await s.gql(CONSUME, { input }, 'cs_agent');
  expect(repeat.errors).toBeUndefined();
  expect(repeat.data.consumeEntitlement).toMatchObject({ usage: { state: 'CAPTURED' }, entitlement: { used: 1, remaining: 2 }, userErrors: [] });
  expect(await entries()).toBe(1);
  const again = await s.gql(CONSUME, { input }, 'cs_agent');
  expect(again.data).toEqual(repeat.data);
  expect((await expectLedgerClean(s)).drift).toEqual([]);
});
