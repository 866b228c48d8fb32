// Booking benefit use: hold, consume, capture, release, reverse. Each write is idempotent (see
// idempotency.ts) and decides with the same pure code as the read side, on the member's counters
// read after it locked them (counter.ts): the locked counters are what a write decides on, never
// a comparison of its own clock with other requests' uses. Ledger and counters change in one
// transaction.
import crypto from 'node:crypto';
import { Order, UsageCharge, UsageEntry, UsageTransition } from '../../entities';
import { actorOf, RequestContext } from '../context';
import { dayKey } from '../domain/period';
import { chargeOf, spendsQuota } from '../domain/funding';
import { exemptSpendWith, spendWith } from '../domain/quota';
import { UsageCause, UsageState } from '../domain/types';
import { useRefusal } from '../domain/use-decision';
import { StaleDecision } from '../db/failures';
import { insertStatement } from '../db/insert';
import { badInput, notFound } from '../errors';
import { benefitByCode, Catalog } from './catalog';
import { chargeRow, reversalStatement } from './charge';
import { CounterChange, countersAfter, moveCounters, writeCounters } from './counter';
import { EntitlementView, entitlementOfBenefit, factsForPrecheck, factsForWrite, lockedFactsForWrite } from './entitlement.service';
import { benefitFacts, orderFacts, ruleFacts } from './facts';
import { once } from './idempotency';
import { dayCounterKey, MemberFacts } from './member-facts';
import { Outcome, Refusal, UserError } from './outcome';
import { EntitlementSnapshot, restoreEntitlement, snapshotEntitlement } from './snapshot';

export interface UseInput {
  userId: string;
  benefitCode: string;
  orderId?: string | null;
  amount?: number | null;
  idempotencyKey: string;
  reason?: string | null;
  expiresInSeconds?: number | null;
  /** Default CUSTOMER_PREFERENCE. */
  cause?: UsageCause | null;
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
  usage: UsageEntry;
  entitlement: EntitlementSnapshot;
}

async function restore(ctx: RequestContext, r: UsageResponse): Promise<UsageResult> {
  return { usage: r.usage, entitlement: await restoreEntitlement(ctx, r.entitlement) };
}

/** Why a use of `amount` cannot be booked now, as userErrors (see domain/use-decision.ts). */
function refusalOf(view: EntitlementView, amount: number, spends: boolean): UserError[] {
  return useRefusal(view, benefitFacts(view.benefit), amount, spends)
    .map((r) => ({ code: r.code, field: r.field ? `input.${r.field}` : null, message: r.message }));
}

/** Whether this use spends quota: by its cause, under the rule that decides it (any rule: a refusal follows anyway). */
const spendsUnder = (view: EntitlementView, cause: UsageCause) => !view.rule || spendsQuota(ruleFacts(view.rule), cause);

function refuseIfNotAllowed(view: EntitlementView, amount: number, cause: UsageCause): void {
  const refusal = refusalOf(view, amount, spendsUnder(view, cause));
  if (refusal.length) throw new Refusal(refusal);
}

/**
 * The member's counters of a benefit hold at most 2^53−1 in all (held + captured, every period):
 * every figure a read adds up from them is then an exact integer. Booked within the quota, only
 * years of uses near that size could get there; refused before anything is written.
 */
function refuseIfTooLarge(facts: MemberFacts, benefitId: string, amount: number, spends = true): void {
  const spend = facts.spend.get(benefitId);
  const total = spends ? spend?.total : spend?.exempt?.total;
  const booked = (total?.held ?? 0) + (total?.captured ?? 0);
  if (booked + amount > Number.MAX_SAFE_INTEGER) {
    throw new Refusal([{
      code: 'AMOUNT_TOO_LARGE', field: 'input.amount',
      message: `This user's uses of the benefit already count ${booked} in all; ${amount} more would pass ${Number.MAX_SAFE_INTEGER} (2^53−1).`,
    }]);
  }
}

async function useBenefit(ctx: RequestContext, operation: string, input: UseInput, state: 'HELD' | 'CAPTURED'): Promise<Outcome<UsageResult>> {
  const benefit = await benefitByCode(ctx.catalog, input.benefitCode);
  if (!benefit) throw notFound('Benefit', input.benefitCode);
  if (benefit.kind === 'AMOUNT' && input.amount == null) {
    throw badInput([{ field: 'input.amount', message: `${benefit.code} is a money budget: amount (minor units) is required` }]);
  }
  const amount = input.amount ?? 1;
  const cause = input.cause ?? 'CUSTOMER_PREFERENCE';
  if (cause === 'SELLER_FAULT' && !input.orderId) {
    throw badInput([{ field: 'input.orderId', message: "A SELLER_FAULT use names the order: its merchant is the one at fault, and is charged." }]);
  }
  let order: Order | null = null;
  let booked = false;

  // Outside the transaction: a use that is refused already costs no transaction, and we learn
  // whether the member has booked this benefit before (then there is a TOTAL row to lock). The
  // same statement reads the order and whether the key is stored (a repeat decides nothing).
  const precheck = async (): Promise<boolean> => {
    const read = await factsForPrecheck(ctx, input.userId, input.orderId ?? null, input.idempotencyKey, 'input.orderId');
    if (read.keyStored) return true;
    const { facts, catalog } = read;
    order = read.order;
    if (benefit.archivedAt) throw new Refusal([{ code: 'BENEFIT_ARCHIVED', field: 'input.benefitCode', message: `${benefit.name} is no longer offered.` }]);
    booked = facts.booked.has(benefit.id);
    const view = entitlementOfBenefit(ctx, catalog, facts, benefit, order);
    refuseIfNotAllowed(view, amount, cause);
    refuseIfTooLarge(facts, benefit.id, amount, spendsUnder(view, cause));
    return false;
  };

  return reported(ctx, operation, once<UsageResponse, UsageResult>(ctx, operation, input, async (tx, writes) => {
    await ctx.checkpoint('before-lock');
    // Fresh facts: every other writer of this member's benefit has committed or waits for us.
    const { facts, catalog, locked } = booked
      ? await lockedFactsForWrite(tx, input.userId, benefit.id, order)
      : { ...(await factsForWrite(tx, input.userId, order)), locked: false };
    if (!locked && facts.booked.has(benefit.id)) {
      booked = true; // a first use raced ours and created the row: run again, locking it
      throw new StaleDecision();
    }
    const view = entitlementOfBenefit(ctx, catalog, facts, benefit, order);
    refuseIfNotAllowed(view, amount, cause);
    if (!view.rule) throw new Error('an eligible entitlement always has a rule');
    const rule = ruleFacts(view.rule);
    const spends = spendsQuota(rule, cause);
    refuseIfTooLarge(facts, benefit.id, amount, spends);
    const charge = chargeOf({ benefit: benefitFacts(benefit), rule, cause, amount, order: order && orderFacts(order), defaultCurrency: ctx.config.costCurrency });
    if (!charge) {
      throw new Refusal([{ code: 'AMOUNT_TOO_LARGE', field: 'input.amount', message: `${amount} uses at the rule's unit cost would cost more than ${Number.MAX_SAFE_INTEGER} minor units.` }]);
    }

    const day = dayKey(ctx.now, ctx.config.businessTimeZone);
    const entry: UsageEntry = {
      id: crypto.randomUUID(),
      userId: input.userId,
      benefitId: benefit.id,
      ruleId: view.rule.id,
      orderId: order?.id ?? null,
      amount,
      periodKey: dayCounterKey(day),
      periodStart: view.periodStart,
      periodEnd: view.resetsAt,
      state,
      expiresAt: state === 'HELD' ? new Date(ctx.now.getTime() + (input.expiresInSeconds ?? ctx.config.holdTtlSeconds) * 1000) : null,
      actorId: actorOf(ctx).id,
      reason: input.reason ?? '',
      cause,
      spendsQuota: spends,
      funder: charge.funder,
      merchantShareBp: charge.merchantShareBp,
      merchantId: charge.merchantId,
      cost: charge.cost,
      costCurrency: charge.currency,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const change: CounterChange = {
      day, orderId: entry.orderId, held: state === 'HELD' ? amount : 0, captured: state === 'CAPTURED' ? amount : 0, spendsQuota: spends,
    };
    // Counters (when locked), entry and charge go with the key in one batch: fewer round trips under the lock.
    await writeCounters(tx.em, countersAfter(input.userId, benefit.id, facts.spend.get(benefit.id), [change], ctx.now), locked, writes);
    writes.add(insertStatement(tx.em, UsageEntry, [entry]));
    if (state === 'CAPTURED') writes.add(insertStatement(tx.em, UsageCharge, [chargeRow(entry, entry.actorId, ctx.now)]));
    const after = entitlementOfBenefit(ctx, catalog, withChange(facts, benefit.id, change), benefit, order);
    return { usage: entry, entitlement: snapshotEntitlement(after) };
  }, (r) => restore(ctx, r), { readingKey: precheck }));
}

/** Reports a usage write's decision (a replay decided nothing now) and passes the outcome on. */
async function reported<T>(ctx: RequestContext, operation: string, outcome: Promise<Outcome<T>>): Promise<Outcome<T>> {
  const o = await outcome;
  if (!o.replayed) ctx.telemetry.usageDecided(operation, o.userErrors[0]?.code ?? 'ok');
  return o;
}

export const holdEntitlement = (ctx: RequestContext, input: UseInput) => useBenefit(ctx, 'holdEntitlement', input, 'HELD');
/** Hold and capture in one step. */
export const consumeEntitlement = (ctx: RequestContext, input: UseInput) => useBenefit(ctx, 'consumeEntitlement', input, 'CAPTURED');

const MOVES: Record<string, { from: UsageState; to: UsageState; delta: (a: number) => { held: number; captured: number } }> = {
  captureUsage: { from: 'HELD', to: 'CAPTURED', delta: (a) => ({ held: -a, captured: a }) },
  releaseUsage: { from: 'HELD', to: 'RELEASED', delta: (a) => ({ held: -a, captured: 0 }) },
  // A reversed use gives its quota back to its own day, so to its own period.
  reverseUsage: { from: 'CAPTURED', to: 'REVERSED', delta: (a) => ({ held: 0, captured: -a }) },
};

const wrongState = (state: string, move: (typeof MOVES)[string]) =>
  new Refusal([{ code: 'INVALID_STATE', field: 'input.usageId', message: `This use is ${state}; only a ${move.from} use can move to ${move.to}.` }]);

async function moveUsage(ctx: RequestContext, operation: keyof typeof MOVES, input: UsageActionInput): Promise<Outcome<UsageResult>> {
  const move = MOVES[operation];
  const entry = await ctx.em.findOneBy(UsageEntry, { id: input.usageId });
  if (!entry) throw notFound('Usage', input.usageId);
  let order: Order | null = null;
  const precheck = async () => {
    if (entry.state !== move.from) throw wrongState(entry.state, move);
    if (move.to === 'CAPTURED' && entry.expiresAt && entry.expiresAt <= ctx.now) {
      throw new Refusal([{ code: 'HOLD_EXPIRED', field: 'input.usageId', message: `This hold expired at ${entry.expiresAt.toISOString()}; place a new hold.` }]);
    }
    if (entry.orderId) order = await ctx.em.findOneBy(Order, { id: entry.orderId });
  };
  return reported(ctx, operation, once<UsageResponse, UsageResult>(ctx, operation, input, async (tx, writes) => {
    const { facts, catalog, locked } = await lockedFactsForWrite(tx, entry.userId, entry.benefitId, order);
    if (!locked) throw new Error(`usage ${entry.id} has no TOTAL counter`);
    // An exempt hold never needed quota, so it needs none to be captured.
    if (move.to === 'CAPTURED' && entry.spendsQuota) assertHoldStillFits(tx, catalog, facts, entry, order);
    // Only moves from the expected state: a racing move of the same use has committed otherwise.
    const moved = await tx.em.createQueryBuilder().update(UsageEntry).set({ state: move.to, updatedAt: ctx.now })
      .where('id = :id AND state = :from', { id: entry.id, from: move.from }).updateEntity(false).execute();
    if (!moved.affected) throw wrongState('no longer ' + move.from, move);
    await tx.em.createQueryBuilder().insert().into(UsageTransition).updateEntity(false).values({
      id: crypto.randomUUID(), usageId: entry.id, fromState: move.from, toState: move.to, actorId: actorOf(ctx).id, reason: input.reason ?? '', createdAt: ctx.now,
    }).execute();
    const change: CounterChange = { day: entry.periodKey.slice(2), orderId: entry.orderId, ...move.delta(entry.amount), spendsQuota: entry.spendsQuota };
    await moveCounters(tx.em, entry.userId, entry.benefitId, change, ctx.now);
    // The charge ledger's row goes with the key (one round trip on MariaDB, see db/batch.ts).
    if (move.to === 'CAPTURED') writes.add(insertStatement(tx.em, UsageCharge, [chargeRow(entry, actorOf(ctx).id, ctx.now)]));
    if (move.to === 'REVERSED') writes.add(reversalStatement(tx.em, entry.id, actorOf(ctx).id, ctx.now));
    const left = withChange({ ...facts, holds: facts.holds.filter((h) => h.id !== entry.id) }, entry.benefitId, change);
    const view = entitlementOfBenefit(ctx, catalog, left, catalog.benefitById.get(entry.benefitId)!, order);
    return { usage: { ...entry, state: move.to, updatedAt: ctx.now }, entitlement: snapshotEntitlement(view) };
  }, (r) => restore(ctx, r), precheck));
}

/**
 * A hold stops counting at its expiresAt by the clock of whoever looks, and server clocks differ:
 * a server whose clock is ahead may already have given the hold's quota to a new use. So, under
 * the lock, a hold is captured only if it still fits, decided as for a new use of its amount (on
 * the quota figures only: a claim window that closed since the hold does not stop its capture).
 */
function assertHoldStillFits(ctx: RequestContext, catalog: Catalog, facts: MemberFacts, entry: UsageEntry, order: Order | null): void {
  const withoutHold = withChange(
    { ...facts, holds: facts.holds.filter((h) => h.id !== entry.id) },
    entry.benefitId,
    { day: entry.periodKey.slice(2), orderId: entry.orderId, held: -entry.amount, captured: 0 },
  );
  const view = entitlementOfBenefit(ctx, catalog, withoutHold, catalog.benefitById.get(entry.benefitId)!, order);
  const fits = (left: number | null) => left === null || entry.amount <= left;
  if (!fits(view.remaining) || !fits(view.orderRemaining)) {
    throw new Refusal([{
      code: 'HOLD_EXPIRED', field: 'input.usageId',
      message: `This hold expired${entry.expiresAt ? ` at ${entry.expiresAt.toISOString()}` : ''} and its quota has since been used; place a new hold if any is left.`,
    }]);
  }
}

/** The member's facts once `c` is booked: a write answers with the figures it leaves behind. */
function withChange(facts: MemberFacts, benefitId: string, c: CounterChange): MemberFacts {
  const spend = new Map(facts.spend);
  const before = facts.spend.get(benefitId);
  spend.set(benefitId, c.spendsQuota === false ? exemptSpendWith(before, c.day, c.held, c.captured) : spendWith(before, c.day, c.orderId, c.held, c.captured));
  return { ...facts, spend };
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
  const qb = ctx.em.getRepository(UsageEntry).createQueryBuilder('u').where('u.userId = :userId', { userId });
  if (opts.benefitCode) {
    const benefit = (await ctx.loaders.catalog()).benefitByCode.get(opts.benefitCode);
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

/**
 * Every state of a use, first to last. The first state is the entry's own (only moves are
 * written to usage_transitions), shown as a transition from nothing.
 */
export async function transitionsOf(ctx: RequestContext, usage: UsageEntry): Promise<UsageTransition[]> {
  const moves = await ctx.loaders.transitionsByUsage.load(usage.id);
  if (moves.some((m) => m.fromState === null)) return moves;
  const first: UsageTransition = {
    id: `${usage.id}:created`, usageId: usage.id, fromState: null, toState: moves[0]?.fromState ?? usage.state,
    actorId: usage.actorId, reason: usage.reason, createdAt: usage.createdAt,
  };
  return [first, ...moves];
}
