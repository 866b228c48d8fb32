// Plain facts the pure decision code works on. Nothing here knows about TypeORM or GraphQL:
// services load rows and map them to these shapes, so rules can be unit-tested with literals.
import type { ReasonCode } from './codes';

// Every enumerated value is listed once, here, as a const array with its union type derived from
// it: the GraphQL enums (resolvers/types/enums.ts) are built from the arrays and the entities'
// varchar columns (entities/) are typed with the unions. The codes a client switches on (reasons,
// userErrors) are listed the same way in ./codes.ts.

export const BENEFIT_KINDS = ['ACCESS', 'COUNT', 'AMOUNT'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

export const FUNDED_BY = ['PLATFORM', 'MERCHANT'] as const;
export type FundedBy = (typeof FUNDED_BY)[number];

/** Who pays for a rule version's uses: SPLIT gives the merchant a share in basis points. */
export const FUNDERS = ['PLATFORM', 'MERCHANT', 'SPLIT'] as const;
export type Funder = (typeof FUNDERS)[number];

/** Why a benefit was used; a rule version says which causes spend the member's quota. */
export const USAGE_CAUSES = ['CUSTOMER_PREFERENCE', 'SELLER_FAULT', 'LOGISTICS', 'QUALITY_ISSUE', 'STATUTORY'] as const;
export type UsageCause = (typeof USAGE_CAUSES)[number];

/** Rows of the charge ledger (usage_charges): a capture charges, a reversal and an upheld appeal compensate. */
export const CHARGE_KINDS = ['CHARGE', 'REVERSAL', 'APPEAL_UPHELD'] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];

export const APPEAL_STATES = ['OPEN', 'UPHELD', 'REJECTED'] as const;
export type AppealState = (typeof APPEAL_STATES)[number];
export const APPEAL_DECISIONS = ['UPHELD', 'REJECTED'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

export const PERIOD_KINDS = ['CALENDAR_MONTH', 'CALENDAR_QUARTER', 'CALENDAR_YEAR', 'MEMBERSHIP_YEAR', 'ROLLING_DAYS', 'LIFETIME'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const TIER_BASES = ['ORDER_TIME', 'CURRENT', 'BEST_OF'] as const;
export type TierBasis = (typeof TIER_BASES)[number];

export const MEMBERSHIP_SOURCES = ['PURCHASE', 'QUALIFIED', 'MANUAL', 'PROMOTION'] as const;
export type MembershipSource = (typeof MEMBERSHIP_SOURCES)[number];

/** EXPIRED: a hold that was neither captured nor released before its expiresAt (set by the sweep). */
/** Where an order is in its life, as the order system reports it. */
export const ORDER_STATUSES = ['PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const USAGE_STATES = ['HELD', 'CAPTURED', 'RELEASED', 'REVERSED', 'EXPIRED'] as const;
export type UsageState = (typeof USAGE_STATES)[number];

export const ENTITLEMENT_STATUSES = ['AVAILABLE', 'EXHAUSTED', 'NOT_ELIGIBLE', 'NOT_IN_TIER'] as const;
export type EntitlementStatus = (typeof ENTITLEMENT_STATUSES)[number];

export interface Reason {
  code: ReasonCode;
  message: string;
}

export interface TierFacts {
  id: string;
  code: string;
  name: string;
  rank: number;
  isDefault: boolean;
}

export interface BenefitFacts {
  id: string;
  code: string;
  name: string;
  kind: BenefitKind;
  /** Unit label for COUNT benefits ("return", "claim"); null otherwise. */
  unit: string | null;
  /** ISO 4217 code for AMOUNT benefits (minor units); null otherwise. */
  currency: string | null;
  fundedBy: FundedBy;
}

export interface RuleConditions {
  minOrderAmount?: number | null;
  categoriesInclude?: string[] | null;
  categoriesExclude?: string[] | null;
  merchantsExclude?: string[] | null;
  claimWindowDays?: number | null;
}

/** One version of what a tier grants of a benefit, in force over [effectiveFrom, effectiveTo). */
export interface RuleFacts {
  id: string;
  tierId: string;
  benefitId: string;
  /** COUNT: uses per period; AMOUNT: minor units per period; ACCESS: null. */
  limit: number | null;
  period: PeriodKind | null;
  periodDays: number | null;
  perOrderLimit: number | null;
  tierBasis: TierBasis;
  conditions: RuleConditions;
  config: Record<string, unknown> | null;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  /** Who pays and which causes spend quota; omitted: the defaults of ./funding.ts. */
  funding?: RuleFunding;
}

/** A rule version's economics; every null takes the default of ./funding.ts. */
export interface RuleFunding {
  /** null: the benefit's fundedBy. */
  funder: Funder | null;
  /** SPLIT only: the merchant's share, 1-9999 basis points. */
  merchantShareBp: number | null;
  /** COUNT and ACCESS: what one use costs, in minor units of costCurrency (AMOUNT uses cost their amount). */
  unitCost: number | null;
  costCurrency: string | null;
  /** The causes whose uses spend quota (default CUSTOMER_PREFERENCE only). */
  quotaCauses: UsageCause[] | null;
  /** How long after a use its charged merchant may appeal (default 14). */
  appealWindowDays: number | null;
}

export interface MembershipFacts {
  id: string;
  userId: string;
  tierId: string;
  startsAt: Date;
  endsAt: Date | null;
  source: MembershipSource;
}

export interface OrderFacts {
  id: string;
  userId: string;
  merchantId: string;
  category: string;
  amount: number;
  currency: string;
  placedAt: Date;
  deliveredAt: Date | null;
  status: OrderStatus;
}

/** One ledger entry as the decision code needs it. `createdAt` is when the use was first made (the hold). */
export interface UsageFacts {
  id: string;
  userId: string;
  benefitId: string;
  orderId: string | null;
  amount: number;
  state: UsageState;
  createdAt: Date;
  /** Holds only: after this instant an uncaptured hold no longer counts. */
  expiresAt: Date | null;
  /** false: its cause did not spend quota (it counts apart, as exempt); default true. */
  spendsQuota?: boolean;
}

/** Held and captured amounts on one counter. */
export interface Spend {
  held: number;
  captured: number;
}

/**
 * What a member has spent of one benefit, as the usage counters keep it: per local day of first
 * use ('YYYY-MM-DD' in the business time zone), per local month ('YYYY-MM', the sum of its days),
 * per order, and in total. Any period is a run of whole local days, so its spend is the sum of
 * its whole months and of its remaining days.
 */
export interface BenefitSpend {
  total: Spend;
  days: ReadonlyMap<string, Spend>;
  months: ReadonlyMap<string, Spend>;
  orders: ReadonlyMap<string, Spend>;
  /** Uses whose cause did not spend quota, kept apart by the same days and months (no order caps). */
  exempt?: ExemptSpend;
}

export type ExemptSpend = Pick<BenefitSpend, 'total' | 'days' | 'months'>;

/** One member's spend by benefit id. */
export type SpendBook = ReadonlyMap<string, BenefitSpend>;

/**
 * A use still in state HELD. Counters include it until the sweep expires it; reads subtract it
 * from the moment its expiresAt passes, so `held` always means "held now".
 */
export interface HoldFacts {
  id: string;
  userId: string;
  benefitId: string;
  orderId: string | null;
  /** The day bucket the hold is counted in. */
  day: string;
  amount: number;
  expiresAt: Date | null;
  /** false: an exempt hold (see UsageFacts.spendsQuota); default true. */
  spendsQuota?: boolean;
}

/** Extra quota for one user and benefit, live over [startsAt, expiresAt). */
export interface GrantFacts {
  id: string;
  userId: string;
  benefitId: string;
  amount: number;
  startsAt: Date;
  expiresAt: Date | null;
}

export interface Entitlement {
  benefit: BenefitFacts;
  status: EntitlementStatus;
  tier: TierFacts | null;
  rule: RuleFacts | null;
  limit: number | null;
  /** Live grants added on top of the rule's limit in this period. */
  granted: number;
  used: number;
  held: number;
  /** Uses and holds in the period whose cause did not spend quota (a seller's fault, say). */
  exemptUsed: number;
  exemptHeld: number;
  remaining: number | null;
  periodStart: Date | null;
  resetsAt: Date | null;
  orderRemaining: number | null;
  claimDeadline: Date | null;
  config: Record<string, unknown> | null;
  reasons: Reason[];
}
