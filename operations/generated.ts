/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** A benefit to stop offering. */
export type ArchiveBenefitInput = {
  /** The benefit to archive. */
  code: string;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
};

/** The tier to archive. */
export type ArchiveTierInput = {
  /** The tier to archive; not the default tier. */
  code: string;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
};

/** A user is to hold a tier over [startsAt, endsAt). */
export type AssignMembershipInput = {
  /** Open-ended when omitted. */
  endsAt?: string | null | undefined;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
  /** How the membership came about. */
  source: MembershipSource;
  /** Default now. */
  startsAt?: string | null | undefined;
  /** The tier to hold; not an archived one. */
  tierCode: string;
  /** The platform's user id. */
  userId: string | number;
};

/** What a benefit gives: a right, a number of uses, or a money budget. */
export type BenefitKind =
  /** An on/off right (a support channel, priority handling); no quota. */
  | 'ACCESS'
  /** A money budget per period, in minor units of the currency named by `unit`. */
  | 'AMOUNT'
  /** A number of uses per period; `unit` names one use. */
  | 'COUNT';

/** A use of a benefit; amount defaults to 1 for COUNT benefits and is required for AMOUNT ones. */
export type ConsumeEntitlementInput = {
  /** COUNT: uses (default 1); AMOUNT: minor units (required). */
  amount?: number | null | undefined;
  /** The benefit used. */
  benefitCode: string;
  /** Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey: string;
  /** The user's order the use is for; its conditions and per-order cap then apply. */
  orderId?: string | number | null | undefined;
  /** Why, for the ledger (up to 500 characters). */
  reason?: string | null | undefined;
  /** Whose benefit is used. */
  userId: string | number;
};

/** A new tier. */
export type CreateTierInput = {
  /** UPPER_SNAKE_CASE, unique, never changes (e.g. PLATINUM). */
  code: string;
  /** Free text for operators (up to 1000 characters). */
  description?: string | null | undefined;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
  /** Held by users with no covering membership; at most one tier is the default. */
  isDefault?: boolean | null | undefined;
  /** Display name (1-120 characters). */
  name: string;
  /** Unique; higher is better. */
  rank: number;
};

/** A new benefit of the catalog. */
export type DefineBenefitInput = {
  /** UPPER_SNAKE_CASE, unique, never changes (e.g. FREE_RETURN_SHIPPING). */
  code: string;
  /** Free text for operators (up to 1000 characters). */
  description?: string | null | undefined;
  /** Who pays for it. */
  fundedBy: FundedBy;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
  /** What the benefit gives; never changes. */
  kind: BenefitKind;
  /** Display name (1-120 characters). */
  name: string;
  /** COUNT: what one use is called ("return"); AMOUNT: the ISO 4217 currency ("CNY"). */
  unit?: string | null | undefined;
};

/** Which membership to end, and when. */
export type EndMembershipInput = {
  /** Default now. */
  endsAt?: string | null | undefined;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
  /** The membership to end. */
  membershipId: string | number;
};

/** Which rule to end, and when. */
export type EndTierBenefitInput = {
  /** The benefit it stops granting. */
  benefitCode: string;
  /** Default now. */
  effectiveTo?: string | null | undefined;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
  /** The tier that grants the benefit. */
  tierCode: string;
};

/** Whether a benefit can be used now; `reasons` says why not. */
export type EntitlementStatus =
  /** Can be used now. */
  | 'AVAILABLE'
  /** The quota or the per-order cap is used up. */
  | 'EXHAUSTED'
  /** This order fails a condition of the rule. */
  | 'NOT_ELIGIBLE'
  /** The deciding tier does not include the benefit (or no rule is in force). */
  | 'NOT_IN_TIER';

/** Who pays for the benefit, for cost reports. */
export type FundedBy =
  /** The merchant of the order pays. */
  | 'MERCHANT'
  /** The platform pays. */
  | 'PLATFORM';

/** Extra quota for one user and benefit. */
export type GrantQuotaInput = {
  /** COUNT: extra uses; AMOUNT: extra minor units. A user's grants of one benefit total at most 2^52 (4503599627370496), else AMOUNT_TOO_LARGE. */
  amount: number;
  /** A COUNT or AMOUNT benefit. */
  benefitCode: string;
  /** Default: when the user's current period resets. */
  expiresAt?: string | null | undefined;
  /** Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey: string;
  /** Why, for the audit log (3-500 characters). */
  reason: string;
  /** Who receives the quota. */
  userId: string | number;
};

/** A use to reserve while a case is open; it expires unless captured. */
export type HoldEntitlementInput = {
  /** COUNT: uses (default 1); AMOUNT: minor units (required). */
  amount?: number | null | undefined;
  /** The benefit used. */
  benefitCode: string;
  /** How long the hold reserves quota unless captured; default HOLD_TTL_SECONDS. */
  expiresInSeconds?: number | null | undefined;
  /** Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey: string;
  /** The user's order the use is for; its conditions and per-order cap then apply. */
  orderId?: string | number | null | undefined;
  /** Why, for the ledger (up to 500 characters). */
  reason?: string | null | undefined;
  /** Whose benefit is used. */
  userId: string | number;
};

/** How a membership came about. */
export type MembershipSource =
  /** An operator assigned it by hand. */
  | 'MANUAL'
  /** A campaign gave it. */
  | 'PROMOTION'
  /** The customer bought it. */
  | 'PURCHASE'
  /** The customer earned it (spending or activity thresholds). */
  | 'QUALIFIED';

/** Where an order is in its life, as the order system last recorded it. Rules decide on placedAt and deliveredAt; the status is kept for clients and reports. */
export type OrderStatus =
  /** Cancelled before delivery. */
  | 'CANCELLED'
  /** Closed normally after delivery. */
  | 'COMPLETED'
  /** Delivered to the customer (deliveredAt is set). */
  | 'DELIVERED'
  /** Paid, not yet shipped. */
  | 'PAID'
  /** Placed, not yet paid. */
  | 'PLACED'
  /** Refunded in full (returned or cancelled after payment). */
  | 'REFUNDED'
  /** Handed to the carrier. */
  | 'SHIPPED';

/** How a quota resets, in whole local days of the business time zone. */
export type PeriodKind =
  /** The local calendar month. */
  | 'CALENDAR_MONTH'
  /** The local calendar quarter. */
  | 'CALENDAR_QUARTER'
  /** The local calendar year. */
  | 'CALENDAR_YEAR'
  /** Never resets. */
  | 'LIFETIME'
  /** A year from local midnight of the membership anniversary date. */
  | 'MEMBERSHIP_YEAR'
  /** The last periodDays local days, today included: a use frees up at the local midnight periodDays days after the day it was made. */
  | 'ROLLING_DAYS';

/** Why an entitlement is what it is. Clients may switch on it; the message says it in words. */
export type ReasonCode =
  /** The order's category is one the rule excludes. */
  | 'CATEGORY_EXCLUDED'
  /** The rule covers only some categories, and the order's is not among them. */
  | 'CATEGORY_NOT_INCLUDED'
  /** The rule's claim window after delivery (else placement) has passed. */
  | 'CLAIM_WINDOW_CLOSED'
  /** The order's merchant is one the rule excludes. */
  | 'MERCHANT_EXCLUDED'
  /** No tier decides: the user held no membership then (and no tier is the default). */
  | 'NO_MEMBERSHIP'
  /** The order total is below the rule's minOrderAmount. */
  | 'ORDER_BELOW_MINIMUM'
  /** The rule's per-order cap is used or held on this order; as a userError, less is left on it than the use asks for. */
  | 'ORDER_LIMIT_REACHED'
  /** The period's allowance (limit plus grants) is used or held; as a userError, less is left than the use asks for. */
  | 'QUOTA_EXHAUSTED'
  /** The tier's rule for the benefit is not in force at the instant: it starts later or has ended. */
  | 'RULE_NOT_EFFECTIVE'
  /** The deciding tier does not include the benefit; the message names a tier that does, if any. */
  | 'TIER_LACKS_BENEFIT';

/** The facts of an order, as the order system knows them. */
export type RecordOrderInput = {
  /** Order total in minor units. */
  amount: number;
  /** The product category (1-64 characters), matched by rule conditions. */
  category: string;
  /** ISO 4217 code. */
  currency: string;
  /** When it was delivered; not before placedAt. */
  deliveredAt?: string | null | undefined;
  /** The platform's order id; recording it again updates the order. */
  id: string | number;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
  /** The merchant it is from. */
  merchantId: string;
  /** When the order was placed. */
  placedAt: string;
  /** The order system's status. */
  status: OrderStatus;
  /** The customer who placed it; an order never changes owner. */
  userId: string | number;
};

/** Conditions an order must meet; an omitted condition always holds. */
export type RuleConditionsInput = {
  /** Orders in these categories do not qualify (up to 200). */
  categoriesExclude?: Array<string> | null | undefined;
  /** Only orders in these categories qualify (up to 200). */
  categoriesInclude?: Array<string> | null | undefined;
  /** Claims close at the end of the N-th local day after delivery (else placement). */
  claimWindowDays?: number | null | undefined;
  /** Orders from these merchants do not qualify (up to 1000). */
  merchantsExclude?: Array<string> | null | undefined;
  /** Minimum order total, in the order currency's minor units. */
  minOrderAmount?: number | null | undefined;
};

/** A new version of what a tier grants of a benefit. */
export type SetTierBenefitInput = {
  /** The benefit granted. */
  benefitCode: string;
  /** Conditions an order must meet; default none. At most 32768 bytes as JSON (UTF-8). */
  conditions?: RuleConditionsInput | null | undefined;
  /** ACCESS parameters, e.g. { "channel": "VIP_HOTLINE" }: nested at most 32 levels, at most 16384 bytes as JSON (UTF-8). */
  config?: Record<string, unknown> | null | undefined;
  /** Default now; a future instant schedules the change. */
  effectiveFrom?: string | null | undefined;
  /** Open-ended when omitted. */
  effectiveTo?: string | null | undefined;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
  /** COUNT: uses per period; AMOUNT: minor units per period. Required for both; omitted for ACCESS. At most 2^52−1 (4503599627370495), else AMOUNT_TOO_LARGE. */
  limit?: number | null | undefined;
  /** Cap per order, in the same units as limit. */
  perOrderLimit?: number | null | undefined;
  /** How the limit resets. Required for COUNT and AMOUNT; omitted for ACCESS. */
  period?: PeriodKind | null | undefined;
  /** Window length for ROLLING_DAYS. */
  periodDays?: number | null | undefined;
  /** Which membership decides an order-related entitlement. Default BEST_OF. */
  tierBasis?: TierBasis | null | undefined;
  /** The tier that grants it. */
  tierCode: string;
};

/** Which membership decides an order-related entitlement. */
export type TierBasis =
  /** The better-ranked of the two. */
  | 'BEST_OF'
  /** The tier held at the instant decided at (default now). */
  | 'CURRENT'
  /** The tier held when the order was placed. */
  | 'ORDER_TIME';

/** Changes to a benefit; omitted fields stay as they are. */
export type UpdateBenefitInput = {
  /** The benefit to change (codes and kinds never change). */
  code: string;
  /** New free text. */
  description?: string | null | undefined;
  /** Who pays for it from now on. */
  fundedBy?: FundedBy | null | undefined;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
  /** New display name. */
  name?: string | null | undefined;
  /** New unit name for a COUNT benefit; the currency of an AMOUNT benefit never changes. */
  unit?: string | null | undefined;
};

/** Changes to a tier; omitted fields stay as they are. */
export type UpdateTierInput = {
  /** The tier to change (codes never change). */
  code: string;
  /** New free text. */
  description?: string | null | undefined;
  /** Optional. Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey?: string | null | undefined;
  /** true makes this the default tier (the previous default stops being it). */
  isDefault?: boolean | null | undefined;
  /** New display name. */
  name?: string | null | undefined;
  /** New rank; unique. */
  rank?: number | null | undefined;
};

/** A move of one use: capture, release or reverse. */
export type UsageActionInput = {
  /** Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey: string;
  /** Why, for the ledger (up to 500 characters). */
  reason?: string | null | undefined;
  /** The use to move. */
  usageId: string | number;
};

/** Where a use is in its life: HELD → CAPTURED, RELEASED or EXPIRED; CAPTURED → REVERSED. */
export type UsageState =
  /** The benefit was given; counts against the period of the day it was first made. */
  | 'CAPTURED'
  /** A hold neither captured nor released by its expiresAt; it stopped counting at that instant. */
  | 'EXPIRED'
  /** Reserved while a case is open; counts until captured, released or past its expiresAt. */
  | 'HELD'
  /** The hold was given back without using the benefit; does not count. */
  | 'RELEASED'
  /** A captured use was undone; its quota came back to the use's own period. */
  | 'REVERSED';

/** Why a write was refused (nothing was written). A refused use repeats the ReasonCodes of its entitlement. */
export type UserErrorCode =
  /** The membership already ends at or before the asked endsAt. */
  | 'ALREADY_ENDED'
  /** A figure would pass 2^53−1 (9007199254740991), the largest exact integer: a limit above 2^52−1, one user's grants of one benefit totalling more than 2^52 (expired ones included), or one user's uses of one benefit counting more than 2^53−1 in all (held plus captured, every period). */
  | 'AMOUNT_TOO_LARGE'
  /** The benefit is archived: it takes no new rules or uses. */
  | 'BENEFIT_ARCHIVED'
  /** The order's category is one the rule excludes. */
  | 'CATEGORY_EXCLUDED'
  /** The rule covers only some categories, and the order's is not among them. */
  | 'CATEGORY_NOT_INCLUDED'
  /** The rule's claim window after delivery (else placement) has passed. */
  | 'CLAIM_WINDOW_CLOSED'
  /** A tier or benefit with this code already exists. */
  | 'CODE_TAKEN'
  /** An AMOUNT benefit's currency never changes; define a new benefit instead. */
  | 'CURRENCY_FIXED'
  /** An AMOUNT benefit needs its ISO 4217 currency as unit. */
  | 'CURRENCY_REQUIRED'
  /** The benefit does not reset for this user, so the grant needs an expiresAt. */
  | 'EXPIRY_REQUIRED'
  /** The hold passed its expiresAt and no longer counts; place a new hold. */
  | 'HOLD_EXPIRED'
  /** The idempotencyKey was already used for a different request; use a new key. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** An interval ends before it starts, or an expiry is not in the future. */
  | 'INVALID_RANGE'
  /** The use is not in the state the move starts from: capture and release need HELD, reverse needs CAPTURED. */
  | 'INVALID_STATE'
  /** The order's merchant is one the rule excludes. */
  | 'MERCHANT_EXCLUDED'
  /** The benefit is an ACCESS right; only COUNT and AMOUNT benefits take extra quota. */
  | 'NOT_A_QUOTA'
  /** No tier decides: the user held no membership then (and no tier is the default). */
  | 'NO_MEMBERSHIP'
  /** The order total is below the rule's minOrderAmount. */
  | 'ORDER_BELOW_MINIMUM'
  /** The rule's per-order cap is used or held on this order; as a userError, less is left on it than the use asks for. */
  | 'ORDER_LIMIT_REACHED'
  /** An order never changes owner: it was recorded for another user. */
  | 'ORDER_OWNER_CHANGED'
  /** The period's allowance (limit plus grants) is used or held; as a userError, less is left than the use asks for. */
  | 'QUOTA_EXHAUSTED'
  /** Another tier holds this rank; ranks are unique. */
  | 'RANK_TAKEN'
  /** Rules change from now on: an effectiveFrom or effectiveTo in the past would rewrite history. */
  | 'RULE_IN_PAST'
  /** The tier's rule for the benefit is not in force at the instant: it starts later or has ended. */
  | 'RULE_NOT_EFFECTIVE'
  /** The tier grants the benefit by no version in force at or after effectiveTo. */
  | 'RULE_NOT_FOUND'
  /** A later version of the same tier and benefit is already scheduled inside the new version; end the new one before it. */
  | 'RULE_OVERLAP'
  /** The rule does not fit the benefit's kind: ACCESS takes config; COUNT and AMOUNT need limit and period; periodDays goes with ROLLING_DAYS only. */
  | 'RULE_SHAPE'
  /** The tier is archived: it takes no new rules or memberships, cannot become the default, and is archived only once. */
  | 'TIER_ARCHIVED'
  /** The default tier cannot be archived; make another tier the default first. */
  | 'TIER_IS_DEFAULT'
  /** The deciding tier does not include the benefit; the message names a tier that does, if any. */
  | 'TIER_LACKS_BENEFIT';

export type CsOrderQueryVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type CsOrderQuery = { order: { id: string, userId: string, merchantId: string, category: string, amount: number, currency: string, placedAt: string, deliveredAt: string | null, status: OrderStatus, updatedAt: string, user: { id: string, tier: { code: string, name: string } | null }, entitlements: Array<{ status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, orderRemaining: number | null, periodStart: string | null, resetsAt: string | null, claimDeadline: string | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy }, tier: { code: string, name: string } | null, rule: { id: string, effectiveFrom: string, effectiveTo: string | null, tierBasis: TierBasis } | null, reasons: Array<{ code: ReasonCode, message: string }> }> } };

export type UsageResultFragment = { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: ReasonCode, message: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type CsHoldEntitlementMutationVariables = Exact<{
  input: HoldEntitlementInput;
}>;


export type CsHoldEntitlementMutation = { holdEntitlement: { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: ReasonCode, message: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CsConsumeEntitlementMutationVariables = Exact<{
  input: ConsumeEntitlementInput;
}>;


export type CsConsumeEntitlementMutation = { consumeEntitlement: { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: ReasonCode, message: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CsCaptureUsageMutationVariables = Exact<{
  input: UsageActionInput;
}>;


export type CsCaptureUsageMutation = { captureUsage: { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: ReasonCode, message: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CsReleaseUsageMutationVariables = Exact<{
  input: UsageActionInput;
}>;


export type CsReleaseUsageMutation = { releaseUsage: { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: ReasonCode, message: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CsReverseUsageMutationVariables = Exact<{
  input: UsageActionInput;
}>;


export type CsReverseUsageMutation = { reverseUsage: { usage: { id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null } | null, entitlement: { status: EntitlementStatus, remaining: number | null, used: number, held: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ code: ReasonCode, message: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CsGrantQuotaMutationVariables = Exact<{
  input: GrantQuotaInput;
}>;


export type CsGrantQuotaMutation = { grantQuota: { grant: { id: string, amount: number, expiresAt: string | null, reason: string } | null, entitlement: { remaining: number | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

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


export type CsUserQuery = { user: { id: string, tier: { code: string, name: string, rank: number } | null, memberships: Array<{ id: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { code: string, name: string, rank: number } }>, entitlements: Array<{ status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, orderRemaining: number | null, periodStart: string | null, resetsAt: string | null, claimDeadline: string | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy }, tier: { code: string, name: string } | null, rule: { id: string, effectiveFrom: string, effectiveTo: string | null, tierBasis: TierBasis } | null, reasons: Array<{ code: ReasonCode, message: string }> }> } };

export type CsUsersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CsUsersQuery = { users: Array<{ id: string, tier: { code: string, name: string } | null, entitlements: Array<{ status: EntitlementStatus, remaining: number | null, benefit: { code: string } }> }> };

export type CsEntitlementFragment = { status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, orderRemaining: number | null, periodStart: string | null, resetsAt: string | null, claimDeadline: string | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy }, tier: { code: string, name: string } | null, rule: { id: string, effectiveFrom: string, effectiveTo: string | null, tierBasis: TierBasis } | null, reasons: Array<{ code: ReasonCode, message: string }> };

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


export type DefineBenefitMutation = { defineBenefit: { benefit: { id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UpdateBenefitMutationVariables = Exact<{
  input: UpdateBenefitInput;
}>;


export type UpdateBenefitMutation = { updateBenefit: { benefit: { id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ArchiveBenefitMutationVariables = Exact<{
  input: ArchiveBenefitInput;
}>;


export type ArchiveBenefitMutation = { archiveBenefit: { benefit: { id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: string | null, message: string };

export type TierFieldsFragment = { id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null };

export type BenefitFieldsFragment = { id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null };

export type RuleFieldsFragment = { id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { code: string }, benefit: { code: string, kind: BenefitKind }, conditions: { minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } };

export type MembershipFieldsFragment = { id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { code: string, name: string } };

export type OpsVerifyLedgerQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsVerifyLedgerQuery = { verifyLedger: { countersChecked: number, entriesChecked: number, drift: Array<{ userId: string, benefitId: string, periodKey: string, counterHeld: number, counterCaptured: number, ledgerHeld: number, ledgerCaptured: number }> } };

export type AssignMembershipMutationVariables = Exact<{
  input: AssignMembershipInput;
}>;


export type AssignMembershipMutation = { assignMembership: { membership: { id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { code: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type EndMembershipMutationVariables = Exact<{
  input: EndMembershipInput;
}>;


export type EndMembershipMutation = { endMembership: { membership: { id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { code: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SetTierBenefitMutationVariables = Exact<{
  input: SetTierBenefitInput;
}>;


export type SetTierBenefitMutation = { setTierBenefit: { rule: { id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { code: string }, benefit: { code: string, kind: BenefitKind }, conditions: { minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type EndTierBenefitMutationVariables = Exact<{
  input: EndTierBenefitInput;
}>;


export type EndTierBenefitMutation = { endTierBenefit: { rule: { id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { code: string }, benefit: { code: string, kind: BenefitKind }, conditions: { minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

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


export type CreateTierMutation = { createTier: { tier: { id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UpdateTierMutationVariables = Exact<{
  input: UpdateTierInput;
}>;


export type UpdateTierMutation = { updateTier: { tier: { id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ArchiveTierMutationVariables = Exact<{
  input: ArchiveTierInput;
}>;


export type ArchiveTierMutation = { archiveTier: { tier: { id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

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


export type RecordOrderMutation = { recordOrder: { order: { id: string, userId: string, merchantId: string, category: string, amount: number, currency: string, placedAt: string, deliveredAt: string | null, status: OrderStatus, updatedAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type StorefrontMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontMeQuery = { me: { id: string, tier: { code: string, name: string, rank: number, description: string } | null, memberships: Array<{ id: string, startsAt: string, endsAt: string | null, source: MembershipSource, tier: { code: string, name: string } }>, entitlements: Array<{ status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, periodStart: string | null, resetsAt: string | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null, description: string }, reasons: Array<{ code: ReasonCode, message: string }> }> } };

export type StorefrontOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type StorefrontOrderQuery = { order: { id: string, status: OrderStatus, category: string, merchantId: string, amount: number, currency: string, placedAt: string, deliveredAt: string | null, entitlements: Array<{ status: EntitlementStatus, remaining: number | null, orderRemaining: number | null, claimDeadline: string | null, resetsAt: string | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null }, reasons: Array<{ code: ReasonCode, message: string }> }> } };

export type StorefrontTiersQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontTiersQuery = { tiers: Array<{ code: string, name: string, rank: number, description: string, rules: Array<{ limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, config: Record<string, unknown> | null, benefit: { code: string, name: string, kind: BenefitKind, unit: string | null, description: string } }> }> };
