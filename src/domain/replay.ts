// Replaying one member's requests of a window under a set of rule versions, with the same pure
// resolution and use decision the live service runs. A request is a recorded use (what was asked
// then, with its amount, cause and order) or a returned order asking for a benefit it got no use
// of; each is decided at its instant on what the member had been allowed so far in this replay,
// so a change that refuses an early use leaves quota for a later one, as it would have.
import { chargeOf, spendsQuota, type UseCharge } from './funding';
import { membershipAt } from './membership';
import { resolveEntitlements } from './resolution';
import type { RuleBook } from './rules';
import type {
  BenefitFacts, Entitlement, GrantFacts, MembershipFacts, OrderFacts, Reason, TierFacts, UsageCause, UsageFacts,
} from './types';
import { useRefusal } from './use-decision';

export interface ReplayCatalog {
  tiers: readonly TierFacts[];
  benefitById: ReadonlyMap<string, BenefitFacts>;
  timeZone: string;
  /** COST_CURRENCY, for rules that name no cost currency. */
  defaultCurrency: string;
}

export interface ReplayRequest {
  /** The recorded use's id, or `return:<orderId>:<benefitId>` for a returned order's request. */
  id: string;
  recorded: boolean;
  benefitId: string;
  orderId: string | null;
  amount: number;
  cause: UsageCause;
  at: Date;
  /** Recorded uses: whether the use spent quota when it was made. */
  spendsQuota?: boolean;
}

/** Everything the replay knows of one member. */
export interface MemberHistory {
  userId: string;
  memberships: MembershipFacts[];
  grants: GrantFacts[];
  orders: ReadonlyMap<string, OrderFacts>;
  /** Uses given before the window: they happened, in every world. */
  prior: UsageFacts[];
  requests: ReplayRequest[];
}

export interface RequestDecision {
  request: ReplayRequest;
  /** The tier the member held at the request's instant (the report's row), null without any tier. */
  tierId: string | null;
  allowed: boolean;
  /** Why it was refused ([] when allowed). */
  reasons: Reason[];
  /** What an allowed request costs and who pays; null when refused. */
  charge: UseCharge | null;
}

const byInstant = (a: ReplayRequest, b: ReplayRequest) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The member's requests in time order, each decided under `rules`. */
export function replayMember(catalog: ReplayCatalog, rules: RuleBook, member: MemberHistory): RequestDecision[] {
  const given: UsageFacts[] = [...member.prior];
  return [...member.requests].sort(byInstant).map((request) => {
    const benefit = catalog.benefitById.get(request.benefitId);
    const order = request.orderId ? member.orders.get(request.orderId) ?? null : null;
    const tierId = membershipAt(member.memberships, catalog.tiers, member.userId, request.at)?.tier.id ?? null;
    if (!benefit) return { request, tierId, allowed: false, reasons: [], charge: null };
    const [ent] = resolveAt(catalog, rules, member, [benefit], order, given, request.at);
    const spends = !ent.rule || spendsQuota(ent.rule, request.cause);
    const refusal = useRefusal(ent, benefit, request.amount, spends);
    const charge = refusal.length || !ent.rule ? null : chargeOf({
      benefit, rule: ent.rule, cause: request.cause, amount: request.amount, order, defaultCurrency: catalog.defaultCurrency,
    });
    if (refusal.length || !charge) {
      return { request, tierId, allowed: false, reasons: refusal.map(({ code, message }) => ({ code, message })), charge: null };
    }
    given.push(givenUse(member.userId, request, spends));
    return { request, tierId, allowed: true, reasons: [], charge };
  });
}

/** A request that was allowed, as a ledger entry of the member (captured when asked). */
export function givenUse(userId: string, r: ReplayRequest, spendsQuota: boolean): UsageFacts {
  return {
    id: r.id, userId, benefitId: r.benefitId, orderId: r.orderId, amount: r.amount,
    state: 'CAPTURED', createdAt: r.at, expiresAt: null, spendsQuota,
  };
}

/** Benefits resolved for the member at `at` on the uses given by then (the ledger way: no counters). */
export function resolveAt(
  catalog: ReplayCatalog, rules: RuleBook, member: MemberHistory, benefits: BenefitFacts[],
  order: OrderFacts | null, given: readonly UsageFacts[], at: Date,
): Entitlement[] {
  const ids = new Set(benefits.map((b) => b.id));
  return resolveEntitlements({
    at, timeZone: catalog.timeZone, userId: member.userId, benefits, tiers: [...catalog.tiers], rules,
    memberships: member.memberships, order, usage: given.filter((u) => ids.has(u.benefitId) && u.createdAt <= at), grants: member.grants,
  });
}
