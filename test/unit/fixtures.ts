// Literal facts for the pure domain tests.
import { DateTime } from 'luxon';
import type { ResolutionInput } from '../../src/domain/resolution';
import type {
  BenefitFacts, Entitlement, GrantFacts, MembershipFacts, OrderFacts, RuleFacts, TierFacts, UsageFacts,
} from '../../src/domain/types';
import { resolveEntitlements } from '../../src/domain/resolution';

export const TZ = 'Asia/Shanghai';

/** Local wall time in `zone` as an instant: local('2026-11-01T00:00') */
export function local(iso: string, zone = TZ): Date {
  const dt = DateTime.fromISO(iso, { zone });
  if (!dt.isValid) throw new Error(`bad iso ${iso}`);
  return dt.toJSDate();
}

export const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

export const tier = (code: string, rank: number, isDefault = false): TierFacts => ({
  id: `t-${code}`, code, name: code[0] + code.slice(1).toLowerCase(), rank, isDefault,
});
export const REGULAR = tier('REGULAR', 0, true);
export const SILVER = tier('SILVER', 10);
export const GOLD = tier('GOLD', 20);
export const BLACK = tier('BLACK', 30);
export const TIERS = [REGULAR, SILVER, GOLD, BLACK];

const benefit = (code: string, name: string, kind: BenefitFacts['kind'], currency: string | null = null): BenefitFacts => ({
  id: `b-${code}`, code, name, kind, unit: kind === 'COUNT' ? 'use' : null, currency, fundedBy: 'PLATFORM',
});
export const SHIPPING = benefit('FREE_RETURN_SHIPPING', 'Free return shipping', 'COUNT');
export const COMPENSATION = benefit('COMPENSATION_BUDGET', 'Compensation budget', 'AMOUNT', 'CNY');
export const CHANNEL = benefit('DEDICATED_CHANNEL', 'Dedicated channel', 'ACCESS');
export const PRICE = benefit('PRICE_PROTECTION', 'Price protection', 'COUNT');
export const BENEFITS = [SHIPPING, COMPENSATION, CHANNEL, PRICE];

let seq = 0;
const nextId = (p: string) => `${p}-${++seq}`;

export function rule(t: TierFacts, b: BenefitFacts, o: Partial<RuleFacts> = {}): RuleFacts {
  return {
    id: nextId('r'), tierId: t.id, benefitId: b.id,
    limit: b.kind === 'ACCESS' ? null : 3,
    period: b.kind === 'ACCESS' ? null : 'CALENDAR_MONTH',
    periodDays: null, perOrderLimit: null, tierBasis: 'BEST_OF', conditions: {},
    config: b.kind === 'ACCESS' ? { channel: 'VIP_HOTLINE' } : null,
    effectiveFrom: new Date('2020-01-01T00:00:00Z'), effectiveTo: null,
    ...o,
  };
}

export function membership(t: TierFacts, startsAt: Date, endsAt: Date | null = null, o: Partial<MembershipFacts> = {}): MembershipFacts {
  return { id: nextId('m'), userId: 'u1', tierId: t.id, startsAt, endsAt, source: 'PURCHASE', ...o };
}

export function use(b: BenefitFacts, createdAt: Date, o: Partial<UsageFacts> = {}): UsageFacts {
  return { id: nextId('use'), userId: 'u1', benefitId: b.id, orderId: null, amount: 1, state: 'CAPTURED', createdAt, expiresAt: null, ...o };
}

export function grant(b: BenefitFacts, amount: number, startsAt: Date, expiresAt: Date | null = null, o: Partial<GrantFacts> = {}): GrantFacts {
  return { id: nextId('g'), userId: 'u1', benefitId: b.id, amount, startsAt, expiresAt, ...o };
}

export function order(o: Partial<OrderFacts> = {}): OrderFacts {
  return {
    id: 'o-1', userId: 'u1', merchantId: 'm-1', category: 'APPAREL', amount: 10000, currency: 'CNY',
    placedAt: local('2026-11-05T10:00'), deliveredAt: null, status: 'DELIVERED', ...o,
  };
}

export function input(o: Partial<ResolutionInput> = {}): ResolutionInput {
  return {
    at: local('2026-11-20T12:00'), timeZone: TZ, userId: 'u1', benefits: BENEFITS, tiers: TIERS,
    rules: [], memberships: [], order: null, usage: [], grants: [], ...o,
  };
}

export function resolveOne(i: ResolutionInput, b: BenefitFacts = SHIPPING): Entitlement {
  const e = resolveEntitlements(i).find((x) => x.benefit.id === b.id);
  if (!e) throw new Error(`no entitlement for ${b.code}`);
  return e;
}

export const codes = (e: Entitlement) => e.reasons.map((r) => r.code);
