// Loads the facts one resolution needs through the request's loaders (so many users and orders
// in one request cost the same handful of statements) and runs the pure decision code.
import { Benefit, Order, Tier, TierBenefitRule } from '../../entities';
import { RequestContext } from '../context';
import { resolveEntitlements } from '../domain/resolution';
import { Entitlement } from '../domain/types';
import { badInput, notFound } from '../errors';
import { benefitFacts, grantFacts, membershipFacts, orderFacts, ruleFacts, tierFacts, usageFacts } from './facts';

/** An entitlement whose tier, rule and benefit are the stored rows, for the API to show. */
export type EntitlementView = Omit<Entitlement, 'benefit' | 'tier' | 'rule'> & {
  benefit: Benefit;
  tier: Tier | null;
  rule: TierBenefitRule | null;
};

export async function entitlementsOf(
  ctx: RequestContext,
  userId: string,
  opts: { order?: Parameters<typeof orderFacts>[0] | null; at?: Date | null } = {},
): Promise<EntitlementView[]> {
  const at = opts.at ?? ctx.now;
  const l = ctx.loaders;
  const [benefits, tiers, rules, memberships, usage, grants] = await Promise.all([
    l.benefits(), l.tiers(), l.rules(), l.membershipsByUser.load(userId), l.countingUsageByUser.load(userId), l.grantsByUser.load(userId),
  ]);
  const live = benefits.filter((b) => !b.archivedAt);
  const resolved = resolveEntitlements({
    at,
    timeZone: ctx.config.businessTimeZone,
    userId,
    benefits: live.map(benefitFacts),
    tiers: tiers.map(tierFacts),
    rules: rules.map(ruleFacts),
    memberships: memberships.map(membershipFacts),
    order: opts.order ? orderFacts(opts.order) : null,
    // An as-of question must not see uses made after it.
    usage: usage.filter((u) => u.createdAt <= at).map(usageFacts),
    grants: grants.map(grantFacts),
  });
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const [benefitRows, tierRows, ruleRows] = [byId(live), byId(tiers), byId(rules)];
  return resolved.map((e) => ({
    ...e,
    benefit: benefitRows.get(e.benefit.id)!,
    tier: e.tier ? tierRows.get(e.tier.id) ?? null : null,
    rule: e.rule ? ruleRows.get(e.rule.id) ?? null : null,
  }));
}

/** The order a user-level entitlement question is asked about; it must be that user's. */
export async function orderOfUser(ctx: RequestContext, userId: string, orderId: string): Promise<Order> {
  const order = await ctx.loaders.orderById.load(orderId);
  if (!order) throw notFound('Order', orderId);
  if (order.userId !== userId) throw badInput([{ field: 'orderId', message: `order ${orderId} does not belong to user ${userId}` }]);
  return order;
}
