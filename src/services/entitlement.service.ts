// Loads the facts one resolution needs and runs the pure decision code. Reads go through the
// request's loaders (many users and orders in one request cost the same handful of statements);
// writes re-read inside their transaction, after taking their lock, so they decide on fresh data.
import { EntityManager, In } from 'typeorm';
import { Benefit, Membership, Order, QuotaGrant, Tier, TierBenefitRule, UsageEntry } from '../../entities';
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

export type OrderRecord = Parameters<typeof orderFacts>[0];

/** Everything resolution needs about one user. */
export interface UserFacts {
  benefits: Benefit[];
  tiers: Tier[];
  rules: TierBenefitRule[];
  memberships: Membership[];
  usage: UsageEntry[];
  grants: QuotaGrant[];
}

async function factsFromLoaders(ctx: RequestContext, userId: string): Promise<UserFacts> {
  const l = ctx.loaders;
  const [benefits, tiers, rules, memberships, usage, grants] = await Promise.all([
    l.benefits(), l.tiers(), l.rules(), l.membershipsByUser.load(userId), l.countingUsageByUser.load(userId), l.grantsByUser.load(userId),
  ]);
  return { benefits, tiers, rules, memberships, usage, grants };
}

/** Fresh facts about one user and one benefit, read through a transaction's manager. */
export async function factsForWrite(em: EntityManager, userId: string, benefit: Benefit): Promise<UserFacts> {
  const [tiers, rules, memberships, usage, grants] = await Promise.all([
    em.find(Tier),
    em.findBy(TierBenefitRule, { benefitId: benefit.id }),
    em.findBy(Membership, { userId }),
    em.findBy(UsageEntry, { userId, benefitId: benefit.id, state: In(['HELD', 'CAPTURED']) }),
    em.findBy(QuotaGrant, { userId, benefitId: benefit.id }),
  ]);
  return { benefits: [benefit], tiers, rules, memberships, usage, grants };
}

/** Runs the pure decision code on loaded facts and maps its answer back to rows. */
export function decide(ctx: RequestContext, userId: string, facts: UserFacts, order: OrderRecord | null, at: Date): EntitlementView[] {
  const live = facts.benefits.filter((b) => !b.archivedAt);
  const resolved = resolveEntitlements({
    at,
    timeZone: ctx.config.businessTimeZone,
    userId,
    benefits: live.map(benefitFacts),
    tiers: facts.tiers.map(tierFacts),
    rules: facts.rules.map(ruleFacts),
    memberships: facts.memberships.map(membershipFacts),
    order: order ? orderFacts(order) : null,
    // An as-of question must not see uses made after it.
    usage: facts.usage.filter((u) => u.createdAt <= at).map(usageFacts),
    grants: facts.grants.map(grantFacts),
  });
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const [benefits, tiers, rules] = [byId(live), byId(facts.tiers), byId(facts.rules)];
  return resolved.map((e) => ({
    ...e,
    benefit: benefits.get(e.benefit.id)!,
    tier: e.tier ? tiers.get(e.tier.id) ?? null : null,
    rule: e.rule ? rules.get(e.rule.id) ?? null : null,
  }));
}

export async function entitlementsOf(
  ctx: RequestContext,
  userId: string,
  opts: { order?: OrderRecord | null; at?: Date | null } = {},
): Promise<EntitlementView[]> {
  return decide(ctx, userId, await factsFromLoaders(ctx, userId), opts.order ?? null, opts.at ?? ctx.now);
}

/** The order a user-level entitlement question is asked about; it must be that user's. */
export async function orderOfUser(ctx: RequestContext, userId: string, orderId: string): Promise<Order> {
  const order = await ctx.loaders.orderById.load(orderId);
  if (!order) throw notFound('Order', orderId);
  if (order.userId !== userId) throw badInput([{ field: 'orderId', message: `order ${orderId} does not belong to user ${userId}` }]);
  return order;
}
