// What-if and tier health over a generated history: 10,000 orders of 420 members in 3 tiers over
// 2 months (the order system's facts, written in bulk), and every return and other use made
// through the API on the history's own clock, so the ledger, counters and charges are the live
// service's. The test keeps its own record of each request and what the service answered, and
// computes what the replay must report from that record alone (a month's k-th eligible return of
// a Gold member passes under a limit L when k ≤ L), never from the service's tables. The usage
// report over the same history is held against that record, and its CSV export against its pages.
import { DateTime } from 'luxon';
import { Order } from '../../entities';
import { SimulateRuleChangeDocument, TierHealthDocument, UsageReportDocument, UsageReportInput } from '../../clients/ops/graphql';
import { createTier, defineBenefit, assignMembership, setRule } from '../support/fixtures';
import { errorCode, rowCounts, startTestServer, TestServer } from '../support/harness';
import { CONSUME, expectLedgerClean, usageOp } from '../support/usage-ops';
import { seededRandom } from '../support/random';
import { allRows, csvOf, getCsv, parseCsv } from '../support/report-csv';

const ZONE = 'Asia/Shanghai';
const FROM = '2026-10-01T00:00:00.000Z';
const TO = '2026-12-01T00:00:00.000Z';
const DAY = 86_400_000;
const RETURN_COST = 1200;
const TIERS = { GOLD: { members: 60, orders: 3000, returns: 0.16 }, SILVER: { members: 120, orders: 3000, returns: 0.08 }, REGULAR: { members: 240, orders: 4000, returns: 0.05 } };
type TierCode = keyof typeof TIERS;
const RETURN_LIMIT: Record<TierCode, number> = { REGULAR: 1, SILVER: 2, GOLD: 3 };
const returnRule = (tierCode: string, limit: number) => ({
  tierCode, benefitCode: 'FREE_RETURN_SHIPPING', limit, period: 'CALENDAR_MONTH',
  conditions: { categoriesExclude: ['VIRTUAL'], claimWindowDays: 30 }, funding: { funder: 'PLATFORM', unitCost: RETURN_COST },
});

interface GenOrder { id: string; userId: string; tier: TierCode; category: string; placedAt: number; returnedAt: number | null }
interface Attempt { userId: string; tier: TierCode; orderId: string; benefitCode: string; at: number; amount?: number; allowed?: boolean; code?: string }

async function catalog(s: TestServer) {
  await createTier(s, { code: 'REGULAR', rank: 0, isDefault: true });
  await createTier(s, { code: 'SILVER', rank: 10 });
  await createTier(s, { code: 'GOLD', rank: 20 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await defineBenefit(s, { code: 'PRICE_PROTECTION', kind: 'COUNT', unit: 'claim', fundedBy: 'MERCHANT' });
  await defineBenefit(s, { code: 'INSTANT_REFUND', kind: 'COUNT', unit: 'refund' });
  await defineBenefit(s, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY' });
  await defineBenefit(s, { code: 'DEDICATED_CHANNEL', kind: 'ACCESS' });
  for (const tier of Object.keys(TIERS) as TierCode[]) await setRule(s, returnRule(tier, RETURN_LIMIT[tier]));
  for (const tier of ['SILVER', 'GOLD']) {
    await setRule(s, { tierCode: tier, benefitCode: 'PRICE_PROTECTION', limit: tier === 'GOLD' ? 2 : 1, period: 'CALENDAR_QUARTER', funding: { funder: 'MERCHANT', unitCost: 500 } });
  }
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'INSTANT_REFUND', limit: 10, period: 'CALENDAR_MONTH', funding: { funder: 'SPLIT', merchantShareBp: 3000, unitCost: 300 } });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 20000, period: 'CALENDAR_QUARTER' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'DEDICATED_CHANNEL', config: { channel: 'VIP' } });
}

/** Members, then 10,000 orders in bulk, then every request through the API in time order. */
async function history(s: TestServer) {
  const rand = seededRandom(2026);
  s.clock.set('2026-09-01T00:00:00Z');
  await catalog(s);
  const orders: GenOrder[] = [];
  const start = Date.parse(FROM);
  const span = Date.parse('2026-11-24T00:00:00Z') - start;
  for (const [tier, t] of Object.entries(TIERS) as [TierCode, (typeof TIERS)[TierCode]][]) {
    const users = Array.from({ length: t.members }, (_, i) => `u-${tier.toLowerCase()}-${String(i).padStart(3, '0')}`);
    if (tier !== 'REGULAR') for (const userId of users) await assignMembership(s, { userId, tierCode: tier, startsAt: '2026-01-01T00:00:00Z' });
    for (let i = 0; i < t.orders; i++) {
      const placedAt = start + Math.floor((rand() * span) / 1000) * 1000;
      orders.push({
        id: `o-${tier.toLowerCase()}-${String(i).padStart(5, '0')}`, userId: users[i % users.length], tier,
        category: rand() < 0.12 ? 'VIRTUAL' : rand() < 0.5 ? 'APPAREL' : 'ELECTRONICS', placedAt,
        returnedAt: rand() < t.returns ? placedAt + 2 * DAY + DAY + Math.floor((rand() * 3 * DAY) / 1000) * 1000 : null,
      });
    }
  }
  const rows = orders.map((o) => ({
    id: o.id, userId: o.userId, merchantId: `m-${o.id.length % 3}`, category: o.category, amount: 19900, currency: 'CNY',
    placedAt: new Date(o.placedAt), deliveredAt: new Date(o.placedAt + 2 * DAY), status: o.returnedAt ? 'REFUNDED' : 'DELIVERED',
    createdAt: new Date(o.placedAt), updatedAt: new Date(o.returnedAt ?? o.placedAt + 2 * DAY),
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await s.db.createQueryBuilder().insert().into(Order).values(rows.slice(i, i + 500) as Order[]).updateEntity(false).execute();
  }

  const attempts: Attempt[] = [];
  for (const o of orders) {
    if (o.returnedAt) attempts.push({ userId: o.userId, tier: o.tier, orderId: o.id, benefitCode: 'FREE_RETURN_SHIPPING', at: o.returnedAt });
    else if (o.tier !== 'REGULAR' && rand() < 0.02) attempts.push({ userId: o.userId, tier: o.tier, orderId: o.id, benefitCode: 'PRICE_PROTECTION', at: o.placedAt + 5 * DAY });
    else if (o.tier === 'GOLD' && rand() < 0.02) attempts.push({ userId: o.userId, tier: o.tier, orderId: o.id, benefitCode: 'INSTANT_REFUND', at: o.placedAt + 3 * DAY });
    else if (o.tier === 'GOLD' && rand() < 0.01) attempts.push({ userId: o.userId, tier: o.tier, orderId: o.id, benefitCode: 'COMPENSATION_BUDGET', at: o.placedAt + 4 * DAY, amount: 3000 });
  }
  attempts.sort((a, b) => a.at - b.at || (a.orderId < b.orderId ? -1 : 1));
  for (const a of attempts) {
    s.clock.set(new Date(a.at));
    const r = await usageOp(s, CONSUME, { userId: a.userId, benefitCode: a.benefitCode, orderId: a.orderId, ...(a.amount ? { amount: a.amount } : {}) });
    a.allowed = r.userErrors.length === 0;
    a.code = r.userErrors[0]?.code;
  }
  return { orders, attempts };
}

const localMonth = (t: number) => DateTime.fromMillis(t, { zone: ZONE }).toFormat('yyyy-MM');

/** Which of the free-return requests pass under `limit` (tier's own rule otherwise), by the test's own count. */
function passUnder(attempts: Attempt[], orders: Map<string, GenOrder>, limit: (tier: TierCode) => number): Map<Attempt, boolean> {
  const taken = new Map<string, number>();
  const out = new Map<Attempt, boolean>();
  for (const a of attempts.filter((x) => x.benefitCode === 'FREE_RETURN_SHIPPING')) {
    if (orders.get(a.orderId)!.category === 'VIRTUAL') {
      out.set(a, false);
      continue;
    }
    const k = `${a.userId}|${localMonth(a.at)}`;
    const n = taken.get(k) ?? 0;
    out.set(a, n < limit(a.tier));
    if (n < limit(a.tier)) taken.set(k, n + 1);
  }
  return out;
}

const sumOf = (xs: number[]) => xs.reduce((x, y) => x + y, 0);

describe('simulateRuleChange and tierHealth over 10,000 orders', () => {
  let s: TestServer;
  let orders: Map<string, GenOrder>;
  let attempts: Attempt[];
  beforeAll(async () => {
    s = await startTestServer({ config: { holdSweepSeconds: 0 } });
    const h = await history(s);
    orders = new Map(h.orders.map((o) => [o.id, o]));
    attempts = h.attempts;
    s.clock.set('2026-12-05T00:00:00Z');
  }, 600_000);
  afterAll(() => s?.stop());

  it('the history is what the live service decided, and what the test expects of it', async () => {
    expect(orders.size).toBe(10_000);
    const returns = attempts.filter((a) => a.benefitCode === 'FREE_RETURN_SHIPPING');
    const live = passUnder(attempts, orders, (t) => RETURN_LIMIT[t]);
    // The test's count of the rules agrees with every answer the service gave.
    expect(returns.filter((a) => a.allowed !== live.get(a))).toEqual([]);
    const gold = returns.filter((a) => a.tier === 'GOLD');
    expect(gold.filter((a) => a.code === 'QUOTA_EXHAUSTED').length).toBeGreaterThan(50);
    expect(gold.filter((a) => a.code === 'CATEGORY_EXCLUDED').length).toBeGreaterThan(10);
    expect(await expectLedgerClean(s)).toMatchObject({ drift: [] });
  });

  it('"Gold free returns 3 → 5" reports exactly the refusals that would have passed, and writes nothing', async () => {
    const before = await rowCounts(s.db);
    const counters = await s.db.query('SELECT SUM(held) AS h, SUM(captured) AS c, COUNT(*) AS n FROM usage_counters');
    s.statements.reset();
    const r = await s.op(SimulateRuleChangeDocument, {
      input: { from: FROM, to: TO, returnsAsk: ['FREE_RETURN_SHIPPING'], sampleSize: 10, proposals: [{ ...returnRule('GOLD', 5), effectiveFrom: FROM } as never] },
    });
    expect(r.errors).toBeUndefined();
    const sim = r.data!.simulateRuleChange;

    const live = passUnder(attempts, orders, (t) => RETURN_LIMIT[t]);
    const proposed = passUnder(attempts, orders, (t) => (t === 'GOLD' ? 5 : RETURN_LIMIT[t]));
    const goldReturns = attempts.filter((a) => a.benefitCode === 'FREE_RETURN_SHIPPING' && a.tier === 'GOLD');
    const wouldPass = goldReturns.filter((a) => !a.allowed && proposed.get(a));
    expect(wouldPass.length).toBeGreaterThan(30);
    expect(wouldPass.every((a) => a.code === 'QUOTA_EXHAUSTED')).toBe(true);

    const row = sim.rows.find((x) => x.tier === 'GOLD' && x.benefit === 'FREE_RETURN_SHIPPING')!;
    expect(row).toMatchObject({
      requests: goldReturns.length,
      recorded: goldReturns.filter((a) => a.allowed).length,
      allowedBefore: goldReturns.filter((a) => live.get(a)).length,
      refusedBefore: goldReturns.filter((a) => !a.allowed).length,
      gained: wouldPass.length,
      lost: 0,
      allowedAfter: goldReturns.filter((a) => proposed.get(a)).length,
      membersAffected: new Set(wouldPass.map((a) => a.userId)).size,
      unitsAfter: goldReturns.filter((a) => proposed.get(a)).length,
    });
    expect(row.cost).toEqual([expect.objectContaining({ currency: 'CNY', platformChange: wouldPass.length * RETURN_COST, merchantChange: 0 })]);

    // Every other tier × benefit answers as it did, none gained or lost. Its requests are its recorded
    // uses and, for free returns, its returned orders: other refusals left no trace to replay.
    for (const other of sim.rows.filter((x) => x !== row)) {
      const mine = attempts.filter((a) => a.tier === other.tier && a.benefitCode === other.benefit && (a.allowed || a.benefitCode === 'FREE_RETURN_SHIPPING'));
      expect(other).toMatchObject({ requests: mine.length, allowedBefore: mine.filter((a) => a.allowed).length, gained: 0, lost: 0, membersAffected: 0 });
      expect(other.allowedAfter).toBe(other.allowedBefore);
    }
    expect(sim.requests).toBe(sumOf(sim.rows.map((x) => x.requests)));
    expect(sim.samples).toHaveLength(10);
    for (const sample of sim.samples) {
      expect(sample).toMatchObject({ tier: 'GOLD', benefit: 'FREE_RETURN_SHIPPING', before: { allowed: false }, after: { allowed: true, reasons: [] } });
      expect(sample.before.reasons.map((x) => x.code)).toEqual(['QUOTA_EXHAUSTED']);
      expect(wouldPass.some((a) => a.orderId === sample.orderId)).toBe(true);
    }
    console.log(`simulateRuleChange: ${orders.size} orders, ${sim.members} members, ${sim.requests} requests in ${sim.elapsedMs} ms`);

    // Plain reads only: no transaction, no locking read, no write (so it never holds up a booking).
    expect(s.statements.transactions).toEqual([]);
    expect(s.statements.statements.filter((q) => /FOR UPDATE|LOCK IN SHARE MODE|^\s*(INSERT|UPDATE|DELETE|REPLACE|START TRANSACTION|BEGIN)/i.test(q))).toEqual([]);
    expect(s.statements.count).toBe(1 + 4 * Math.ceil(sim.members / 500)); // the members, then 4 reads per chunk of 500, whatever the history
    expect(await rowCounts(s.db)).toEqual(before);
    expect(await s.db.query('SELECT SUM(held) AS h, SUM(captured) AS c, COUNT(*) AS n FROM usage_counters')).toEqual(counters);
  });

  it('the same rules proposed change nothing; a proposal the rule could not take is refused', async () => {
    const same = await s.op(SimulateRuleChangeDocument, {
      input: { from: FROM, to: TO, returnsAsk: ['FREE_RETURN_SHIPPING'], sampleSize: 5, proposals: [{ ...returnRule('GOLD', 3), effectiveFrom: FROM } as never] },
    });
    expect(same.data!.simulateRuleChange.rows.every((x) => x.gained === 0 && x.lost === 0 && x.allowedAfter === x.allowedBefore)).toBe(true);
    expect(same.data!.simulateRuleChange.samples).toEqual([]);
    // Lowering Gold to 1 a month: exactly the uses past each member-month's first are lost.
    const lower = await s.op(SimulateRuleChangeDocument, {
      input: { from: FROM, to: TO, sampleSize: 0, proposals: [{ ...returnRule('GOLD', 1), effectiveFrom: FROM } as never] },
    });
    const one = passUnder(attempts, orders, (t) => (t === 'GOLD' ? 1 : RETURN_LIMIT[t]));
    const lost = attempts.filter((a) => a.benefitCode === 'FREE_RETURN_SHIPPING' && a.tier === 'GOLD' && a.allowed && !one.get(a));
    expect(lower.data!.simulateRuleChange.rows.find((x) => x.tier === 'GOLD' && x.benefit === 'FREE_RETURN_SHIPPING')).toMatchObject({ lost: lost.length, gained: 0 });

    const bad = await s.op(SimulateRuleChangeDocument, {
      input: { from: FROM, to: TO, sampleSize: 0, proposals: [{ tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', period: 'CALENDAR_MONTH' } as never, { tierCode: 'NOPE', benefitCode: 'FREE_RETURN_SHIPPING' } as never] },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields ?? bad.errors![0].extensions).toBeDefined();
    expect(JSON.stringify(bad.errors)).toContain('input.proposals.0.limit');
    expect(JSON.stringify(bad.errors)).toContain('input.proposals.1.tierCode');
    const forbidden = await s.op(SimulateRuleChangeDocument, { input: { from: FROM, to: TO, sampleSize: 0, proposals: [returnRule('GOLD', 5) as never] } }, 'cs_agent');
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
  });

  it('tierHealth: who used what, and why benefits did not apply to the orders', async () => {
    s.statements.reset();
    const r = await s.op(TierHealthDocument, { input: { from: FROM, to: TO } });
    expect(r.errors).toBeUndefined();
    expect(s.statements.count).toBe(1 + 4 * Math.ceil(420 / 500)); // the same unlocked chunked reads as a simulation
    expect(s.statements.transactions).toEqual([]);
    const gold = r.data!.tierHealth.find((t) => t.tier === 'GOLD')!;
    const goldOrders = [...orders.values()].filter((o) => o.tier === 'GOLD');
    expect(gold).toMatchObject({ members: TIERS.GOLD.members, orders: goldOrders.length });
    const returns = gold.benefits.find((b) => b.benefit === 'FREE_RETURN_SHIPPING')!;
    // At each order's placement: the member's free returns given so far in that local month.
    const given = attempts.filter((a) => a.tier === 'GOLD' && a.benefitCode === 'FREE_RETURN_SHIPPING' && a.allowed);
    const exhausted = goldOrders.filter((o) => given.filter((a) => a.userId === o.userId && a.at <= o.placedAt && localMonth(a.at) === localMonth(o.placedAt)).length >= 3);
    const virtual = goldOrders.filter((o) => o.category === 'VIRTUAL');
    expect(returns.ordersOffered).toBe(goldOrders.length);
    expect(returns.ordersApplied).toBe(goldOrders.filter((o) => o.category !== 'VIRTUAL' && !exhausted.includes(o)).length);
    expect(returns.membersUsed).toBe(new Set(given.map((a) => a.userId)).size);
    expect(returns.usedShare).toBeCloseTo(returns.membersUsed / TIERS.GOLD.members, 10);
    expect(Object.fromEntries(returns.topReasons.map((x) => [x.code, x.orders]))).toEqual({ QUOTA_EXHAUSTED: exhausted.length, CATEGORY_EXCLUDED: virtual.length });
    // DEDICATED_CHANNEL (ACCESS, no conditions) applied to every Gold order.
    expect(gold.benefits.find((b) => b.benefit === 'DEDICATED_CHANNEL')).toMatchObject({ ordersOffered: goldOrders.length, ordersApplied: goldOrders.length, topReasons: [] });
    // REGULAR offers free returns only.
    expect(r.data!.tierHealth.find((t) => t.tier === 'REGULAR')!.benefits.map((b) => b.benefit)).toEqual(['FREE_RETURN_SHIPPING']);
  });

  it("usageReport over the history equals the ledger's own sums", async () => {
    const r = await s.op(UsageReportDocument, { input: { from: FROM, to: TO, groupBy: ['TIER', 'BENEFIT'], first: 100 } });
    expect(r.errors).toBeUndefined();
    const rows = r.data!.usageReport.edges.map((e) => e.node);
    const given = attempts.filter((a) => a.allowed);
    for (const row of rows) {
      const mine = given.filter((a) => a.tier === row.tier && a.benefitCode === row.benefit);
      expect({ uses: row.uses, units: row.units, members: row.members }).toEqual({
        uses: mine.length, units: sumOf(mine.map((a) => a.amount ?? 1)), members: new Set(mine.map((a) => a.userId)).size,
      });
    }
    expect(sumOf(rows.map((x) => x.uses))).toBe(given.length);
    const [charges] = await s.db.query('SELECT SUM(platform_amount) AS p, SUM(merchant_amount) AS m FROM usage_charges');
    expect(charges.p).not.toBeNull();
    expect(sumOf(rows.flatMap((x) => x.cost.map((c) => c.platform)))).toBe(Number(charges.p));
    expect(sumOf(rows.flatMap((x) => x.cost.map((c) => c.merchant)))).toBe(Number(charges.m));
  });

  it('the CSV export gives the same rows as the report, across pages', async () => {
    const groupBy = ['TIER', 'BENEFIT', 'DAY'];
    const { rows, pages } = await allRows(s, { from: FROM, to: TO, groupBy: groupBy as UsageReportInput['groupBy'] }, 100);
    expect(pages).toBeGreaterThan(2);
    const res = await getCsv(s, `from=${FROM}&to=${TO}&groupBy=${groupBy.join(',')}`, await s.token('ops_admin'));
    expect(res.status).toBe(200);
    const [, ...records] = parseCsv(await res.text());
    expect(records).toEqual(csvOf(groupBy, rows));
    expect(sumOf(rows.map((x) => x.uses))).toBe(attempts.filter((a) => a.allowed).length);
  });
});
