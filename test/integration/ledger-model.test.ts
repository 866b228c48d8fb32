// Model-based test: random sequences of hold, consume, capture, release, reverse and replayed
// keys, run against the real server and an in-memory model; after every step the entitlement
// matches the model, and at the end the counters match the ledger.
import fc from 'fast-check';
import { assignMembership, createTier, defineBenefit, setRule } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/harness';
import { CAPTURE, CONSUME, expectLedgerClean, HOLD, newKey, RELEASE, REVERSE } from '../support/usage-ops';

const LIMIT = 5;
let s: TestServer;
let runNo = 0;

beforeAll(async () => {
  s = await startTestServer();
  s.clock.set('2026-11-01T00:00:00Z');
  await createTier(s, { code: 'GOLD', rank: 20 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: LIMIT, period: 'CALENDAR_MONTH' });
  s.clock.set('2026-11-10T04:00:00Z');
});
afterAll(() => s.stop());

type State = 'HELD' | 'CAPTURED' | 'RELEASED' | 'REVERSED';
interface Model {
  entries: State[];
  last: { doc: string; input: Record<string, unknown>; data: unknown } | null;
}
interface Real {
  userId: string;
  ids: string[];
}

const count = (m: Model, st: State) => m.entries.filter((e) => e === st).length;
const remaining = (m: Model) => Math.max(0, LIMIT - count(m, 'HELD') - count(m, 'CAPTURED'));

async function call(real: Real, m: Model, doc: string, input: Record<string, unknown>) {
  const r = await s.gql(doc, { input }, 'cs_agent');
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  m.last = { doc, input, data: r.data };
  return Object.values(r.data)[0] as any;
}

function expectFigures(m: Model, p: { entitlement: { used: number; held: number; remaining: number } }) {
  expect(p.entitlement).toMatchObject({ used: count(m, 'CAPTURED'), held: count(m, 'HELD'), remaining: remaining(m) });
}

class Use implements fc.AsyncCommand<Model, Real> {
  constructor(readonly state: 'HELD' | 'CAPTURED') {}
  check = () => true;
  async run(m: Model, real: Real) {
    const p = await call(real, m, this.state === 'HELD' ? HOLD : CONSUME, { userId: real.userId, benefitCode: 'FREE_RETURN_SHIPPING', idempotencyKey: newKey('model') });
    if (remaining(m) === 0) {
      expect(p.userErrors.map((e: { code: string }) => e.code)).toEqual(['QUOTA_EXHAUSTED']);
      return;
    }
    expect(p.userErrors).toEqual([]);
    m.entries.push(this.state);
    real.ids.push(p.usage.id);
    expectFigures(m, p);
  }
  toString = () => (this.state === 'HELD' ? 'hold' : 'consume');
}

const MOVES = { capture: [CAPTURE, 'HELD', 'CAPTURED'], release: [RELEASE, 'HELD', 'RELEASED'], reverse: [REVERSE, 'CAPTURED', 'REVERSED'] } as const;

class Move implements fc.AsyncCommand<Model, Real> {
  constructor(readonly kind: keyof typeof MOVES, readonly pick: number) {}
  check = (m: Readonly<Model>) => m.entries.length > 0;
  async run(m: Model, real: Real) {
    const [doc, from, to] = MOVES[this.kind];
    const i = this.pick % m.entries.length;
    const p = await call(real, m, doc, { usageId: real.ids[i], idempotencyKey: newKey('move') });
    if (m.entries[i] !== from) {
      expect(p.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_STATE']);
      return;
    }
    expect(p.userErrors).toEqual([]);
    m.entries[i] = to;
    expectFigures(m, p);
  }
  toString = () => `${this.kind}(${this.pick})`;
}

/** Repeats the previous request with its key: same answer, nothing changes. */
class Replay implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.last !== null;
  async run(m: Model) {
    const { doc, input, data } = m.last!;
    const r = await s.gql(doc, { input }, 'cs_agent');
    const payload = Object.values(r.data)[0] as any;
    if ((Object.values(data as object)[0] as any).userErrors.length === 0) expect(r.data).toEqual(data);
    // a refused request left its key free: repeating it is decided afresh (and the model is unchanged
    // only if it is refused again, which holds because nothing else happened in between)
    else expect(payload.usage).toBeNull();
  }
  toString = () => 'replay';
}

it('hold/capture/release/reverse interleaved at random match the model, and the ledger verifies', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.commands([
        fc.constant(new Use('HELD')),
        fc.constant(new Use('CAPTURED')),
        fc.nat(20).map((n) => new Move('capture', n)),
        fc.nat(20).map((n) => new Move('release', n)),
        fc.nat(20).map((n) => new Move('reverse', n)),
        fc.constant(new Replay()),
      ], { maxCommands: 25 }),
      async (cmds) => {
        const userId = `model-${++runNo}`;
        await assignMembership(s, { userId, tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
        const model: Model = { entries: [], last: null };
        await fc.asyncModelRun(() => ({ model, real: { userId, ids: [] } }), cmds);
        // the counter row equals the model too (all uses fall in one month here)
        const counters = await s.db.query(`SELECT SUM(held) AS held, SUM(captured) AS captured FROM usage_counters WHERE user_id = ? AND period_key = 'TOTAL'`, [userId]);
        expect({ held: Number(counters[0].held ?? 0), captured: Number(counters[0].captured ?? 0) })
          .toEqual({ held: count(model, 'HELD'), captured: count(model, 'CAPTURED') });
      },
    ),
    { numRuns: 30 },
  );
  const report = await expectLedgerClean(s);
  expect(report.drift).toEqual([]);
  expect(report.entriesChecked).toBeGreaterThan(0);
});
