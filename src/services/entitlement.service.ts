// Loads the facts one resolution needs and runs the pure decision code. "Now" is decided on the
// usage counters (one statement for any number of members, whatever their history); an instant
// in the past is replayed from the ledger and its moves, so it answers what was true then.
import { Benefit, Order, Tier, TierBenefitRule } from '../../entities';
import { RequestContext } from '../context';
import { stateAt } from '../domain/ledger';
import { resolveEntitlements } from '../domain/resolution';
import { Entitlement, UsageFacts } from '../domain/types';
import { badInput, notFound } from '../errors';
import { Catalog } from './catalog';
import { orderFacts, usageFacts } from './facts';
import { sendsTogether, together } from '../db/batch';
import { lockMemberBenefit, lockStatement } from './counter';
import {
  counterWindow, MemberFacts, memberFactsFrom, MemberFactsQuery, MemberFactsRow, memberFactsStatement, readMemberFacts,
} from './member-facts';

/** An entitlement whose tier, rule and benefit are the stored rows, for the API to show. */
export type EntitlementView = Omit<Entitlement, 'benefit' | 'tier' | 'rule'> & {
  benefit: Benefit;
  tier: Tier | null;
  rule: TierBenefitRule | null;
};

export type OrderRecord = Parameters<typeof orderFacts>[0];

export interface Decision {
  catalog: Catalog;
  facts: MemberFacts;
  order: OrderRecord | null;
  at: Date;
  /** Only these benefits (default: every live benefit). */
  benefits?: Benefit[];
  /** The ledger as it stood at `at`, instead of the counters (questions about the past). */
  usage?: UsageFacts[];
}

/** Runs the pure decision code on loaded facts and maps its answer back to rows. */
export function decide(ctx: RequestContext, d: Decision): EntitlementView[] {
  const { catalog, facts } = d;
  const only = d.benefits && new Set(d.benefits.map((b) => b.id));
  const benefits = only ? catalog.liveBenefits.filter((b) => only.has(b.id)) : catalog.liveBenefits;
  const resolved = resolveEntitlements({
    at: d.at,
    timeZone: ctx.config.businessTimeZone,
    userId: facts.userId,
    benefits,
    tiers: catalog.tierFacts,
    rules: catalog.ruleBook,
    memberships: facts.memberships,
    order: d.order ? orderFacts(d.order) : null,
    ...(d.usage ? { usage: d.usage } : { spend: facts.spend, holds: facts.holds }),
    // A committed grant counts from then on, whatever this server's clock says: its startsAt is
    // the granting server's clock, which may be ahead. Only questions about the past go by startsAt.
    grants: d.usage ? facts.grants : facts.grants.map((g) => (g.startsAt > d.at ? { ...g, startsAt: d.at } : g)),
  });
  return resolved.map((e) => ({
    ...e,
    benefit: catalog.benefitById.get(e.benefit.id)!,
    tier: e.tier ? catalog.tierById.get(e.tier.id) ?? null : null,
    rule: e.rule ? catalog.ruleById.get(e.rule.id) ?? null : null,
  }));
}

export async function entitlementsOf(
  ctx: RequestContext,
  userId: string,
  opts: { order?: OrderRecord | null; at?: Date | null; benefitCodes?: string[] | null } = {},
): Promise<EntitlementView[]> {
  const order = opts.order ?? null;
  const at = opts.at ?? ctx.now;
  const facts = await ctx.loaders.memberFacts.load({ userId, orderId: order?.id ?? null });
  const catalog = await ctx.catalog.atLeast(facts.catalogVersion);
  const benefits = opts.benefitCodes ? benefitsNamed(catalog, opts.benefitCodes) : undefined;
  const past = at.getTime() < ctx.now.getTime();
  const usage = past ? await ledgerAt(ctx, userId, at) : undefined;
  const views = decide(ctx, { catalog, facts, order, at, usage, benefits });
  return benefits ? benefits.flatMap((b) => views.filter((v) => v.benefit.id === b.id)) : views;
}

function benefitsNamed(catalog: Catalog, codes: string[]): Benefit[] {
  const unknown = codes.filter((c) => !catalog.benefitByCode.has(c));
  if (unknown.length) throw badInput([{ field: 'benefitCodes', message: `unknown benefit code(s): ${unknown.join(', ')}` }]);
  return codes.map((c) => catalog.benefitByCode.get(c)!);
}

/**
 * One member's facts read for a write through the handle in scope (a transaction's, after its
 * lock, for fresh facts), and the catalog to decide them with: at least the version the read saw.
 */
export async function factsForWrite(ctx: RequestContext, userId: string, order: OrderRecord | null): Promise<{ facts: MemberFacts; catalog: Catalog }> {
  const read = await readMemberFacts(ctx.em, factsQuery(await ctx.catalog.get(), ctx, userId, order));
  return { facts: read.members.get(userId)!, catalog: await ctx.catalog.atLeast(read.catalogVersion) };
}

/**
 * The member's benefit locked (its TOTAL row, counter.ts) and then the member's facts read, for a
 * write that decides under the lock. On MariaDB both go in one round trip (db/batch.ts: the read
 * starts once the lock is granted), so the lock is held one round trip shorter. `locked`: the row
 * existed (the member has booked the benefit before).
 */
export async function lockedFactsForWrite(
  ctx: RequestContext, userId: string, benefitId: string, order: OrderRecord | null,
): Promise<{ facts: MemberFacts; catalog: Catalog; locked: boolean }> {
  if (!sendsTogether(ctx.em)) {
    const locked = await lockMemberBenefit(ctx.em, userId, benefitId);
    return { ...(await factsForWrite(ctx, userId, order)), locked };
  }
  const q = factsQuery(await ctx.catalog.get(), ctx, userId, order);
  const [lock, rows] = await together<MemberFactsRow>(ctx.em, [lockStatement(ctx.em, userId, benefitId), memberFactsStatement(q)]);
  const read = memberFactsFrom(rows, q);
  return { facts: read.members.get(userId)!, catalog: await ctx.catalog.atLeast(read.catalogVersion), locked: lock.length > 0 };
}

const factsQuery = (known: Catalog, ctx: RequestContext, userId: string, order: OrderRecord | null): MemberFactsQuery => ({
  userIds: [userId],
  orderIds: order ? [order.id] : [],
  ...counterWindow(known, ctx.now, ctx.config.businessTimeZone),
});

export function entitlementOfBenefit(ctx: RequestContext, catalog: Catalog, facts: MemberFacts, benefit: Benefit, order: OrderRecord | null): EntitlementView {
  return decide(ctx, { catalog, facts, order, at: ctx.now, benefits: [benefit] })[0];
}

/** The member's entries made by `at`, each in the state it had then. */
async function ledgerAt(ctx: RequestContext, userId: string, at: Date): Promise<UsageFacts[]> {
  const ledger = await ctx.loaders.ledgerAsOf.load({ userId, at });
  return ledger.map(({ entry, moves }) => ({
    ...usageFacts(entry),
    state: stateAt(entry.state, moves, at),
  }));
}

/**
 * The order a question or a use is about; it must be that user's. `field` is the input path the
 * client named it by ('orderId', 'input.orderId').
 */
export async function orderOfUser(ctx: RequestContext, userId: string, orderId: string, field = 'orderId'): Promise<Order> {
  return ownOrder(await ctx.loaders.orderById.load(orderId), userId, orderId, field);
}

function ownOrder(order: Order | null | undefined, userId: string, orderId: string, field: string): Order {
  if (!order) throw notFound('Order', orderId);
  if (order.userId !== userId) throw badInput([{ field, message: `order ${orderId} does not belong to user ${userId}` }]);
  return order;
}

/**
 * A write's precheck, outside its transaction, in one statement: the member's facts, the order the
 * write names (it must be the member's; input field `field`) and whether the write's idempotency
 * key is stored already (then the write is a repeat and nothing else matters).
 */
export async function factsForPrecheck(
  ctx: RequestContext, userId: string, orderId: string | null, idempotencyKey: string, field: string,
): Promise<{ keyStored: true } | { keyStored: false; facts: MemberFacts; catalog: Catalog; order: Order | null }> {
  const read = await readMemberFacts(ctx.em, { ...factsQuery(await ctx.catalog.get(), ctx, userId, null), orderIds: orderId ? [orderId] : [], idempotencyKey });
  if (read.keyStored) return { keyStored: true };
  const order = orderId ? ownOrder(read.orders.get(orderId), userId, orderId, field) : null;
  return { keyStored: false, facts: read.members.get(userId)!, catalog: await ctx.catalog.atLeast(read.catalogVersion), order };
}
