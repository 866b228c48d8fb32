// Who pays and why: a use's cause decides whether it spends the member's quota and who is charged;
// the charged merchant sees and appeals its charges; ops decide; the charge ledger says who pays.
// The money is checked against the usage_charges rows read independently of the API.
import { AppealUsageDocument, MerchantChargesDocument, MerchantSummaryDocument } from '../../clients/merchant/graphql';
import { DecideAppealDocument, MerchantFiguresDocument } from '../../clients/ops/graphql';
import { assignMembership, createTier, defineBenefit, recordOrder, setRule } from '../support/fixtures';
import { rowCounts, startTestServer, TestClock, TestServer } from '../support/harness';
import { CONSUME, expectLedgerClean, HOLD, CAPTURE, newKey, REVERSE, usageOp } from '../support/usage-ops';

const FRS = 'FREE_RETURN_SHIPPING';
const UNIT_COST = 1200; // ¥12.00 a free return

async function catalog(s: TestServer) {
  await createTier(s, { code: 'REGULAR', rank: 0, isDefault: true });
  await createTier(s, { code: 'GOLD', rank: 20 });
  await defineBenefit(s, { code: FRS, kind: 'COUNT', unit: 'return', fundedBy: 'PLATFORM' });
  await defineBenefit(s, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY', fundedBy: 'PLATFORM' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: FRS, limit: 3, period: 'CALENDAR_MONTH', funding: { funder: 'PLATFORM', unitCost: UNIT_COST } });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 50_000, period: 'CALENDAR_QUARTER', funding: { funder: 'SPLIT', merchantShareBp: 2500 } });
}

/** Each merchant's net charge per currency, summed straight from the charge ledger. */
async function ledgerNet(s: TestServer): Promise<Record<string, number>> {
  const rows: Array<{ merchant_id: string | null; merchant: string | number; platform: string | number }> = await s.db.query(
    'SELECT merchant_id, SUM(merchant_amount) AS merchant, SUM(platform_amount) AS platform FROM usage_charges GROUP BY merchant_id',
  );
  const out: Record<string, number> = {};
  let platform = 0;
  for (const r of rows) {
    if (r.merchant_id) out[r.merchant_id] = Number(r.merchant);
    platform += Number(r.platform);
  }
  return { ...out, platform };
}

const merchant = (s: TestServer, id: string) => s.token('merchant', id).then((token) => ({ token }));

describe('who pays and why', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    s.clock.set('2026-11-01T00:00:00Z');
    await catalog(s);
    await assignMembership(s, { userId: 'u-1', tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
    await recordOrder(s, { id: 'o-a1', userId: 'u-1', merchantId: 'm-a', amount: 19900, placedAt: '2026-11-02T00:00:00Z', deliveredAt: '2026-11-04T00:00:00Z' });
    await recordOrder(s, { id: 'o-a2', userId: 'u-1', merchantId: 'm-a', amount: 5900, placedAt: '2026-11-02T00:00:00Z', deliveredAt: '2026-11-04T00:00:00Z' });
    await recordOrder(s, { id: 'o-b1', userId: 'u-1', merchantId: 'm-b', amount: 8800, placedAt: '2026-11-02T00:00:00Z', deliveredAt: '2026-11-04T00:00:00Z' });
    s.clock.set('2026-11-05T02:00:00Z');
  }, 60_000);
  afterAll(() => s?.stop());

  let sellerFaultUse = '';
  let appealId = '';

  it('a seller-fault return leaves the quota untouched and charges the merchant in full', async () => {
    const r = await usageOp(s, CONSUME, { userId: 'u-1', benefitCode: FRS, orderId: 'o-a1', cause: 'SELLER_FAULT', reason: 'arrived broken' });
    expect(r.userErrors).toEqual([]);
    expect(r.usage).toMatchObject({ cause: 'SELLER_FAULT', spendsQuota: false, funder: 'MERCHANT', merchantId: 'm-a', merchantShareBp: 10000, cost: UNIT_COST, costCurrency: 'CNY' });
    expect(r.entitlement).toMatchObject({ used: 0, remaining: 3, exemptUsed: 1, exemptHeld: 0 });
    sellerFaultUse = r.usage.id;
    expect(await ledgerNet(s)).toEqual({ 'm-a': UNIT_COST, platform: 0 });
  });

  it('a customer-preference return spends quota and charges the platform', async () => {
    const r = await usageOp(s, CONSUME, { userId: 'u-1', benefitCode: FRS, orderId: 'o-a2', reason: 'changed mind' });
    expect(r.usage).toMatchObject({ cause: 'CUSTOMER_PREFERENCE', spendsQuota: true, funder: 'PLATFORM', merchantShareBp: 0, cost: UNIT_COST });
    expect(r.entitlement).toMatchObject({ used: 1, remaining: 2, exemptUsed: 1 });
    expect(await ledgerNet(s)).toEqual({ 'm-a': UNIT_COST, platform: UNIT_COST });
  });

  it('a fault cause still needs the member to be eligible, but not quota', async () => {
    // Spend the rest of the month's quota; a seller-fault return still goes through.
    for (let i = 0; i < 2; i++) await usageOp(s, CONSUME, { userId: 'u-1', benefitCode: FRS, orderId: 'o-a2' });
    const refused = await usageOp(s, CONSUME, { userId: 'u-1', benefitCode: FRS, orderId: 'o-a2' });
    expect(refused.userErrors.map((e: { code: string }) => e.code)).toEqual(['QUOTA_EXHAUSTED']);
    const held = await usageOp(s, HOLD, { userId: 'u-1', benefitCode: FRS, orderId: 'o-b1', cause: 'LOGISTICS', reason: 'lost in transit' });
    expect(held.userErrors).toEqual([]);
    expect(held.usage).toMatchObject({ spendsQuota: false, funder: 'PLATFORM', merchantShareBp: 0 });
    expect(held.entitlement).toMatchObject({ remaining: 0, exemptUsed: 1, exemptHeld: 1 });
    const captured = await usageOp(s, CAPTURE, { usageId: held.usage.id });
    expect(captured.entitlement).toMatchObject({ remaining: 0, exemptUsed: 2, exemptHeld: 0 });
    // A member whose tier lacks the benefit gets nothing, whatever the cause.
    const outsider = await usageOp(s, CONSUME, { userId: 'u-nobody', benefitCode: FRS, cause: 'LOGISTICS' });
    expect(outsider.userErrors.map((e: { code: string }) => e.code)).toEqual(['TIER_LACKS_BENEFIT']);
    // SELLER_FAULT names the order whose merchant is at fault.
    const noOrder = await s.gql(CONSUME, { input: { userId: 'u-1', benefitCode: FRS, cause: 'SELLER_FAULT', idempotencyKey: newKey() } }, 'cs_agent');
    expect(noOrder.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await expectLedgerClean(s)).toMatchObject({ drift: [] });
  });

  it('a SPLIT budget charges the merchant its share of the amount', async () => {
    const r = await usageOp(s, CONSUME, { userId: 'u-1', benefitCode: 'COMPENSATION_BUDGET', orderId: 'o-b1', amount: 3001, cause: 'QUALITY_ISSUE' });
    // QUALITY_ISSUE is not a quota cause by default: the budget is untouched, the rule's SPLIT applies.
    expect(r.usage).toMatchObject({ funder: 'SPLIT', merchantId: 'm-b', merchantShareBp: 2500, cost: 3001, spendsQuota: false });
    expect(r.entitlement).toMatchObject({ used: 0, remaining: 50_000, exemptUsed: 3001 });
    // 25 % of 3001 is 750.25: the merchant pays 750, the platform the other 2251.
    expect(await ledgerNet(s)).toEqual({ 'm-a': UNIT_COST, 'm-b': 750, platform: 5 * UNIT_COST - UNIT_COST + 2251 });
  });

  it("the merchant sees its charges, and nothing of another merchant's", async () => {
    const page = await s.op(MerchantChargesDocument, {}, await merchant(s, 'm-a'));
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.merchantCharges.edges.map((e) => e.node);
    expect(nodes).toEqual([expect.objectContaining({
      id: sellerFaultUse, orderId: 'o-a1', benefitCode: FRS, cause: 'SELLER_FAULT', state: 'CAPTURED', cost: UNIT_COST, currency: 'CNY',
      merchantShareBp: 10000, charged: UNIT_COST, appealDeadline: '2026-11-19T02:00:00.000Z', appeal: null,
    })]);
    const other = await s.op(MerchantChargesDocument, {}, await merchant(s, 'm-b'));
    expect(other.data!.merchantCharges.edges.map((e) => e.node.orderId)).toEqual(['o-b1']);
    const peek = await s.gql('{ merchantCharges(merchantId: "m-a") { edges { node { id } } } }', {}, await merchant(s, 'm-b'));
    expect(peek.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const filtered = await s.op(MerchantChargesDocument, { filter: { cause: 'CUSTOMER_PREFERENCE' } }, await merchant(s, 'm-a'));
    expect(filtered.data!.merchantCharges.edges).toEqual([]);
  });

  it('appeal, uphold: the charge moves to the platform, the member is untouched, the figures show it', async () => {
    const before = await s.gql('{ user(id: "u-1") { entitlements { benefit { code } used remaining exemptUsed } } }', {}, 'cs_agent');
    const other = await s.op(AppealUsageDocument, { input: { usageId: sellerFaultUse, reason: 'not ours', idempotencyKey: newKey() } }, await merchant(s, 'm-b'));
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const input = { usageId: sellerFaultUse, reason: 'The courier crushed the parcel; see the carrier report.', evidence: ['https://carrier.example/claims/991'], idempotencyKey: newKey() };
    const filed = await s.op(AppealUsageDocument, { input }, await merchant(s, 'm-a'));
    expect(filed.data!.appealUsage).toMatchObject({ userErrors: [], appeal: { state: 'OPEN', usageId: sellerFaultUse, evidence: input.evidence } });
    appealId = filed.data!.appealUsage.appeal!.id;
    const again = await s.op(AppealUsageDocument, { input }, await merchant(s, 'm-a'));
    expect(again.data).toEqual(filed.data);
    const second = await s.op(AppealUsageDocument, { input: { ...input, idempotencyKey: newKey() } }, await merchant(s, 'm-a'));
    expect(second.data!.appealUsage.userErrors.map((e) => e.code)).toEqual(['APPEAL_EXISTS']);

    s.clock.advance(6 * 3600_000);
    const decided = await s.op(DecideAppealDocument, { input: { appealId, decision: 'UPHELD', note: 'Carrier report confirms transit damage.', idempotencyKey: newKey() } }, 'ops_admin');
    expect(decided.data!.decideAppeal).toMatchObject({ userErrors: [], appeal: { state: 'UPHELD', decidedBy: 'ops-1' } });
    const twice = await s.op(DecideAppealDocument, { input: { appealId, decision: 'REJECTED', note: 'second thoughts', idempotencyKey: newKey() } }, 'ops_admin');
    expect(twice.data!.decideAppeal.userErrors.map((e) => e.code)).toEqual(['APPEAL_DECIDED']);

    expect(await ledgerNet(s)).toMatchObject({ 'm-a': 0 });
    const view = await s.op(MerchantChargesDocument, {}, await merchant(s, 'm-a'));
    expect(view.data!.merchantCharges.edges[0].node).toMatchObject({ charged: 0, appeal: { state: 'UPHELD', decisionNote: 'Carrier report confirms transit damage.' } });
    const figures = await s.op(MerchantSummaryDocument, { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' }, await merchant(s, 'm-a'));
    expect(figures.data!.merchantSummary).toMatchObject({
      chargedUses: 1, money: [{ currency: 'CNY', charged: UNIT_COST, reversed: 0, movedByAppeals: -UNIT_COST, net: 0 }],
      appeals: 1, openAppeals: 0, upheldAppeals: 1, rejectedAppeals: 0, upheldShare: 1, meanHoursToDecision: 6, medianHoursToDecision: 6,
    });
    const ops = await s.op(MerchantFiguresDocument, { merchantId: 'm-b', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' }, 'ops_admin');
    expect(ops.data!.merchantSummary).toMatchObject({ chargedUses: 1, money: [{ currency: 'CNY', net: 750 }], appeals: 0, upheldShare: null });
    const after = await s.gql('{ user(id: "u-1") { entitlements { benefit { code } used remaining exemptUsed } } }', {}, 'cs_agent');
    expect(after.data).toEqual(before.data);
    const audit = await s.gql('{ auditLog(first: 5) { edges { node { action entityType } } } }', {}, 'ops_admin');
    expect(audit.data.auditLog.edges.map((e: { node: { action: string } }) => e.node.action).slice(0, 2)).toEqual(['appeal.decide', 'appeal.open']);
  });

  it('a late appeal is refused with a clear userError; a reversed use has nothing to appeal', async () => {
    const late = await usageOp(s, CONSUME, { userId: 'u-1', benefitCode: FRS, orderId: 'o-b1', cause: 'SELLER_FAULT' });
    const reversed = await usageOp(s, CONSUME, { userId: 'u-1', benefitCode: FRS, orderId: 'o-b1', cause: 'SELLER_FAULT' });
    await usageOp(s, REVERSE, { usageId: reversed.usage.id, reason: 'return cancelled' });
    const nothing = await s.op(AppealUsageDocument, { input: { usageId: reversed.usage.id, reason: 'we dispute this', idempotencyKey: newKey() } }, await merchant(s, 'm-b'));
    expect(nothing.data!.appealUsage.userErrors.map((e) => e.code)).toEqual(['NOT_CHARGED']);
    s.clock.advance(15 * 86_400_000);
    const before = await rowCounts(s.db);
    const r = await s.op(AppealUsageDocument, { input: { usageId: late.usage.id, reason: 'we dispute this', idempotencyKey: newKey() } }, await merchant(s, 'm-b'));
    expect(r.data!.appealUsage.userErrors).toEqual([expect.objectContaining({ code: 'APPEAL_WINDOW_CLOSED', field: 'input.usageId', message: expect.stringContaining('closed at 2026-11-19') })]);
    expect(await rowCounts(s.db)).toEqual(before);
    // The reversal took back the whole charge: m-b pays only its share of the budget and the late use.
    expect(await ledgerNet(s)).toMatchObject({ 'm-a': 0, 'm-b': 750 + UNIT_COST });
    expect(await expectLedgerClean(s)).toMatchObject({ drift: [] });
  });

  it('verifyLedger finds a charge row that does not add up to what its use owes', async () => {
    await s.db.query(
      `INSERT INTO usage_charges (id, usage_id, user_id, benefit_id, merchant_id, kind, merchant_amount, platform_amount, currency, actor_id, created_at)
       SELECT 'tampered', id, user_id, benefit_id, merchant_id, 'CHARGE', 1, 0, 'CNY', 'someone', created_at FROM usage_entries WHERE id = ?`,
      [sellerFaultUse],
    );
    const r = await s.gql('{ verifyLedger { drift { userId } chargeDrift { usageId state expectedMerchant expectedPlatform chargedMerchant chargedPlatform } } }', {}, 'ops_admin');
    expect(r.data.verifyLedger).toEqual({
      drift: [],
      chargeDrift: [{ usageId: sellerFaultUse, state: 'CAPTURED', expectedMerchant: 0, expectedPlatform: UNIT_COST, chargedMerchant: 1, chargedPlatform: UNIT_COST }],
    });
    await s.db.query(`DELETE FROM usage_charges WHERE id = 'tampered'`);
    await expectLedgerClean(s);
  });
});

/** A real, moving clock: racing requests each decide at their own instant. */
class MovingClock extends TestClock {
  override readonly read = () => new Date();
}

describe('racing appeals and decisions (real clock)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ clock: new MovingClock() });
    await catalog(s);
    await assignMembership(s, { userId: 'u-r', tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
    await recordOrder(s, { id: 'o-r', userId: 'u-r', merchantId: 'm-r', amount: 9900, placedAt: new Date(Date.now() - 86_400_000).toISOString() });
  }, 60_000);
  afterAll(() => s?.stop());

  it('exactly one appeal per use and one decision per appeal, with the same and different keys', async () => {
    const use = await usageOp(s, CONSUME, { userId: 'u-r', benefitCode: FRS, orderId: 'o-r', cause: 'SELLER_FAULT' });
    const token = await merchant(s, 'm-r');
    const shared = newKey('appeal');
    const keys = [shared, shared, shared, newKey('a'), newKey('a'), newKey('a')];
    const filed = await Promise.all(keys.map((idempotencyKey) =>
      s.op(AppealUsageDocument, { input: { usageId: use.usage.id, reason: 'racing appeal', idempotencyKey } }, token)));
    expect(filed.flatMap((r) => r.errors ?? [])).toEqual([]);
    const made = filed.map((r) => r.data!.appealUsage).filter((p) => p.appeal);
    const ids = new Set(made.map((p) => p.appeal!.id));
    expect(ids.size).toBe(1);
    for (const p of filed.map((r) => r.data!.appealUsage).filter((p) => !p.appeal)) expect(p.userErrors.map((e) => e.code)).toEqual(['APPEAL_EXISTS']);
    const [appealId] = ids;
    expect(Number((await s.db.query('SELECT COUNT(*) AS n FROM appeals WHERE usage_id = ?', [use.usage.id]))[0].n)).toBe(1);

    // Three repeats of one request (same key, same payload), and three different decisions.
    const sameKey = newKey('decide');
    const inputs = [
      ...[0, 1, 2].map(() => ({ appealId, decision: 'UPHELD' as const, note: 'racing decision (repeated)', idempotencyKey: sameKey })),
      ...(['REJECTED', 'UPHELD', 'REJECTED'] as const).map((decision, i) => ({ appealId, decision, note: `racing decision ${i}`, idempotencyKey: newKey() })),
    ];
    const decided = await Promise.all(inputs.map((input) => s.op(DecideAppealDocument, { input }, 'ops_admin')));
    expect(decided.flatMap((r) => r.errors ?? [])).toEqual([]);
    const answers = decided.map((r) => r.data!.decideAppeal);
    const winners = new Set(answers.map((p) => p.appeal && JSON.stringify(p.appeal)).filter(Boolean));
    expect(winners.size).toBe(1);
    for (const p of answers.filter((a) => !a.appeal)) expect(p.userErrors.map((e) => e.code)).toEqual(['APPEAL_DECIDED']);
    const winner = JSON.parse([...winners][0]!);
    const stored = await s.db.query('SELECT state, decision_note FROM appeals WHERE id = ?', [appealId]);
    expect(stored).toEqual([{ state: winner.state, decision_note: winner.decisionNote }]);
    const moves: Array<{ n: number | string }> = await s.db.query("SELECT COUNT(*) AS n FROM usage_charges WHERE usage_id = ? AND kind = 'APPEAL_UPHELD'", [use.usage.id]);
    expect(Number(moves[0].n)).toBe(winner.state === 'UPHELD' ? 1 : 0);
    expect(await ledgerNet(s)).toMatchObject(winner.state === 'UPHELD' ? { 'm-r': 0, platform: UNIT_COST } : { 'm-r': UNIT_COST, platform: 0 });
    expect(await expectLedgerClean(s)).toMatchObject({ drift: [] });
  });
});
