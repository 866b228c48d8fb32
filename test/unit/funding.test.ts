// Who pays for a use and whether it spends quota: pure decisions, with literal facts.
import fc from 'fast-check';
import { chargeOf, merchantShare, spendsQuota } from '../../src/domain/funding';
import type { RuleFunding } from '../../src/domain/types';
import { COMPENSATION, GOLD, input, local, membership, order, resolveOne, rule, SHIPPING, use } from './fixtures';

const funding = (o: Partial<RuleFunding>): RuleFunding =>
  ({ funder: null, merchantShareBp: null, unitCost: null, costCurrency: null, quotaCauses: null, appealWindowDays: null, ...o });
const ask = (o: Partial<Parameters<typeof chargeOf>[0]> = {}) =>
  chargeOf({ benefit: SHIPPING, rule: rule(GOLD, SHIPPING, { funding: funding({ unitCost: 1200 }) }), cause: 'CUSTOMER_PREFERENCE', amount: 1, order: order(), defaultCurrency: 'CNY', ...o });

describe('spendsQuota', () => {
  it('by default only a customer-preference use spends quota', () => {
    const r = rule(GOLD, SHIPPING);
    expect(['CUSTOMER_PREFERENCE', 'SELLER_FAULT', 'LOGISTICS', 'QUALITY_ISSUE', 'STATUTORY'].filter((c) => spendsQuota(r, c as never))).toEqual(['CUSTOMER_PREFERENCE']);
  });
  it("a rule version's quotaCauses decide", () => {
    const r = rule(GOLD, SHIPPING, { funding: funding({ quotaCauses: ['CUSTOMER_PREFERENCE', 'STATUTORY'] }) });
    expect(spendsQuota(r, 'STATUTORY')).toBe(true);
    expect(spendsQuota(r, 'SELLER_FAULT')).toBe(false);
  });
});

describe('chargeOf', () => {
  it("the rule's funder, the benefit's fundedBy when the rule names none, the unit cost times the amount", () => {
    expect(ask({ amount: 3 })).toEqual({ funder: 'PLATFORM', merchantShareBp: 0, merchantId: 'm-1', cost: 3600, currency: 'CNY', merchantAmount: 0, platformAmount: 3600 });
    const merchantFunded = { ...SHIPPING, fundedBy: 'MERCHANT' as const };
    expect(ask({ benefit: merchantFunded })).toMatchObject({ funder: 'MERCHANT', merchantShareBp: 10000, merchantAmount: 1200, platformAmount: 0 });
  });
  it('SELLER_FAULT charges the merchant and LOGISTICS the platform, whatever the rule says', () => {
    const split = rule(GOLD, SHIPPING, { funding: funding({ funder: 'SPLIT', merchantShareBp: 3000, unitCost: 1000, costCurrency: 'USD' }) });
    expect(ask({ rule: split })).toMatchObject({ funder: 'SPLIT', merchantAmount: 300, platformAmount: 700, currency: 'USD' });
    expect(ask({ rule: split, cause: 'SELLER_FAULT' })).toMatchObject({ funder: 'MERCHANT', merchantShareBp: 10000, merchantAmount: 1000 });
    expect(ask({ rule: split, cause: 'LOGISTICS' })).toMatchObject({ funder: 'PLATFORM', merchantShareBp: 0, merchantAmount: 0, platformAmount: 1000 });
  });
  it('no merchant is charged without an order', () => {
    expect(ask({ cause: 'SELLER_FAULT', order: null })).toMatchObject({ funder: 'PLATFORM', merchantShareBp: 0, merchantId: null, platformAmount: 1200 });
  });
  it('a money budget costs its amount, in its currency; cost 0 when the rule names no unit cost', () => {
    expect(ask({ benefit: COMPENSATION, rule: rule(GOLD, COMPENSATION), amount: 4321 })).toMatchObject({ cost: 4321, currency: 'CNY', platformAmount: 4321 });
    expect(ask({ rule: rule(GOLD, SHIPPING), amount: 5 })).toMatchObject({ cost: 0, merchantAmount: 0, platformAmount: 0 });
  });
  it('refuses a cost past 2^53−1 (null)', () => {
    expect(ask({ rule: rule(GOLD, SHIPPING, { funding: funding({ unitCost: 2 ** 52 }) }), amount: 4 })).toBeNull();
  });
  it('the two parts always add up to the cost, the merchant part rounded half up', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 10000 }), (cost, bp) => {
      const m = merchantShare(cost, bp);
      const exact = (BigInt(cost) * BigInt(bp) * 2n + 10000n) / 20000n;
      return m === Number(exact) && m >= 0 && m <= cost && Number.isSafeInteger(cost - m);
    }));
    expect(merchantShare(3001, 2500)).toBe(750); // 750.25
    expect(merchantShare(3002, 2500)).toBe(751); // 750.5 rounds up
  });
});

describe('exempt uses in resolution', () => {
  const at = local('2026-11-20T12:00');
  const base = {
    at, rules: [rule(GOLD, SHIPPING)], memberships: [membership(GOLD, local('2026-01-01T00:00'))],
  };
  it('count apart: used and remaining see only quota-spending uses, exemptUsed/exemptHeld the rest', () => {
    const e = resolveOne(input({
      ...base,
      usage: [
        use(SHIPPING, local('2026-11-03T10:00')),
        use(SHIPPING, local('2026-11-04T10:00'), { spendsQuota: false }),
        use(SHIPPING, local('2026-11-05T10:00'), { spendsQuota: false, state: 'HELD', expiresAt: local('2026-11-25T00:00') }),
        use(SHIPPING, local('2026-10-30T10:00'), { spendsQuota: false }), // last month: not in this period
      ],
    }));
    expect(e).toMatchObject({ status: 'AVAILABLE', used: 1, held: 0, remaining: 2, exemptUsed: 1, exemptHeld: 1 });
  });
  it('a member at the limit stays EXHAUSTED however many exempt uses are added', () => {
    const spent = [3, 4, 5].map((d) => use(SHIPPING, local(`2026-11-0${d}T10:00`)));
    const e = resolveOne(input({ ...base, usage: [...spent, use(SHIPPING, local('2026-11-06T10:00'), { spendsQuota: false })] }));
    expect(e).toMatchObject({ status: 'EXHAUSTED', used: 3, remaining: 0, exemptUsed: 1 });
  });
});
