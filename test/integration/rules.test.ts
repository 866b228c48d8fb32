// Rule versioning: a change closes the version in force and opens a new one, scheduled changes
// take effect at their time, versions never overlap, and Tier.rules(at) reproduces the past.
import { EndTierBenefitDocument, OpsTierDocument, SetTierBenefitDocument } from '../../clients/ops/graphql';
import { basicCatalog, setRule } from '../support/fixtures';
import { errorCode, printed, rowCounts, startTestServer, TestServer } from '../support/harness';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  s.clock.set('2026-10-01T00:00:00Z');
  await basicCatalog(s);
});
afterAll(() => s.stop());

// The ops console's documents, as printed and sent (untyped here: some inputs are deliberately invalid).
const SET = printed(SetTierBenefitDocument);
const END = printed(EndTierBenefitDocument);
const rulesAt = async (tier: string, at?: string) => (await s.op(OpsTierDocument, { code: tier, at })).data!.tier!.rules;
const shipping = { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', period: 'CALENDAR_MONTH' };

it('sets a rule with conditions, audited; each rule carries its tier and benefit', async () => {
  const r = await s.gql(SET, { input: { ...shipping, limit: 3, conditions: { minOrderAmount: 5000, categoriesExclude: ['VIRTUAL'], claimWindowDays: 30 } } });
  expect(r.data.setTierBenefit.userErrors).toEqual([]);
  expect(r.data.setTierBenefit.rule).toMatchObject({
    limit: 3, effectiveFrom: '2026-10-01T00:00:00.000Z', effectiveTo: null, tier: { code: 'GOLD' }, benefit: { code: 'FREE_RETURN_SHIPPING' },
    conditions: { minOrderAmount: 5000, categoriesExclude: ['VIRTUAL'], claimWindowDays: 30 },
  });
  expect(await rulesAt('GOLD')).toMatchObject([{ limit: 3, tier: { code: 'GOLD' }, benefit: { code: 'FREE_RETURN_SHIPPING' } }]);
});

it('changing a rule closes the version in force and opens a new one; the past is reproducible', async () => {
  s.clock.set('2026-10-15T00:00:00Z');
  await setRule(s, { ...shipping, limit: 5 });
  expect((await rulesAt('GOLD', '2026-10-10T00:00:00Z')).map((r) => r.limit)).toEqual([3]);
  expect((await rulesAt('GOLD', '2026-10-15T00:00:00Z')).map((r) => r.limit)).toEqual([5]);
  expect((await rulesAt('GOLD', '2026-10-14T23:59:59.999Z'))[0]).toMatchObject({ limit: 3, effectiveTo: '2026-10-15T00:00:00.000Z' });
  const audit = await s.gql(`{ auditLog(first: 2) { edges { node { action before after } } } }`);
  expect(audit.data.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['rule.set', 'rule.close']);
});

it('a change effective in the future is scheduled, not applied now, and takes effect at its time', async () => {
  await setRule(s, { ...shipping, limit: 8, effectiveFrom: '2027-01-01T00:00:00+08:00' });
  expect((await rulesAt('GOLD')).map((r) => r.limit)).toEqual([5]);
  s.clock.set('2026-12-31T15:59:59.999Z');
  expect((await rulesAt('GOLD')).map((r) => r.limit)).toEqual([5]);
  s.clock.set('2026-12-31T16:00:00.000Z');
  expect((await rulesAt('GOLD')).map((r) => r.limit)).toEqual([8]);
  s.clock.set('2026-10-20T00:00:00Z');
});

it('never lets two versions overlap', async () => {
  const before = await rowCounts(s.db);
  // open-ended from Nov 1 would run into the version scheduled for Jan 1
  const r = await s.gql(SET, { input: { ...shipping, limit: 6, effectiveFrom: '2026-11-01T00:00:00Z' } });
  expect(r.data.setTierBenefit).toMatchObject({ rule: null, userErrors: [{ code: 'RULE_OVERLAP', field: 'input.effectiveTo', message: expect.stringContaining('2026-12-31T16:00:00.000Z') }] });
  expect(await rowCounts(s.db)).toEqual(before);
  // bounded to end where the scheduled one starts: fine
  await setRule(s, { ...shipping, limit: 6, effectiveFrom: '2026-11-01T00:00:00Z', effectiveTo: '2026-12-31T16:00:00Z' });
  const history = await s.db.query(`SELECT effective_from AS f, effective_to AS t FROM tier_benefit_rules r JOIN tiers ON tiers.id = r.tier_id WHERE tiers.code = 'GOLD'`);
  const ranges = history
    .map((h: { f: string | Date; t: string | Date | null }) => [new Date(h.f).getTime(), h.t === null ? Infinity : new Date(h.t).getTime()])
    .filter(([f, t]: number[]) => t > f)
    .sort((a: number[], b: number[]) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBeGreaterThanOrEqual(ranges[i - 1][1]);
  expect(ranges).toHaveLength(4); // 3 → 5 → 6 → (scheduled) 8
});

it('re-setting a scheduled version for the same instant replaces it', async () => {
  await setRule(s, { ...shipping, limit: 9, effectiveFrom: '2027-01-01T00:00:00+08:00' });
  expect((await rulesAt('GOLD', '2027-02-01T00:00:00Z')).map((r) => r.limit)).toEqual([9]);
});

it('refuses rules in the past, malformed shapes and unknown codes', async () => {
  const before = await rowCounts(s.db);
  const past = await s.gql(SET, { input: { ...shipping, limit: 1, effectiveFrom: '2026-01-01T00:00:00Z' } });
  expect(past.data.setTierBenefit.userErrors[0]).toMatchObject({ code: 'RULE_IN_PAST', field: 'input.effectiveFrom' });
  const noLimit = await s.gql(SET, { input: { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', period: 'CALENDAR_QUARTER' } });
  expect(noLimit.data.setTierBenefit.userErrors[0]).toMatchObject({ code: 'RULE_SHAPE', field: 'input.limit' });
  const accessWithLimit = await s.gql(SET, { input: { tierCode: 'GOLD', benefitCode: 'DEDICATED_CHANNEL', limit: 1 } });
  expect(accessWithLimit.data.setTierBenefit.userErrors[0].code).toBe('RULE_SHAPE');
  const rollingNoDays = await s.gql(SET, { input: { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 100, period: 'ROLLING_DAYS' } });
  expect(rollingNoDays.data.setTierBenefit.userErrors[0]).toMatchObject({ code: 'RULE_SHAPE', field: 'input.periodDays' });
  const badRange = await s.gql(SET, { input: { ...shipping, limit: 1, effectiveFrom: '2027-03-01T00:00:00Z', effectiveTo: '2027-02-01T00:00:00Z' } });
  expect(badRange.data.setTierBenefit.userErrors[0]).toMatchObject({ code: 'INVALID_RANGE', field: 'input.effectiveTo' });
  const badInput = await s.gql(SET, { input: { ...shipping, limit: -1, conditions: { claimWindowDays: -2 } } });
  expect(errorCode(badInput)).toBe('BAD_USER_INPUT');
  expect(badInput.errors![0].extensions!.fields.map((f: { field: string }) => f.field).sort()).toEqual(['input.conditions.claimWindowDays', 'input.limit']);
  expect(errorCode(await s.gql(SET, { input: { ...shipping, tierCode: 'NOPE', limit: 1 } }))).toBe('NOT_FOUND');
  expect(errorCode(await s.gql(SET, { input: { ...shipping, benefitCode: 'NOPE', limit: 1 } }))).toBe('NOT_FOUND');
  expect(await rowCounts(s.db)).toEqual(before);
});

it('ends a benefit for a tier, cancelling what was scheduled after', async () => {
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'DEDICATED_CHANNEL', config: { channel: 'VIP_HOTLINE' } });
  const r = await s.gql(END, { input: { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', effectiveTo: '2026-12-01T00:00:00Z' } });
  expect(r.data.endTierBenefit.rule.effectiveTo).toBe('2026-12-01T00:00:00.000Z');
  expect(await rulesAt('GOLD', '2027-02-01T00:00:00Z')).toMatchObject([{ benefit: { code: 'DEDICATED_CHANNEL' }, tier: { code: 'GOLD' } }]);
  expect((await rulesAt('GOLD', '2026-11-15T00:00:00Z')).map((x) => x.limit).sort()).toEqual([6, null]);
  const again = await s.gql(END, { input: { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', effectiveTo: '2027-06-01T00:00:00Z' } });
  expect(again.data.endTierBenefit.userErrors[0].code).toBe('RULE_NOT_FOUND');
});

it('is for ops only', async () => {
  for (const role of ['customer', 'cs_agent', 'service'] as const) {
    expect(errorCode(await s.gql(SET, { input: { ...shipping, limit: 1 } }, role))).toBe('FORBIDDEN');
    expect(errorCode(await s.gql(END, { input: { tierCode: 'GOLD', benefitCode: 'DEDICATED_CHANNEL' } }, role))).toBe('FORBIDDEN');
  }
  expect(errorCode(await s.gql(SET, { input: { ...shipping, limit: 1 } }, null))).toBe('UNAUTHENTICATED');
});
