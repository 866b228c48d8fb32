// Entitlement resolution: for one user (and optionally one order) at an instant, what each
// benefit gives, why, and how much is left. Pure: all facts and the instant are passed in.
import { checkConditions } from './conditions';
import { membershipAt, type MembershipDecision } from './membership';
import { computeQuota, tallyEntries, withoutExpiredHolds } from './quota';
import { reasons } from './reasons';
import { indexRules, offSchedule, RuleBook, ruleAt } from './rules';
import type {
  BenefitFacts, Entitlement, EntitlementStatus, GrantFacts, HoldFacts, MembershipFacts, OrderFacts, Reason,
  RuleFacts, SpendBook, TierBasis, TierFacts, UsageFacts,
} from './types';

export interface ResolutionInput {
  at: Date;
  /** IANA zone periods and dates are computed in (BUSINESS_TIMEZONE). */
  timeZone: string;
  userId: string;
  benefits: BenefitFacts[];
  tiers: TierFacts[];
  /** All versions of any tier × benefit (indexed or not); the one in force at `at` is picked. */
  rules: readonly RuleFacts[] | RuleBook;
  /** This user's memberships (others are ignored). */
  memberships: MembershipFacts[];
  order: OrderFacts | null;
  /**
   * What the user has spent, as the counters keep it, with `holds` (the user's uses still HELD)
   * so that holds past their expiresAt stop counting. Without `spend`, it is added up from `usage`.
   */
  spend?: SpendBook;
  holds?: HoldFacts[];
  /** This user's ledger entries as they stood at `at` (the slow way; tests and as-of questions). */
  usage?: UsageFacts[];
  /** This user's grants. */
  grants: GrantFacts[];
}

type Source = 'CURRENT' | 'ORDER_TIME';

/** A tier that may decide: held now, at order placement, or both. */
interface Candidate {
  decision: MembershipDecision;
  sources: Set<Source>;
}

interface Context {
  input: ResolutionInput;
  rules: RuleBook;
  spend: SpendBook;
  grants: GrantFacts[];
  current: MembershipDecision | null;
  atOrder: MembershipDecision | null;
  candidates: Candidate[];
}

interface Outcome {
  ent: Entitlement;
  /** False when the tier's rule says another point in time decides (see admits()). */
  admissible: boolean;
}

const STATUS_ORDER: Record<EntitlementStatus, number> = { AVAILABLE: 0, EXHAUSTED: 1, NOT_ELIGIBLE: 2, NOT_IN_TIER: 3 };

/** One Entitlement per benefit, ordered by benefit code. */
export function resolveEntitlements(input: ResolutionInput): Entitlement[] {
  const ctx = prepare(input);
  return [...input.benefits]
    .sort((a, b) => cmp(a.code, b.code) || cmp(a.id, b.id))
    .map((b) => resolveBenefit(ctx, b));
}

function prepare(input: ResolutionInput): Context {
  const { userId, tiers, order } = input;
  const memberships = input.memberships.filter((m) => m.userId === userId);
  const current = membershipAt(memberships, tiers, userId, input.at);
  const atOrder = order ? membershipAt(memberships, tiers, userId, order.placedAt) : null;

  const byKey = new Map<string, Candidate>();
  const add = (d: MembershipDecision | null, s: Source) => {
    if (!d) return;
    const key = `${d.tier.id}|${d.membership?.id ?? ''}`;
    const c = byKey.get(key) ?? { decision: d, sources: new Set<Source>() };
    c.sources.add(s);
    byKey.set(key, c);
  };
  add(current, 'CURRENT');
  add(atOrder, 'ORDER_TIME');

  const spend = input.spend
    ? withoutExpiredHolds(input.spend, (input.holds ?? []).filter((h) => h.userId === userId), input.at)
    : tallyEntries((input.usage ?? []).filter((u) => u.userId === userId), input.at, input.timeZone);
  return {
    input,
    rules: input.rules instanceof Map ? input.rules : indexRules(input.rules as readonly RuleFacts[]),
    spend,
    grants: input.grants.filter((g) => g.userId === userId),
    current,
    atOrder,
    candidates: [...byKey.values()],
  };
}

/**
 * The tier held now may decide under CURRENT or BEST_OF, and under ORDER_TIME when there is no
 * order (nothing else to go by); the tier held at order placement under ORDER_TIME or BEST_OF.
 */
function admits(sources: Set<Source>, basis: TierBasis, hasOrder: boolean): boolean {
  return (
    (sources.has('CURRENT') && (basis !== 'ORDER_TIME' || !hasOrder)) ||
    (sources.has('ORDER_TIME') && basis !== 'CURRENT')
  );
}

function resolveBenefit(ctx: Context, b: BenefitFacts): Entitlement {
  if (ctx.candidates.length === 0) return notInTier(b, null, [reasons.noMembership(b)]);
  // Evaluate every candidate fully and keep the best outcome for the customer.
  const outcomes = ctx.candidates.map((c) => evaluate(ctx, b, c)).sort(compareOutcomes);
  const best = outcomes[0].ent;
  if (best.status !== 'NOT_IN_TIER') return best;
  // Nothing applies: every candidate's explanation is relevant (e.g. "Silver lacks it" and
  // "Gold's applies only to orders placed as Gold").
  const seen = new Set<string>();
  const all = outcomes.flatMap((o) => o.ent.reasons).filter((r) => !seen.has(r.message) && !!seen.add(r.message));
  return { ...best, reasons: all };
}

function evaluate(ctx: Context, b: BenefitFacts, c: Candidate): Outcome {
  const { at, timeZone, order } = ctx.input;
  const { tier, membership } = c.decision;
  const rule = ruleAt(ctx.rules, tier.id, b.id, at);
  if (!rule) return { ent: notInTier(b, tier, [whyNoRule(ctx, b, tier)]), admissible: true };

  if (!admits(c.sources, rule.tierBasis, order !== null)) {
    const why = c.sources.has('CURRENT')
      ? reasons.onlyOrdersPlacedAs(tier, b, order!, ctx.atOrder?.tier ?? null, timeZone)
      : reasons.onlyWhileHolding(tier, b, ctx.current?.tier ?? null);
    return { ent: notInTier(b, tier, [why]), admissible: false };
  }

  const cond = checkConditions(rule.conditions ?? {}, b, order, at, timeZone);
  const ent: Entitlement = {
    ...empty(b, tier),
    rule,
    config: rule.config,
    claimDeadline: cond.claimDeadline,
  };
  const quotaReasons: Reason[] = [];
  if (b.kind !== 'ACCESS') {
    const q = computeQuota({
      benefit: b, rule, at, timeZone, order,
      anchor: membership?.startsAt ?? null,
      spend: ctx.spend.get(b.id),
      grants: ctx.grants,
    });
    Object.assign(ent, {
      limit: q.limit, granted: q.granted, used: q.used, held: q.held, exemptUsed: q.exemptUsed, exemptHeld: q.exemptHeld, remaining: q.remaining,
      periodStart: q.periodStart, resetsAt: q.resetsAt, orderRemaining: q.orderRemaining,
    });
    if (q.remaining === 0) {
      const allowance = (q.limit ?? 0) + q.granted;
      quotaReasons.push(reasons.quotaExhausted(b, rule, { ...q, allowance }, timeZone));
    }
    if (q.orderRemaining === 0) quotaReasons.push(reasons.orderLimitReached(b, order!, rule.perOrderLimit!, q.orderUsed!));
  }
  // A failed condition outranks an exhausted quota, but both are reported.
  ent.status = cond.reasons.length ? 'NOT_ELIGIBLE' : quotaReasons.length ? 'EXHAUSTED' : 'AVAILABLE';
  ent.reasons = [...cond.reasons, ...quotaReasons];
  return { ent, admissible: true };
}

/** No version in force: say when it starts/ended if one exists, else that the tier lacks it. */
function whyNoRule(ctx: Context, b: BenefitFacts, tier: TierFacts): Reason {
  const { at, timeZone, tiers } = ctx.input;
  const rules = ctx.rules;
  const { next, previous } = offSchedule(rules, tier.id, b.id, at);
  if (next) return reasons.notYetEffective(tier, b, next, timeZone);
  if (previous) return reasons.noLongerEffective(tier, b, previous, timeZone);
  // Name the next tier up that would include it: that is what would change the answer.
  const higher = tiers
    .filter((t) => t.rank > tier.rank && ruleAt(rules, t.id, b.id, at))
    .sort((x, y) => x.rank - y.rank || cmp(x.id, y.id))[0];
  return reasons.tierLacks(tier, b, higher ?? null);
}

function empty(b: BenefitFacts, tier: TierFacts | null): Entitlement {
  return {
    benefit: b, status: 'NOT_IN_TIER', tier, rule: null,
    limit: null, granted: 0, used: 0, held: 0, exemptUsed: 0, exemptHeld: 0, remaining: null,
    periodStart: null, resetsAt: null, orderRemaining: null, claimDeadline: null,
    config: null, reasons: [],
  };
}

function notInTier(b: BenefitFacts, tier: TierFacts | null, why: Reason[]): Entitlement {
  return { ...empty(b, tier), reasons: why };
}

/** Best first: status, then an applicable rule, more remaining (null = unlimited), higher rank. */
function compareOutcomes(x: Outcome, y: Outcome): number {
  const a = x.ent;
  const b = y.ent;
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    Number(y.admissible) - Number(x.admissible) ||
    (b.remaining ?? Infinity) - (a.remaining ?? Infinity) ||
    (b.tier?.rank ?? -Infinity) - (a.tier?.rank ?? -Infinity) ||
    cmp(a.tier?.id ?? '', b.tier?.id ?? '') ||
    cmp(a.rule?.id ?? '', b.rule?.id ?? '')
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
