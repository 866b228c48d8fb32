// The development demo: four tiers, the spec's benefits with rules, users holding each tier and
// a few orders. Written through the services, so it obeys the same rules and lands in the audit log.
import { DataSource } from 'typeorm';
import { Tier } from '../../entities';
import { Config } from '../config';
import { createRequestContext, RequestContext } from '../context';
import { CatalogCache } from '../services/catalog';
import { defineBenefit, DefineBenefitInput } from '../services/benefit.service';
import { assignMembership } from '../services/membership.service';
import { recordOrder } from '../services/order.service';
import { Outcome } from '../services/outcome';
import { setTierBenefit, SetTierBenefitInput } from '../services/rule.service';
import { createTier } from '../services/tier.service';

const DAY = 24 * 3600 * 1000;
/** How long ago the demo catalog was written; memberships start 200 days ago. */
const CATALOG_AGE_DAYS = 365;

const TIERS = [
  { code: 'REGULAR', name: 'Regular', rank: 0, isDefault: true, description: 'Every customer.' },
  { code: 'SILVER', name: 'Silver', rank: 10, description: 'Frequent shoppers.' },
  { code: 'GOLD', name: 'Gold', rank: 20, description: 'Our best customers.' },
  { code: 'BLACK', name: 'Black', rank: 30, description: 'Invitation only.' },
];

const BENEFITS: DefineBenefitInput[] = [
  { code: 'DEDICATED_CHANNEL', name: 'Dedicated support channel', kind: 'ACCESS', fundedBy: 'PLATFORM' },
  { code: 'PRIORITY_HANDLING', name: 'Priority handling', kind: 'ACCESS', fundedBy: 'PLATFORM' },
  { code: 'EXTENDED_RETURN_WINDOW', name: 'Extended return window', kind: 'ACCESS', fundedBy: 'MERCHANT' },
  { code: 'FREE_RETURN_SHIPPING', name: 'Free return shipping', kind: 'COUNT', unit: 'return', fundedBy: 'PLATFORM' },
  { code: 'PRICE_PROTECTION', name: 'Price protection', kind: 'COUNT', unit: 'claim', fundedBy: 'MERCHANT' },
  { code: 'COMPENSATION_BUDGET', name: 'Goodwill compensation', kind: 'AMOUNT', unit: 'CNY', fundedBy: 'PLATFORM' },
  { code: 'INSTANT_REFUND', name: 'Instant refund', kind: 'ACCESS', fundedBy: 'PLATFORM' },
];

type RuleSeed = Omit<SetTierBenefitInput, 'tierCode'>;
const returns = (limit: number, claimWindowDays: number, extra: Partial<RuleSeed> = {}): RuleSeed => ({
  benefitCode: 'FREE_RETURN_SHIPPING', limit, period: 'CALENDAR_MONTH', conditions: { claimWindowDays, categoriesExclude: ['VIRTUAL'] }, ...extra,
});

const RULES: Record<string, RuleSeed[]> = {
  REGULAR: [returns(1, 7, { conditions: { claimWindowDays: 7, minOrderAmount: 9900, categoriesExclude: ['VIRTUAL'] } })],
  SILVER: [
    returns(2, 15),
    { benefitCode: 'EXTENDED_RETURN_WINDOW', config: { returnWindowDays: 15 } },
    { benefitCode: 'PRICE_PROTECTION', limit: 1, period: 'CALENDAR_QUARTER', conditions: { claimWindowDays: 15 } },
  ],
  GOLD: [
    { benefitCode: 'DEDICATED_CHANNEL', config: { channel: 'VIP_HOTLINE' } },
    { benefitCode: 'PRIORITY_HANDLING', config: { priority: 2, slaMinutes: 120 } },
    { benefitCode: 'EXTENDED_RETURN_WINDOW', config: { returnWindowDays: 30 } },
    returns(3, 30, { perOrderLimit: 1, conditions: { claimWindowDays: 30, minOrderAmount: 5000, categoriesExclude: ['VIRTUAL'] } }),
    { benefitCode: 'PRICE_PROTECTION', limit: 2, period: 'CALENDAR_QUARTER', conditions: { claimWindowDays: 15 } },
    { benefitCode: 'COMPENSATION_BUDGET', limit: 20000, period: 'CALENDAR_QUARTER', perOrderLimit: 10000 },
  ],
  BLACK: [
    { benefitCode: 'DEDICATED_CHANNEL', config: { channel: 'BLACK_CONCIERGE' } },
    { benefitCode: 'PRIORITY_HANDLING', config: { priority: 1, slaMinutes: 30 } },
    { benefitCode: 'EXTENDED_RETURN_WINDOW', config: { returnWindowDays: 60 } },
    returns(10, 60),
    { benefitCode: 'PRICE_PROTECTION', limit: 5, period: 'CALENDAR_QUARTER', conditions: { claimWindowDays: 30 } },
    { benefitCode: 'COMPENSATION_BUDGET', limit: 100000, period: 'CALENDAR_QUARTER' },
    { benefitCode: 'INSTANT_REFUND', config: { maxAmount: 200000 } },
  ],
};

const CATEGORIES = ['APPAREL', 'ELECTRONICS', 'VIRTUAL'];

function must<T>(what: string, outcome: Outcome<T>): T {
  if (!outcome.value) throw new Error(`seeding ${what} failed: ${JSON.stringify(outcome.userErrors)}`);
  return outcome.value;
}

/** Seeds an empty database; does nothing when any tier exists. Returns whether it seeded. */
export async function seedDemo(db: DataSource, config: Config, now = new Date()): Promise<boolean> {
  if ((await db.getRepository(Tier).count()) > 0) return false;
  const catalog = new CatalogCache(db);
  const at = (instant: Date): RequestContext =>
    createRequestContext({ requestId: 'seed', actor: { id: 'seed', roles: ['ops_admin'] }, clock: () => instant, db, config, catalog });
  // The catalog is written as it would have been a year ago, before the memberships below began, so
  // that `at` in the past shows real decisions on the demo. Only the seed can do this: the API
  // refuses backdated rules (history is never rewritten).
  const history = at(new Date(now.getTime() - CATALOG_AGE_DAYS * DAY));
  for (const t of TIERS) must(`tier ${t.code}`, await createTier(history, t));
  for (const b of BENEFITS) must(`benefit ${b.code}`, await defineBenefit(history, b));
  for (const [tierCode, rules] of Object.entries(RULES)) {
    for (const r of rules) must(`rule ${tierCode} ${r.benefitCode}`, await setTierBenefit(history, { ...r, tierCode }));
  }
  const ctx = at(now);
  for (const [i, tier] of ['regular', 'silver', 'gold', 'black'].entries()) {
    const userId = `u-${tier}`;
    if (tier !== 'regular') {
      must(`membership ${userId}`, await assignMembership(ctx, {
        userId, tierCode: tier.toUpperCase(), startsAt: new Date(now.getTime() - 200 * DAY), source: 'PURCHASE',
      }));
    }
    for (let n = 1; n <= 3; n++) {
      const placedAt = new Date(now.getTime() - (n * 9 + i) * DAY);
      must(`order o-${tier}-${n}`, await recordOrder(ctx, {
        id: `o-${tier}-${n}`, userId, merchantId: `m-${n}`, category: CATEGORIES[n - 1], amount: [19900, 3000, 64900][n - 1],
        currency: 'CNY', placedAt, deliveredAt: new Date(placedAt.getTime() + 2 * DAY), status: 'DELIVERED',
      }));
    }
  }
  return true;
}
