// Who pays for a use and whether it spends the member's quota, decided once, when the use is
// made, by the rule version in force then; the use records the decision and never changes it.
import type { BenefitFacts, Funder, OrderFacts, RuleFacts, RuleFunding, UsageCause } from './types';

export const DEFAULT_QUOTA_CAUSES: readonly UsageCause[] = ['CUSTOMER_PREFERENCE'];
export const DEFAULT_APPEAL_WINDOW_DAYS = 14;
export const FULL_SHARE_BP = 10_000;

const NO_FUNDING: RuleFunding = { funder: null, merchantShareBp: null, unitCost: null, costCurrency: null, quotaCauses: null, appealWindowDays: null };
const fundingOf = (rule: Pick<RuleFacts, 'funding'>): RuleFunding => rule.funding ?? NO_FUNDING;

/** A fault cause still applies the benefit and records the use, but does not spend quota. */
export function spendsQuota(rule: Pick<RuleFacts, 'funding'>, cause: UsageCause): boolean {
  return (fundingOf(rule).quotaCauses ?? DEFAULT_QUOTA_CAUSES).includes(cause);
}

export function appealWindowDays(rule: Pick<RuleFacts, 'funding'>): number {
  return fundingOf(rule).appealWindowDays ?? DEFAULT_APPEAL_WINDOW_DAYS;
}

/** The charged merchant may appeal a use until this instant: N×24 h after the use was made. */
export function appealDeadline(usedAt: Date, rule: Pick<RuleFacts, 'funding'>): Date {
  return new Date(usedAt.getTime() + appealWindowDays(rule) * 86_400_000);
}

/** A rule version's funding as in force: the benefit's fundedBy and the default currency filled in. */
export function fundingInForce(benefit: BenefitFacts, rule: Pick<RuleFacts, 'funding'>, defaultCurrency: string) {
  const f = fundingOf(rule);
  const funder: Funder = f.funder ?? benefit.fundedBy;
  const amount = benefit.kind === 'AMOUNT';
  return {
    funder,
    merchantShareBp: shareOf(funder, f),
    unitCost: amount ? null : f.unitCost ?? 0,
    costCurrency: amount ? benefit.currency ?? defaultCurrency : f.costCurrency ?? defaultCurrency,
  };
}

const shareOf = (funder: Funder, f: RuleFunding) => (funder === 'MERCHANT' ? FULL_SHARE_BP : funder === 'SPLIT' ? f.merchantShareBp ?? 0 : 0);

/** What one use costs and who pays it. */
export interface UseCharge {
  funder: Funder;
  /** 0 (platform pays all) … 10,000 (merchant pays all). */
  merchantShareBp: number;
  /** The merchant charged: the order's; null without an order (the platform then pays). */
  merchantId: string | null;
  /** Minor units of `currency`; 0 when the rule names no unit cost (unknown). */
  cost: number;
  currency: string;
  merchantAmount: number;
  platformAmount: number;
}

export interface ChargeQuestion {
  benefit: BenefitFacts;
  rule: RuleFacts;
  cause: UsageCause;
  amount: number;
  order: OrderFacts | null;
  /** COST_CURRENCY: the currency of unit costs a rule does not name one for. */
  defaultCurrency: string;
}

/**
 * The rule's funder (its benefit's fundedBy when it names none), except that the cause overrides
 * it: SELLER_FAULT charges the order's merchant in full, LOGISTICS the platform. A merchant is
 * only ever charged through an order; without one the platform pays. null cost: too large to be
 * an exact integer (the caller refuses the use).
 */
export function chargeOf(q: ChargeQuestion): UseCharge | null {
  const terms = fundingInForce(q.benefit, q.rule, q.defaultCurrency);
  const decided: Funder = q.cause === 'SELLER_FAULT' ? 'MERCHANT' : q.cause === 'LOGISTICS' ? 'PLATFORM' : terms.funder;
  const merchantId = q.order?.merchantId ?? null;
  const funder: Funder = merchantId === null ? 'PLATFORM' : decided;
  const merchantShareBp = merchantId === null ? 0 : shareOf(decided, fundingOf(q.rule));
  const cost = terms.unitCost === null ? q.amount : terms.unitCost * q.amount;
  if (!Number.isSafeInteger(cost)) return null;
  const currency = terms.costCurrency;
  const merchantAmount = merchantShare(cost, merchantShareBp);
  return { funder, merchantShareBp, merchantId, cost, currency, merchantAmount, platformAmount: cost - merchantAmount };
}

/** The merchant's part of `cost`, rounded half up to a minor unit (exact for any safe integer). */
export function merchantShare(cost: number, bp: number): number {
  return Number((BigInt(cost) * BigInt(bp) * 2n + BigInt(FULL_SHARE_BP)) / (2n * BigInt(FULL_SHARE_BP)));
}
