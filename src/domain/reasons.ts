// Reason texts: sentences a CS agent can read to a customer, with the figures and, where one
// thing would change the answer, that thing. Dates are local to the business time zone, printed by
// period.ts localStamp (memoised zone arithmetic: reasons are on the hot read path).
import { formatMoney } from './money';
import { addDays, dayKey, localStamp } from './period';
import type { BenefitFacts, OrderFacts, PeriodKind, Reason, RuleFacts, TierFacts } from './types';

/** A quota figure: money in the benefit currency for AMOUNT benefits, a plain count otherwise. */
export function formatQty(b: BenefitFacts, n: number): string {
  return b.kind === 'AMOUNT' && b.currency ? formatMoney(n, b.currency) : String(n);
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function periodPhrase(kind: PeriodKind, periodDays: number | null): string {
  switch (kind) {
    case 'CALENDAR_MONTH': return 'this month';
    case 'CALENDAR_QUARTER': return 'this quarter';
    case 'CALENDAR_YEAR': return 'this year';
    case 'MEMBERSHIP_YEAR': return 'this membership year';
    case 'ROLLING_DAYS': return `in the last ${days(periodDays ?? 0)}`;
    case 'LIFETIME': return 'in total';
  }
}

export const reasons = {
  noMembership: (b: BenefitFacts): Reason => ({
    code: 'NO_MEMBERSHIP',
    message: `This account has no membership tier, so ${b.name} is not included.`,
  }),

  tierLacks: (t: TierFacts, b: BenefitFacts, higher: TierFacts | null): Reason => ({
    code: 'TIER_LACKS_BENEFIT',
    message: `${t.name} does not include ${b.name}` + (higher ? `; ${higher.name} does.` : '.'),
  }),

  notYetEffective: (t: TierFacts, b: BenefitFacts, next: RuleFacts, tz: string): Reason => ({
    code: 'RULE_NOT_EFFECTIVE',
    message: `${t.name}'s ${b.name} starts on ${localStamp(next.effectiveFrom, tz)}.`,
  }),

  noLongerEffective: (t: TierFacts, b: BenefitFacts, previous: RuleFacts, tz: string): Reason => ({
    code: 'RULE_NOT_EFFECTIVE',
    message: `${t.name}'s ${b.name} has not been offered since ${localStamp(previous.effectiveTo!, tz)}.`,
  }),

  /** The current tier's rule is decided by the order-time tier, which is another one (or none). */
  onlyOrdersPlacedAs: (t: TierFacts, b: BenefitFacts, o: OrderFacts, orderTier: TierFacts | null, tz: string): Reason => ({
    code: orderTier ? 'TIER_LACKS_BENEFIT' : 'NO_MEMBERSHIP',
    message:
      `${t.name}'s ${b.name} applies only to orders placed as ${t.name}; order ${o.id} was placed on ` +
      `${localStamp(o.placedAt, tz)}` +
      (orderTier ? ` as ${orderTier.name}.` : ' when this account had no membership tier.'),
  }),

  /** The order-time tier's rule is decided by the current tier, which is another one (or none). */
  onlyWhileHolding: (t: TierFacts, b: BenefitFacts, current: TierFacts | null): Reason => ({
    code: current ? 'TIER_LACKS_BENEFIT' : 'NO_MEMBERSHIP',
    message:
      `${t.name}'s ${b.name} applies only while the account holds ${t.name}; ` +
      (current ? `it is now ${current.name}.` : 'it has no membership tier now.'),
  }),

  belowMinimum: (b: BenefitFacts, o: OrderFacts, min: number): Reason => ({
    code: 'ORDER_BELOW_MINIMUM',
    message:
      `Order total ${formatMoney(o.amount, o.currency)} is below the ${formatMoney(min, o.currency)} ` +
      `minimum for ${b.name}.`,
  }),

  categoryNotIncluded: (b: BenefitFacts, o: OrderFacts, included: string[]): Reason => ({
    code: 'CATEGORY_NOT_INCLUDED',
    message: `${b.name} covers only orders in ${included.join(', ')}; order ${o.id} is in ${o.category}.`,
  }),

  categoryExcluded: (b: BenefitFacts, o: OrderFacts): Reason => ({
    code: 'CATEGORY_EXCLUDED',
    message: `${b.name} does not cover orders in ${o.category}, and order ${o.id} is in ${o.category}.`,
  }),

  merchantExcluded: (b: BenefitFacts, o: OrderFacts): Reason => ({
    code: 'MERCHANT_EXCLUDED',
    message: `${b.name} is not offered on orders from merchant ${o.merchantId}, and order ${o.id} is from that merchant.`,
  }),

  claimWindowClosed: (b: BenefitFacts, o: OrderFacts, n: number, deadline: Date, tz: string): Reason => {
    const lastDay = addDays(dayKey(deadline, tz), -1);
    const from = o.deliveredAt ? `delivery on ${localStamp(o.deliveredAt, tz)}` : `the order was placed on ${localStamp(o.placedAt, tz)}`;
    return {
      code: 'CLAIM_WINDOW_CLOSED',
      message: `The ${n}-day claim window for ${b.name} on order ${o.id} closed at the end of ${lastDay}, ${days(n)} after ${from}.`,
    };
  },

  quotaExhausted: (b: BenefitFacts, r: RuleFacts, q: QuotaText, tz: string): Reason => {
    const kind = r.period ?? 'LIFETIME';
    const figures =
      `${formatQty(b, q.used)} of ${formatQty(b, q.allowance)} used ${periodPhrase(kind, r.periodDays)}` +
      (q.held > 0 ? `, ${formatQty(b, q.held)} on hold` : '') +
      (q.granted > 0 ? `; the allowance includes ${formatQty(b, q.granted)} granted` : '');
    let lead: string;
    if (kind === 'LIFETIME') lead = `${b.name} does not reset`;
    else if (!q.resetsAt) lead = `${b.name} is used up`;
    else if (kind === 'ROLLING_DAYS') lead = `${b.name} frees up again on ${localStamp(q.resetsAt, tz)}`;
    else lead = `${b.name} resets on ${localStamp(q.resetsAt, tz)}`;
    return { code: 'QUOTA_EXHAUSTED', message: `${lead} (${figures}).` };
  },

  orderLimitReached: (b: BenefitFacts, o: OrderFacts, perOrder: number, orderUsed: number): Reason => ({
    code: 'ORDER_LIMIT_REACHED',
    message: `${b.name} is limited to ${formatQty(b, perOrder)} per order, and order ${o.id} has used ${formatQty(b, orderUsed)}.`,
  }),

  /** A use of `asked` refused although the entitlement is AVAILABLE: less is left this period. */
  notEnoughLeft: (b: BenefitFacts, remaining: number, asked: number): Reason => ({
    code: 'QUOTA_EXHAUSTED',
    message: `Only ${formatQty(b, remaining)} of ${b.name} is left this period; ${formatQty(b, asked)} was asked for.`,
  }),

  /** As notEnoughLeft, but the per-order cap is what is short. */
  notEnoughLeftOnOrder: (b: BenefitFacts, orderRemaining: number, asked: number): Reason => ({
    code: 'ORDER_LIMIT_REACHED',
    message: `Only ${formatQty(b, orderRemaining)} of ${b.name} is left on this order; ${formatQty(b, asked)} was asked for.`,
  }),
};

export interface QuotaText {
  used: number;
  held: number;
  granted: number;
  /** limit + granted */
  allowance: number;
  resetsAt: Date | null;
}
