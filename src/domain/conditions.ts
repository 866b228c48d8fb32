// Order-level conditions of a rule. All failures are reported, not just the first.
import { localDayStart, toLocal } from './period';
import { reasons } from './reasons';
import type { BenefitFacts, OrderFacts, Reason, RuleConditions } from './types';

export interface ConditionResult {
  reasons: Reason[];
  claimDeadline: Date | null;
}

/**
 * End of the N-th local day after the anchor (delivery, else placement): local midnight that
 * starts day anchorDate + N + 1. Placement always exists, so a missing delivery never means
 * "no limit".
 */
export function claimDeadline(order: OrderFacts, claimWindowDays: number, timeZone: string): Date {
  const anchor = toLocal(order.deliveredAt ?? order.placedAt, timeZone);
  return localDayStart(anchor.year, anchor.month, anchor.day + claimWindowDays + 1, timeZone).toJSDate();
}

/**
 * Checks the order against the conditions. Without an order this is the user-level view:
 * order conditions cannot fail and nothing is reported.
 */
export function checkConditions(
  c: RuleConditions,
  benefit: BenefitFacts,
  order: OrderFacts | null,
  at: Date,
  timeZone: string,
): ConditionResult {
  if (!order) return { reasons: [], claimDeadline: null };
  const out: Reason[] = [];
  // The minimum is expressed in the order's own currency.
  if (c.minOrderAmount != null && order.amount < c.minOrderAmount) {
    out.push(reasons.belowMinimum(benefit, order, c.minOrderAmount));
  }
  if (c.categoriesInclude?.length && !c.categoriesInclude.includes(order.category)) {
    out.push(reasons.categoryNotIncluded(benefit, order, c.categoriesInclude));
  }
  if (c.categoriesExclude?.includes(order.category)) out.push(reasons.categoryExcluded(benefit, order));
  if (c.merchantsExclude?.includes(order.merchantId)) out.push(reasons.merchantExcluded(benefit, order));

  let deadline: Date | null = null;
  if (c.claimWindowDays != null) {
    deadline = claimDeadline(order, c.claimWindowDays, timeZone);
    if (at.getTime() >= deadline.getTime()) {
      out.push(reasons.claimWindowClosed(benefit, order, c.claimWindowDays, deadline, timeZone));
    }
  }
  return { reasons: out, claimDeadline: deadline };
}
