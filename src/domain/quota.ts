// Quota arithmetic for COUNT/AMOUNT benefits. Counters are per user × benefit, not per tier:
// the deciding rule only sets the limit and the period, so an upgrade keeps what was used.
import { DAY_MS, periodAt } from './period';
import type { BenefitFacts, Entitlement, GrantFacts, OrderFacts, RuleFacts, UsageFacts } from './types';

/** The quota figures of an Entitlement (limit null = unlimited), plus what this order used. */
export type QuotaFigures = Pick<Entitlement, 'limit' | 'granted' | 'used' | 'held' | 'remaining' | 'periodStart' | 'resetsAt' | 'orderRemaining'> & {
  /** Only with an order and a perOrderLimit. */
  orderUsed: number | null;
};

/** An uncaptured hold counts until it expires; RELEASED/REVERSED never count. */
export function isLiveHold(u: UsageFacts, at: Date): boolean {
  return u.state === 'HELD' && (u.expiresAt === null || u.expiresAt.getTime() > at.getTime());
}

export function countsAt(u: UsageFacts, at: Date): boolean {
  return u.state === 'CAPTURED' || isLiveHold(u, at);
}

export function grantLive(g: GrantFacts, at: Date): boolean {
  const t = at.getTime();
  return g.startsAt.getTime() <= t && (g.expiresAt === null || t < g.expiresAt.getTime());
}

export interface QuotaInput {
  benefit: BenefitFacts;
  rule: RuleFacts;
  at: Date;
  timeZone: string;
  /** Deciding membership's startsAt, for MEMBERSHIP_YEAR. */
  anchor: Date | null;
  usage: readonly UsageFacts[];
  grants: readonly GrantFacts[];
  order: OrderFacts | null;
}

export function computeQuota(q: QuotaInput): QuotaFigures {
  const { benefit, rule, at } = q;
  // A COUNT/AMOUNT rule without a period is a one-off allowance.
  const kind = rule.period ?? 'LIFETIME';
  const period = periodAt(kind, at, { timeZone: q.timeZone, periodDays: rule.periodDays, anchor: q.anchor });
  const start = period.start?.getTime() ?? -Infinity;
  const end = period.end?.getTime() ?? Infinity;
  // Calendar periods are [start, end). The rolling window is (at − N×24h, …]: a use made exactly
  // N×24h ago has just dropped out, so resetsAt = oldest.createdAt + N×24h is exact.
  const inPeriod =
    kind === 'ROLLING_DAYS'
      ? (t: number) => t > start
      : (t: number) => t >= start && t < end;

  let used = 0;
  let held = 0;
  let oldest = Infinity;
  let orderUsed = 0;
  for (const u of q.usage) {
    if (u.benefitId !== benefit.id || !countsAt(u, at)) continue;
    if (q.order && u.orderId === q.order.id) orderUsed += u.amount;
    const t = u.createdAt.getTime();
    if (!inPeriod(t)) continue;
    if (u.state === 'CAPTURED') used += u.amount;
    else held += u.amount;
    oldest = Math.min(oldest, t);
  }

  let granted = 0;
  for (const g of q.grants) if (g.benefitId === benefit.id && grantLive(g, at)) granted += g.amount;

  const resetsAt =
    kind === 'ROLLING_DAYS'
      ? oldest === Infinity ? null : new Date(oldest + rule.periodDays! * DAY_MS)
      : period.end;
  const perOrder = q.order && rule.perOrderLimit != null ? rule.perOrderLimit : null;
  return {
    limit: rule.limit,
    granted,
    used,
    held,
    remaining: rule.limit === null ? null : Math.max(0, rule.limit + granted - used - held),
    periodStart: period.start,
    resetsAt,
    orderUsed: perOrder === null ? null : orderUsed,
    orderRemaining: perOrder === null ? null : Math.max(0, perOrder - orderUsed),
  };
}
