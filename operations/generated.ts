/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type ArchiveTierInput = {
  code: string;
  /** Optional: repeating the request with the same key returns the original result and changes nothing. */
  idempotencyKey?: string | null | undefined;
};

export type AssignMembershipInput = {
  /** Open-ended when omitted. */
  endsAt?: string | null | undefined;
  /** Optional: repeating the request with the same key returns the original result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  source: MembershipSource;
  /** Default now. */
  startsAt?: string | null | undefined;
  tierCode: string;
  userId: string;
};

/** ACCESS: an on/off right; COUNT: uses per period; AMOUNT: a money budget per period. */
export type BenefitKind =
  | 'ACCESS'
  | 'AMOUNT'
  | 'COUNT';

/** A use of a benefit; amount defaults to 1 for COUNT benefits and is required for AMOUNT ones. */
export type ConsumeEntitlementInput = {
  amount?: number | null | undefined;
  benefitCode: string;
  /** Repeating a request with the same key returns the original result. */
  idempotencyKey: string;
  orderId?: string | number | null | undefined;
  reason?: string | null | undefined;
  userId: string | number;
};

export type CreateTierInput = {
  code: string;
  description?: string | null | undefined;
  /** Optional: repeating the request with the same key returns the original result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  /** Held by users with no covering membership; at most one tier is the default. */
  isDefault?: boolean | null | undefined;
  name: string;
  /** Unique; higher is better. */
  rank: number;
};

export type DefineBenefitInput = {
  code: string;
  description?: string | null | undefined;
  fundedBy: FundedBy;
  /** Optional: repeating the request with the same key returns the original result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  kind: BenefitKind;
  name: string;
  /** COUNT: what one use is called ("return"); AMOUNT: the ISO 4217 currency ("CNY"). */
  unit?: string | null | undefined;
};

export type EndMembershipInput = {
  /** Default now. */
  endsAt?: string | null | undefined;
  /** Optional: repeating the request with the same key returns the original result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  membershipId: string | number;
};

export type EndTierBenefitInput = {
  benefitCode: string;
  /** Default now. */
  effectiveTo?: string | null | undefined;
  /** Optional: repeating the request with the same key returns the original result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  tierCode: string;
};

/** AVAILABLE: can be used now; EXHAUSTED: quota or per-order cap used up; NOT_ELIGIBLE: this order fails a condition; NOT_IN_TIER: the deciding tier does not include it. */
export type EntitlementStatus =
  | 'AVAILABLE'
  | 'EXHAUSTED'
  | 'NOT_ELIGIBLE'
  | 'NOT_IN_TIER';

/** Who pays for the benefit, for cost reports. */
export type FundedBy =
  | 'MERCHANT'
  | 'PLATFORM';

export type GrantQuotaInput = {
  /** COUNT: extra uses; AMOUNT: extra minor units. */
  amount: number;
  benefitCode: string;
  /** Default: when the user's current period resets. */
  expiresAt?: string | null | undefined;
  idempotencyKey: string;
  reason: string;
  userId: string | number;
};

export type HoldEntitlementInput = {
  amount?: number | null | undefined;
  benefitCode: string;
  /** How long the hold reserves quota unless captured; default HOLD_TTL_SECONDS. */
  expiresInSeconds?: number | null | undefined;
  /** Repeating a request with the same key returns the original result. */
  idempotencyKey: string;
  orderId?: string | number | null | undefined;
  reason?: string | null | undefined;
  userId: string | number;
};

export type MembershipSource =
  | 'MANUAL'
  | 'PROMOTION'
  | 'PURCHASE'
  | 'QUALIFIED';

/** How a quota resets, in whole local days of the business time zone: calendar month/quarter/year; MEMBERSHIP_YEAR from local midnight of the membership anniversary date; ROLLING_DAYS: the last periodDays local days, today included (a use frees up at the local midnight periodDays days after the day it was made); LIFETIME never resets. */
export type PeriodKind =
  | 'CALENDAR_MONTH'
  | 'CALENDAR_QUARTER'
  | 'CALENDAR_YEAR'
  | 'LIFETIME'
  | 'MEMBERSHIP_YEAR'
  | 'ROLLING_DAYS';

export type RecordOrderInput = {
  /** Order total in minor units. */
  amount: number;
  category: string;
  /** ISO 4217 code. */
  currency: string;
  deliveredAt?: string | null | undefined;
  /** The platform's order id; recording it again updates the order. */
  id: string | number;
  /** Optional: repeating the request with the same key returns the original result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  merchantId: string;
  placedAt: string;
  status: string;
  userId: string;
};

export type RuleConditionsInput = {
  categoriesExclude?: Array<string> | null | undefined;
  categoriesInclude?: Array<string> | null | undefined;
  /** Claims close at the end of the N-th local day after delivery (else placement). */
  claimWindowDays?: number | null | undefined;
  merchantsExclude?: Array<string> | null | undefined;
  /** Minimum order total, in the order currency's minor units. */
  minOrderAmount?: number | null | undefined;
};

export type SetTierBenefitInput = {
  benefitCode: string;
  conditions?: RuleConditionsInput | null | undefined;
  /** ACCESS parameters. */
  config?: Record<string, unknown> | null | undefined;
  /** Default now; a future instant schedules the change. */
  effectiveFrom?: string | null | undefined;
  /** Open-ended when omitted. */
  effectiveTo?: string | null | undefined;
  /** Optional: repeating the request with the same key returns the original result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  /** COUNT: uses per period; AMOUNT: minor units per period. Required for both. */
  limit?: number | null | undefined;
  /** Cap per order, in the same units as limit. */
  perOrderLimit?: number | null | undefined;
  period?: PeriodKind | null | undefined;
  /** Window length for ROLLING_DAYS. */
  periodDays?: number | null | undefined;
  /** Default BEST_OF. */
  tierBasis?: TierBasis | null | undefined;
  tierCode: string;
};

/** Which membership decides: at the order's placement, now, or the better of the two. */
export type TierBasis =
  | 'BEST_OF'
  | 'CURRENT'
  | 'ORDER_TIME';

export type UpdateBenefitInput = {
  /** The benefit to change (codes and kinds never change). */
  code: string;
  description?: string | null | undefined;
  fundedBy?: FundedBy | null | undefined;
  /** Optional: repeating the request with the same key returns the original result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  name?: string | null | undefined;
  unit?: string | null | undefined;
};

export type UpdateTierInput = {
  /** The tier to change (codes never change). */
  code: string;
  description?: string | null | undefined;
  /** Optional: repeating the request with the same key returns the original result and changes nothing. */
  idempotencyKey?: string | null | undefined;
  isDefault?: boolean | null | undefined;
  name?: string | null | undefined;
  rank?: number | null | undefined;
};

export type UsageActionInput = {
  idempotencyKey: string;
  reason?: string | null | undefined;
  usageId: string | number;
};

/** HELD (reserved while a case is open) → CAPTURED, RELEASED, or EXPIRED (its expiresAt passed uncaptured; it stops counting at that instant); CAPTURED → REVERSED. */
export type UsageState =
  | 'CAPTURED'
  | 'EXPIRED'
  | 'HELD'
  | 'RELEASED'
  | 'REVERSED';

export type CsOrderQueryVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type CsOrderQuery = { order: { id: string, userId: string, merchantId: string, category: string, amount: number, currency: string, placedAt: string, deliveredAt: string | null, status: string, updatedAt: string, user: { id: string, tier: { code: string, name: string } | null }, entitlements: Array<{ status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, orderRemaining: number | null, periodStart: string | null, resetsAt: string | null, claimDeadline: string | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy }, tier: { code: string, name: string } | null, rule: { id: string, effectiveFrom: string, effectiveTo: string | null, tierBasis: TierBasis } | null, reasons: Array<{ code: string, message: string }> }> } };

export type UsageResultFragment = { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: string, message: string }> } | null, userErrors: Array<{ code: string, field: string | null, message: string }> };

export type CsHoldEntitlementMutationVariables = Exact<{
  input: HoldEntitlementInput;
}>;


export type CsHoldEntitlementMutation = { holdEntitlement: { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: string, message: string }> } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type CsConsumeEntitlementMutationVariables = Exact<{
  input: ConsumeEntitlementInput;
}>;


export type CsConsumeEntitlementMutation = { consumeEntitlement: { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: string, message: string }> } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type CsCaptureUsageMutationVariables = Exact<{
  input: UsageActionInput;
}>;


export type CsCaptureUsageMutation = { captureUsage: { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: string, message: string }> } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type CsReleaseUsageMutationVariables = Exact<{
  input: UsageActionInput;
}>;


export type CsReleaseUsageMutation = { releaseUsage: { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: string, message: string }> } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type CsReverseUsageMutationVariables = Exact<{
  input: UsageActionInput;
}>;


export type CsReverseUsageMutation = { reverseUsage: { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: string, message: string }> } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type CsGrantQuotaMutationVariables = Exact<{
  input: GrantQuotaInput;
}>;


export type CsGrantQuotaMutation = { grantQuota: { grant: { id: string, amount: number, expiresAt: string | null, reason: string } | null, entitlement: { remaining: number | null } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type CsUsageHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number;
  after?: string | null | undefined;
  benefitCode?: string | null | undefined;
}>;


export type CsUsageHistoryQuery = { user: { usage: { edges: Array<{ cursor: string, node: { id: string, state: UsageState, amount: number, orderId: string | null, periodStart: string | null, createdAt: string, actorId: string, reason: string, benefit: { code: string, name: string }, transitions: Array<{ fromState: UsageState | null, toState: UsageState, actorId: string, reason: string, createdAt: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type CsUserQueryVariables = Exact<{
  id: string | number;
  orderId?: string | number | null | undefined;
  at?: string | null | undefined;
}>;


export type CsUserQuery = { user: { id: string, tier: { code: string, name: string, rank: number } | null, memberships: Array<{ id: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { code: string, name: string, rank: number } }>, entitlements: Array<{ status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, orderRemaining: number | null, periodStart: string | null, resetsAt: string | null, claimDeadline: string | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy }, tier: { code: string, name: string } | null, rule: { id: string, effectiveFrom: string, effectiveTo: string | null, tierBasis: TierBasis } | null, reasons: Array<{ code: string, message: string }> }> } };

export type CsUsersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CsUsersQuery = { users: Array<{ id: string, tier: { code: string, name: string } | null, entitlements: Array<{ status: EntitlementStatus, remaining: number | null, benefit: { code: string } }> }> };

export type CsEntitlementFragment = { status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, orderRemaining: number | null, periodStart: string | null, resetsAt: string | null, claimDeadline: string | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy }, tier: { code: string, name: string } | null, rule: { id: string, effectiveFrom: string, effectiveTo: string | null, tierBasis: TierBasis } | null, reasons: Array<{ code: string, message: string }> };

export type OpsAuditLogQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
}>;


export type OpsAuditLogQuery = { auditLog: { edges: Array<{ cursor: string, node: { id: string, createdAt: string, actorId: string, actorRoles: Array<string>, action: string, entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, requestId: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type OpsBenefitsQueryVariables = Exact<{
  includeArchived?: boolean;
}>;


export type OpsBenefitsQuery = { benefits: Array<{ id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null }> };

export type DefineBenefitMutationVariables = Exact<{
  input: DefineBenefitInput;
}>;


export type DefineBenefitMutation = { defineBenefit: { benefit: { id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateBenefitMutationVariables = Exact<{
  input: UpdateBenefitInput;
}>;


export type UpdateBenefitMutation = { updateBenefit: { benefit: { id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type UserErrorFieldsFragment = { code: string, field: string | null, message: string };

export type TierFieldsFragment = { id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null };

export type BenefitFieldsFragment = { id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null };

export type RuleFieldsFragment = { id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { code: string }, benefit: { code: string, kind: BenefitKind }, conditions: { minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } };

export type MembershipFieldsFragment = { id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { code: string, name: string } };

export type OpsVerifyLedgerQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsVerifyLedgerQuery = { verifyLedger: { countersChecked: number, entriesChecked: number, drift: Array<{ userId: string, benefitId: string, periodKey: string, counterHeld: number, counterCaptured: number, ledgerHeld: number, ledgerCaptured: number }> } };

export type AssignMembershipMutationVariables = Exact<{
  input: AssignMembershipInput;
}>;


export type AssignMembershipMutation = { assignMembership: { membership: { id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { code: string, name: string } } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type EndMembershipMutationVariables = Exact<{
  input: EndMembershipInput;
}>;


export type EndMembershipMutation = { endMembership: { membership: { id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { code: string, name: string } } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type SetTierBenefitMutationVariables = Exact<{
  input: SetTierBenefitInput;
}>;


export type SetTierBenefitMutation = { setTierBenefit: { rule: { id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { code: string }, benefit: { code: string, kind: BenefitKind }, conditions: { minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type EndTierBenefitMutationVariables = Exact<{
  input: EndTierBenefitInput;
}>;


export type EndTierBenefitMutation = { endTierBenefit: { rule: { id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { code: string }, benefit: { code: string, kind: BenefitKind }, conditions: { minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type OpsTiersQueryVariables = Exact<{
  at?: string | null | undefined;
  includeArchived?: boolean;
}>;


export type OpsTiersQuery = { tiers: Array<{ id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null, rules: Array<{ id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { code: string }, benefit: { code: string, kind: BenefitKind }, conditions: { minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } }> }> };

export type OpsTierQueryVariables = Exact<{
  code: string;
  at?: string | null | undefined;
}>;


export type OpsTierQuery = { tier: { id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null, rules: Array<{ id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { code: string }, benefit: { code: string, kind: BenefitKind }, conditions: { minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } }> } };

export type CreateTierMutationVariables = Exact<{
  input: CreateTierInput;
}>;


export type CreateTierMutation = { createTier: { tier: { id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateTierMutationVariables = Exact<{
  input: UpdateTierInput;
}>;


export type UpdateTierMutation = { updateTier: { tier: { id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type ArchiveTierMutationVariables = Exact<{
  input: ArchiveTierInput;
}>;


export type ArchiveTierMutation = { archiveTier: { tier: { id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type OpsTierMembersQueryVariables = Exact<{
  code: string;
  at?: string | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type OpsTierMembersQuery = { tier: { code: string, members: { edges: Array<{ cursor: string, node: { id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type RecordOrderMutationVariables = Exact<{
  input: RecordOrderInput;
}>;


export type RecordOrderMutation = { recordOrder: { order: { id: string, userId: string, merchantId: string, category: string, amount: number, currency: string, placedAt: string, deliveredAt: string | null, status: string, updatedAt: string } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type StorefrontMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontMeQuery = { me: { id: string, tier: { code: string, name: string, rank: number, description: string } | null, memberships: Array<{ id: string, startsAt: string, endsAt: string | null, source: MembershipSource, tier: { code: string, name: string } }>, entitlements: Array<{ status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, periodStart: string | null, resetsAt: string | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null, description: string }, reasons: Array<{ code: string, message: string }> }> } };

export type StorefrontOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type StorefrontOrderQuery = { order: { id: string, status: string, category: string, merchantId: string, amount: number, currency: string, placedAt: string, deliveredAt: string | null, entitlements: Array<{ status: EntitlementStatus, remaining: number | null, orderRemaining: number | null, claimDeadline: string | null, resetsAt: string | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null }, reasons: Array<{ code: string, message: string }> }> } };

export type StorefrontTiersQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontTiersQuery = { tiers: Array<{ code: string, name: string, rank: number, description: string, rules: Array<{ limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null, description: string } }> }> };
