// Booking benefit use: hold, consume, capture, release, reverse. Each write is idempotent (see
// idempotency.ts), decides with the same pure code as the read side, and changes the ledger and
// its counter in one transaction while holding the counter's row lock.
import crypto from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Benefit, Order, UsageEntry, UsageTransition } from '../../entities';
import { actorOf, RequestContext } from '../context';
import { formatQty } from '../domain/reasons';
import { UsageState } from '../domain/types';
import { badInput, notFound } from '../errors';
import { ensureCounter, lockCounter, lockOrCreateCounter, moveCounter, periodKeyOf } from './counter';
import { decide, EntitlementView, factsForWrite, OrderRecord } from './entitlement.service';
import { benefitFacts } from './facts';
import { once } from './idempotency';
import { Outcome, Refusal, UserError } from './outcome';
import { EntitlementSnapshot, restoreEntitlement, restoreUsage, snapshotEntitlement } from './snapshot';

export interface UseInput {
  userId: string;
  benefitCode: string;
  orderId?: string | null;
  amount?: number | null;
  idempotencyKey: string;
  reason?: string | null;
  expiresInSeconds?: number | null;
}

export interface UsageActionInput {
  usageId: string;
  idempotencyKey: string;
  reason?: string | null;
}

export interface UsageResult {
  usage: UsageEntry;
  entitlement: EntitlementView;
}

interface UsageResponse {
  usage: object;
  entitlement: EntitlementSnapshot;
}

async function restore(ctx: RequestContext, r: UsageResponse): Promise<UsageResult> {
  return { usage: restoreUsage(r.usage), entitlement: await restoreEntitlement(ctx, r.entitlement) };
}

/** The entitlement of one benefit for a user (and order), decided on facts read through `em`. */
async function decideOne(ctx: RequestContext, em: EntityManager, userId: string, benefit: Benefit, order: OrderRecord | null) {
  const facts = await factsForWrite(em, userId, benefit);
  return { facts, view: decide(ctx, userId, facts, order, ctx.now)[0] };
}

/** Why a use of `amount` cannot be booked now, in the entitlement query's own reason codes. */
function refusalOf(view: EntitlementView, amount: number): UserError[] {
  if (view.status !== 'AVAILABLE') return view.reasons.map((r) => ({ code: r.code, field: null, message: r.message }));
  const b = benefitFacts(view.benefit);
  if (view.remaining !== null && amount > view.remaining) {
    return [{ code: 'QUOTA_EXHAUSTED', field: 'input.amount', message: `Only ${formatQty(b, view.remaining)} of ${b.name} is left this period; ${formatQty(b, amount)} was asked for.` }];
  }
  if (view.orderRemaining !== null && amount > view.orderRemaining) {
    return [{ code: 'ORDER_LIMIT_REACHED', field: 'input.amount', message: `Only ${formatQty(b, view.orderRemaining)} of ${b.name} is left on this order; ${formatQty(b, amount)} was asked for.` }];
  }
  return [];
}

async function useBenefit(ctx: RequestContext, operation: string, input: UseInput, state: 'HELD' | 'CAPTURED'): Promise<Outcome<UsageResult>> {
  const db = ctx.db.manager;
  const benefit = await db.findOneBy(Benefit, { code: input.benefitCode });
  if (!benefit) throw notFound('Benefit', input.benefitCode);
  if (benefit.kind === 'AMOUNT' && input.amount == null) {
    throw badInput([{ field: 'input.amount', message: `${benefit.code} is a money budget: amount (minor units) is required` }]);
  }
  const amount = input.amount ?? 1;
  let order: Order | null = null;
  if (input.orderId) {
    order = await db.findOneBy(Order, { id: input.orderId });
    if (!order) throw notFound('Order', input.orderId);
    if (order.userId !== input.userId) throw badInput([{ field: 'input.orderId', message: `order ${order.id} does not belong to user ${input.userId}` }]);
  }
  // Learn which period's counter to lock; create it up front only for a use that looks allowed.
  const premise = (await decideOne(ctx, db, input.userId, benefit, order)).view;
  const counterKey = premise.rule
    ? { userId: input.userId, benefitId: benefit.id, periodKey: periodKeyOf(premise.rule, premise.periodStart) }
    : null;
  const prepare = async () => {
    if (counterKey && refusalOf(premise, amount).length === 0) await ensureCounter(db, counterKey, ctx.now);
  };

  return once<UsageResponse, UsageResult>(ctx, operation, input, async (em) => {
    let counter = counterKey ? await lockCounter(em, counterKey) : null;
    // Decide again now that no other writer of this period can commit: this is the check that holds.
    const { facts, view } = await decideOne(ctx, em, input.userId, benefit, order);
    const refusal = refusalOf(view, amount);
    if (refusal.length) throw new Refusal(refusal);
    if (!view.rule) throw new Error('an AVAILABLE entitlement always has a rule');
    // The premise may have named another period or none (a rule changed or a grant landed in
    // between): then lock, or create, the counter this decision books on.
    const periodKey = periodKeyOf(view.rule, view.periodStart);
    if (counter?.periodKey !== periodKey) counter = await lockOrCreateCounter(em, { userId: input.userId, benefitId: benefit.id, periodKey }, ctx.now);

    const actor = actorOf(ctx).id;
    const entry = em.create(UsageEntry, {
      id: crypto.randomUUID(),
      userId: input.userId,
      benefitId: benefit.id,
      ruleId: view.rule.id,
      orderId: order?.id ?? null,
      amount,
      periodKey: counter.periodKey,
      periodStart: view.periodStart,
      periodEnd: view.resetsAt,
      state,
      expiresAt: state === 'HELD' ? new Date(ctx.now.getTime() + (input.expiresInSeconds ?? ctx.config.holdTtlSeconds) * 1000) : null,
      actorId: actor,
      reason: input.reason ?? '',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await em.insert(UsageEntry, entry);
    await em.insert(UsageTransition, { id: crypto.randomUUID(), usageId: entry.id, fromState: null, toState: state, actorId: actor, reason: entry.reason, createdAt: ctx.now });
    await moveCounter(em, counter, state === 'HELD' ? { held: amount } : { captured: amount }, ctx.now);
    const after = decide(ctx, input.userId, { ...facts, usage: [...facts.usage, entry] }, order, ctx.now)[0];
    return { usage: entry, entitlement: snapshotEntitlement(after) };
  }, (r) => restore(ctx, r), prepare);
}

export const holdEntitlement = (ctx: RequestContext, input: UseInput) => useBenefit(ctx, 'holdEntitlement', input, 'HELD');
/** Hold and capture in one step. */
export const consumeEntitlement = (ctx: RequestContext, input: UseInput) => useBenefit(ctx, 'consumeEntitlement', input, 'CAPTURED');

const MOVES: Record<string, { from: UsageState; to: UsageState; delta: (a: number) => { held?: number; captured?: number } }> = {
  captureUsage: { from: 'HELD', to: 'CAPTURED', delta: (a) => ({ held: -a, captured: a }) },
  releaseUsage: { from: 'HELD', to: 'RELEASED', delta: (a) => ({ held: -a }) },
  // A reversed use gives its quota back to its own period (the entry no longer counts there).
  reverseUsage: { from: 'CAPTURED', to: 'REVERSED', delta: (a) => ({ captured: -a }) },
};

async function moveUsage(ctx: RequestContext, operation: keyof typeof MOVES, input: UsageActionInput): Promise<Outcome<UsageResult>> {
  const move = MOVES[operation];
  const known = await ctx.db.manager.findOneBy(UsageEntry, { id: input.usageId });
  if (!known) throw notFound('Usage', input.usageId);
  return once<UsageResponse, UsageResult>(ctx, operation, input, async (em) => {
    const counter = await lockCounter(em, known);
    const entry = await em.findOneByOrFail(UsageEntry, { id: input.usageId });
    if (entry.state !== move.from) {
      throw new Refusal([{ code: 'INVALID_STATE', field: 'input.usageId', message: `This use is ${entry.state}; only a ${move.from} use can move to ${move.to}.` }]);
    }
    if (move.to === 'CAPTURED' && entry.expiresAt && entry.expiresAt <= ctx.now) {
      throw new Refusal([{ code: 'HOLD_EXPIRED', field: 'input.usageId', message: `This hold expired at ${entry.expiresAt.toISOString()}; place a new hold.` }]);
    }
    if (!counter) throw new Error(`usage ${entry.id} has no counter ${entry.periodKey}`);
    const actor = actorOf(ctx).id;
    await em.update(UsageEntry, { id: entry.id }, { state: move.to, updatedAt: ctx.now });
    await em.insert(UsageTransition, { id: crypto.randomUUID(), usageId: entry.id, fromState: move.from, toState: move.to, actorId: actor, reason: input.reason ?? '', createdAt: ctx.now });
    await moveCounter(em, counter, move.delta(entry.amount), ctx.now);
    const benefit = await em.findOneByOrFail(Benefit, { id: entry.benefitId });
    const order = entry.orderId ? await em.findOneBy(Order, { id: entry.orderId }) : null;
    const { view } = await decideOne(ctx, em, entry.userId, benefit, order);
    return { usage: { ...entry, state: move.to, updatedAt: ctx.now }, entitlement: snapshotEntitlement(view) };
  }, (r) => restore(ctx, r));
}

export const captureUsage = (ctx: RequestContext, input: UsageActionInput) => moveUsage(ctx, 'captureUsage', input);
export const releaseUsage = (ctx: RequestContext, input: UsageActionInput) => moveUsage(ctx, 'releaseUsage', input);
export const reverseUsage = (ctx: RequestContext, input: UsageActionInput) => moveUsage(ctx, 'reverseUsage', input);

/** A user's ledger, newest first; the cursor is the last entry's (createdAt, id). */
export async function usageOfUser(
  ctx: RequestContext,
  userId: string,
  opts: { first: number; after: { createdAt: Date; id: string } | null; benefitCode?: string | null },
): Promise<UsageEntry[]> {
  const qb = ctx.db.getRepository(UsageEntry).createQueryBuilder('u').where('u.userId = :userId', { userId });
  if (opts.benefitCode) {
    const benefit = (await ctx.loaders.benefits()).find((b) => b.code === opts.benefitCode);
    if (!benefit) return [];
    qb.andWhere('u.benefitId = :benefitId', { benefitId: benefit.id });
  }
  if (opts.after) {
    qb.andWhere('(u.createdAt < :at OR (u.createdAt = :at AND u.id < :id))', { at: opts.after.createdAt, id: opts.after.id });
  }
  return qb.orderBy('u.createdAt', 'DESC').addOrderBy('u.id', 'DESC').take(opts.first + 1).getMany();
}

export function usageOfOrder(ctx: RequestContext, orderId: string): Promise<UsageEntry[]> {
  return ctx.loaders.usageByOrder.load(orderId);
}

export function transitionsOf(ctx: RequestContext, usageId: string): Promise<UsageTransition[]> {
  return ctx.loaders.transitionsByUsage.load(usageId);
}
