// Maps rows to the plain facts the pure decision code takes.
import { Benefit, Order, QuotaGrant, Tier, TierBenefitRule, UsageEntry } from '../../entities';
import {
  BenefitFacts, GrantFacts, OrderFacts, RuleConditions, RuleFacts, TierFacts, UsageFacts,
} from '../domain/types';

export const tierFacts = (t: Tier): TierFacts => ({ id: t.id, code: t.code, name: t.name, rank: t.rank, isDefault: t.isDefault });

export const benefitFacts = (b: Benefit): BenefitFacts => ({
  id: b.id,
  code: b.code,
  name: b.name,
  kind: b.kind,
  unit: b.kind === 'COUNT' ? b.unit : null,
  currency: b.kind === 'AMOUNT' ? b.unit : null,
  fundedBy: b.fundedBy,
});

export const ruleFacts = (r: TierBenefitRule): RuleFacts => ({
  id: r.id,
  tierId: r.tierId,
  benefitId: r.benefitId,
  limit: r.limit,
  period: r.period,
  periodDays: r.periodDays,
  perOrderLimit: r.perOrderLimit,
  tierBasis: r.tierBasis,
  conditions: (r.conditions ?? {}) as RuleConditions,
  config: r.config,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: r.effectiveTo,
  funding: {
    funder: r.funder ?? null,
    merchantShareBp: r.merchantShareBp ?? null,
    unitCost: r.unitCost ?? null,
    costCurrency: r.costCurrency ?? null,
    quotaCauses: r.quotaCauses ?? null,
    appealWindowDays: r.appealWindowDays ?? null,
  },
});

export const orderFacts = (o: Omit<Order, 'createdAt' | 'updatedAt'>): OrderFacts => ({
  id: o.id,
  userId: o.userId,
  merchantId: o.merchantId,
  category: o.category,
  amount: o.amount,
  currency: o.currency,
  placedAt: o.placedAt,
  deliveredAt: o.deliveredAt,
  status: o.status,
});

export const usageFacts = (u: UsageEntry): UsageFacts => ({
  id: u.id,
  userId: u.userId,
  benefitId: u.benefitId,
  orderId: u.orderId,
  amount: u.amount,
  state: u.state,
  createdAt: u.createdAt,
  expiresAt: u.expiresAt,
  spendsQuota: u.spendsQuota,
});

export const grantFacts = (g: QuotaGrant): GrantFacts => ({
  id: g.id,
  userId: g.userId,
  benefitId: g.benefitId,
  amount: g.amount,
  startsAt: g.startsAt,
  expiresAt: g.expiresAt,
});
