/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What ops decide on an open appeal. */
export type AppealDecision =
  /** The charge stands. */
  | 'REJECTED'
  /** The merchant is right: its part of the charge moves to the platform (a compensating ledger row; the member's quota is untouched). */
  | 'UPHELD';

/** Where a merchant's appeal is. */
export type AppealState =
  /** Filed, awaiting an ops decision. */
  | 'OPEN'
  /** Ops disagreed: the charge stands. A use takes one appeal. */
  | 'REJECTED'
  /** Ops agreed: the merchant's part of the charge moved to the platform. */
  | 'UPHELD';

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

/** The decision on an open appeal. */
export type DecideAppealInput = {
  /** The appeal. */
  appealId: string | number;
  /** UPHELD moves the merchant's part of the charge to the platform; REJECTED leaves it. */
  decision: AppealDecision;
  /** Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey: string;
  /** Why, for the merchant and the audit log (3-1000 characters). */
  note: string;
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

/** Who pays for the benefit, for cost reports. */
export type FundedBy =
  /** The merchant of the order pays. */
  | 'MERCHANT'
  /** The platform pays. */
  | 'PLATFORM';

/** Who pays for a rule version's uses. */
export type Funder =
  /** The order's merchant pays all. */
  | 'MERCHANT'
  /** The platform pays all. */
  | 'PLATFORM'
  /** The order's merchant pays merchantShareBp basis points of the cost, the platform the rest. */
  | 'SPLIT';

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

/** Who pays for a rule version's uses and what one costs. */
export type RuleFundingInput = {
  /** ISO 4217 currency of unitCost; default COST_CURRENCY (CNY). */
  costCurrency?: string | null | undefined;
  /** Who pays. The cause can override it: SELLER_FAULT charges the order's merchant, LOGISTICS the platform. */
  funder: Funder;
  /** SPLIT only: the merchant's share in basis points (1-9999). */
  merchantShareBp?: number | null | undefined;
  /** COUNT and ACCESS: what one use costs, in minor units of costCurrency (e.g. 1200 = ¥12.00 a free return). Omitted: 0, unknown. AMOUNT uses cost their amount. */
  unitCost?: number | null | undefined;
};

/** A new version of what a tier grants of a benefit. */
export type SetTierBenefitInput = {
  /** Days after a use during which its charged merchant may appeal; default 14. */
  appealWindowDays?: number | null | undefined;
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
  /** Who pays and what a use costs; default: the benefit's fundedBy, cost 0 (unknown). */
  funding?: RuleFundingInput | null | undefined;
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
  /** The causes whose uses spend the member's quota; default [CUSTOMER_PREFERENCE]. Uses with other causes still need the member to be eligible, are recorded and charged, but leave the quota alone. */
  quotaCauses?: Array<UsageCause> | null | undefined;
  /** Which membership decides an order-related entitlement. Default BEST_OF. */
  tierBasis?: TierBasis | null | undefined;
  /** The tier that grants it. */
  tierCode: string;
};

/** A what-if: proposed rule versions and the window of recorded history to replay them over. */
export type SimulateRuleChangeInput = {
  /** Replay requests made at or after this instant. */
  from: string;
  /** Rule versions as setTierBenefit takes them (1-50; idempotencyKey is ignored). Each is in force from its effectiveFrom (default: from) to its effectiveTo (default: open), replacing what the tier × benefit had then; effectiveFrom may be in the past, nothing is written. */
  proposals: Array<SetTierBenefitInput>;
  /** COUNT benefit codes a returned order (status REFUNDED, placed in the window) asked one unit of when it has no use of them. Refused requests are not recorded, so this is how a replay counts the returns the rules in force turned down (at the order's last update). Default none: only recorded uses are replayed. */
  returnsAsk?: Array<string> | null | undefined;
  /** How many changed answers to show (0-200). */
  sampleSize?: number;
  /** Replay requests made before this instant (after from). */
  to: string;
};

/** Which membership decides an order-related entitlement. */
export type TierBasis =
  /** The better-ranked of the two. */
  | 'BEST_OF'
  /** The tier held at the instant decided at (default now). */
  | 'CURRENT'
  /** The tier held when the order was placed. */
  | 'ORDER_TIME';

/** The window a tier health report looks at. */
export type TierHealthInput = {
  /** Orders placed and uses made at or after this instant. */
  from: string;
  /** Before this instant (after from). */
  to: string;
};

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

/** Why a benefit was used. The rule version's quotaCauses say which causes spend the member's quota; SELLER_FAULT charges the order's merchant and LOGISTICS the platform, whatever the rule's funder. */
export type UsageCause =
  /** The customer changed their mind. */
  | 'CUSTOMER_PREFERENCE'
  /** Damaged or lost in transit. */
  | 'LOGISTICS'
  /** A quality problem not clearly the seller’s fault. */
  | 'QUALITY_ISSUE'
  /** Wrong, defective or not as described: the merchant is at fault (needs the order). */
  | 'SELLER_FAULT'
  /** A right the law grants anyway, such as a no-reason return within 7 days of receipt. */
  | 'STATUTORY';

/** What usageReport groups uses by; rows are sorted by the dimensions in the order given. */
export type UsageReportDimension =
  /** The benefit used, by code. */
  | 'BENEFIT'
  /** Why the benefit was used. */
  | 'CAUSE'
  /** The local day (business time zone) the use was first made, YYYY-MM-DD. */
  | 'DAY'
  /** Who pays for the use, as decided when it was made. */
  | 'FUNDER'
  /** The order's merchant (null: a use without an order). */
  | 'MERCHANT'
  /** The local month of that day, YYYY-MM. */
  | 'MONTH'
  /** The tier whose rule allowed the use (the rule's tier), by code. */
  | 'TIER'
  /** The ISO week of that local day, YYYY-Www (2026-W48). */
  | 'WEEK';

/** Narrows the uses a report counts; every list is optional, an empty or missing one keeps all. */
export type UsageReportFilter = {
  /** Only uses of these benefits (codes, up to 100). */
  benefitCodes?: Array<string> | null | undefined;
  /** Only uses with these causes. */
  causes?: Array<UsageCause> | null | undefined;
  /** Only uses on these merchants' orders (up to 100). */
  merchantIds?: Array<string> | null | undefined;
  /** Only uses allowed by these tiers (codes, up to 100). */
  tierCodes?: Array<string> | null | undefined;
};

/** A usage report: the window, how to group, what to keep, and the page. */
export type UsageReportInput = {
  /** The endCursor (or an edge cursor) of the previous page; omit for the first page. */
  after?: string | null | undefined;
  /** Narrows the uses counted. */
  filter?: UsageReportFilter | null | undefined;
  /** Page size, 1 to 100. */
  first?: number;
  /** Uses first made at or after this instant. */
  from: string;
  /** One row per distinct combination of these, sorted by them in this order; [] gives one row for the whole window. */
  groupBy: Array<UsageReportDimension>;
  /** Uses first made before this instant (after from). */
  to: string;
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
  /** The appeal was already decided; a decision is final. */
  | 'APPEAL_DECIDED'
  /** The use already has an appeal; a use takes one. */
  | 'APPEAL_EXISTS'
  /** The rule's appeal window (appealWindowDays after the use, default 14) has passed. */
  | 'APPEAL_WINDOW_CLOSED'
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
  /** The rule's economics do not fit: SPLIT needs merchantShareBp (1-9999) and the other funders take none; an AMOUNT benefit costs its amount (no unitCost); quotaCauses needs at least one cause. */
  | 'FUNDING_SHAPE'
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
  /** The use charges this merchant nothing (the platform pays it, or it is not captured or was reversed): there is nothing to appeal. */
  | 'NOT_CHARGED'
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

export type AppealFieldsFragment = { __typename: 'Appeal', id: string, usageId: string, merchantId: string, reason: string, evidence: Array<string>, state: AppealState, openedBy: string, openedAt: string, decidedBy: string | null, decidedAt: string | null, decisionNote: string | null };

export type AppealQueueQueryVariables = Exact<{
  state?: AppealState | null | undefined;
  merchantId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AppealQueueQuery = { appeals: { __typename: 'AppealConnection', edges: Array<{ __typename: 'AppealEdge', cursor: string, node: { __typename: 'Appeal', id: string, usageId: string, merchantId: string, reason: string, evidence: Array<string>, state: AppealState, openedBy: string, openedAt: string, decidedBy: string | null, decidedAt: string | null, decisionNote: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type DecideAppealMutationVariables = Exact<{
  input: DecideAppealInput;
}>;


export type DecideAppealMutation = { decideAppeal: { __typename: 'AppealPayload', appeal: { __typename: 'Appeal', id: string, usageId: string, merchantId: string, reason: string, evidence: Array<string>, state: AppealState, openedBy: string, openedAt: string, decidedBy: string | null, decidedAt: string | null, decisionNote: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type MerchantFiguresQueryVariables = Exact<{
  merchantId: string | number;
  from: string;
  to: string;
}>;


export type MerchantFiguresQuery = { merchantSummary: { __typename: 'MerchantSummary', merchantId: string, chargedUses: number, appeals: number, openAppeals: number, upheldAppeals: number, rejectedAppeals: number, upheldShare: number | null, meanHoursToDecision: number | null, medianHoursToDecision: number | null, money: Array<{ __typename: 'MerchantMoney', currency: string, charged: number, reversed: number, movedByAppeals: number, net: number }> } };

export type OpsAuditLogQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
}>;


export type OpsAuditLogQuery = { auditLog: { __typename: 'AuditEntryConnection', edges: Array<{ __typename: 'AuditEntryEdge', cursor: string, node: { __typename: 'AuditEntry', id: string, createdAt: string, actorId: string, actorRoles: Array<string>, action: string, entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, requestId: string | null } }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type OpsBenefitsQueryVariables = Exact<{
  includeArchived?: boolean;
}>;


export type OpsBenefitsQuery = { benefits: Array<{ __typename: 'Benefit', id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null }> };

export type DefineBenefitMutationVariables = Exact<{
  input: DefineBenefitInput;
}>;


export type DefineBenefitMutation = { defineBenefit: { __typename: 'BenefitPayload', benefit: { __typename: 'Benefit', id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type UpdateBenefitMutationVariables = Exact<{
  input: UpdateBenefitInput;
}>;


export type UpdateBenefitMutation = { updateBenefit: { __typename: 'BenefitPayload', benefit: { __typename: 'Benefit', id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type ArchiveBenefitMutationVariables = Exact<{
  input: ArchiveBenefitInput;
}>;


export type ArchiveBenefitMutation = { archiveBenefit: { __typename: 'BenefitPayload', benefit: { __typename: 'Benefit', id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type UserErrorFieldsFragment = { __typename: 'UserError', code: UserErrorCode, field: string | null, message: string };

export type TierFieldsFragment = { __typename: 'Tier', id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null };

export type BenefitFieldsFragment = { __typename: 'Benefit', id: string, code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy, description: string, archivedAt: string | null };

export type RuleFieldsFragment = { __typename: 'TierBenefitRule', id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { __typename: 'Tier', code: string }, benefit: { __typename: 'Benefit', code: string, kind: BenefitKind }, conditions: { __typename: 'RuleConditions', minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } };

export type MembershipFieldsFragment = { __typename: 'Membership', id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { __typename: 'Tier', code: string, name: string } };

export type OpsVerifyLedgerQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsVerifyLedgerQuery = { verifyLedger: { __typename: 'LedgerReport', countersChecked: number, entriesChecked: number, drift: Array<{ __typename: 'CounterDrift', userId: string, benefitId: string, periodKey: string, counterHeld: number, counterCaptured: number, ledgerHeld: number, ledgerCaptured: number }>, chargeDrift: Array<{ __typename: 'ChargeDrift', usageId: string, userId: string, state: UsageState, expectedMerchant: number, expectedPlatform: number, chargedMerchant: number, chargedPlatform: number }> } };

export type AssignMembershipMutationVariables = Exact<{
  input: AssignMembershipInput;
}>;


export type AssignMembershipMutation = { assignMembership: { __typename: 'MembershipPayload', membership: { __typename: 'Membership', id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { __typename: 'Tier', code: string, name: string } } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type EndMembershipMutationVariables = Exact<{
  input: EndMembershipInput;
}>;


export type EndMembershipMutation = { endMembership: { __typename: 'MembershipPayload', membership: { __typename: 'Membership', id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { __typename: 'Tier', code: string, name: string } } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type UsageReportQueryVariables = Exact<{
  input: UsageReportInput;
}>;


export type UsageReportQuery = { usageReport: { __typename: 'UsageReportRowConnection', edges: Array<{ __typename: 'UsageReportRowEdge', cursor: string, node: { __typename: 'UsageReportRow', tier: string | null, benefit: string | null, merchant: string | null, funder: Funder | null, cause: UsageCause | null, day: string | null, week: string | null, month: string | null, uses: number, reversed: number, units: number, members: number, appeals: number, upheldAppeals: number, rejectedAppeals: number, upheldShare: number | null, cost: Array<{ __typename: 'UsageReportCost', currency: string, platform: number, merchant: number, total: number, perMember: number | null }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SetTierBenefitMutationVariables = Exact<{
  input: SetTierBenefitInput;
}>;


export type SetTierBenefitMutation = { setTierBenefit: { __typename: 'RulePayload', rule: { __typename: 'TierBenefitRule', id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { __typename: 'Tier', code: string }, benefit: { __typename: 'Benefit', code: string, kind: BenefitKind }, conditions: { __typename: 'RuleConditions', minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type EndTierBenefitMutationVariables = Exact<{
  input: EndTierBenefitInput;
}>;


export type EndTierBenefitMutation = { endTierBenefit: { __typename: 'RulePayload', rule: { __typename: 'TierBenefitRule', id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { __typename: 'Tier', code: string }, benefit: { __typename: 'Benefit', code: string, kind: BenefitKind }, conditions: { __typename: 'RuleConditions', minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type SimulateRuleChangeQueryVariables = Exact<{
  input: SimulateRuleChangeInput;
}>;


export type SimulateRuleChangeQuery = { simulateRuleChange: { __typename: 'SimulationResult', members: number, requests: number, elapsedMs: number, rows: Array<{ __typename: 'SimulationRow', tier: string | null, benefit: string, requests: number, recorded: number, allowedBefore: number, allowedAfter: number, refusedBefore: number, refusedAfter: number, gained: number, lost: number, unitsBefore: number, unitsAfter: number, membersAffected: number, cost: Array<{ __typename: 'SimulationCost', currency: string, platformBefore: number, merchantBefore: number, platformAfter: number, merchantAfter: number, platformChange: number, merchantChange: number }> }>, samples: Array<{ __typename: 'SimulationSample', userId: string, benefit: string, orderId: string | null, at: string, tier: string | null, before: { __typename: 'SimulationAnswer', allowed: boolean, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> }, after: { __typename: 'SimulationAnswer', allowed: boolean, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> } }> } };

export type TierHealthQueryVariables = Exact<{
  input: TierHealthInput;
}>;


export type TierHealthQuery = { tierHealth: Array<{ __typename: 'TierHealth', tier: string, members: number, orders: number, benefits: Array<{ __typename: 'BenefitHealth', benefit: string, ordersOffered: number, ordersApplied: number, membersUsed: number, usedShare: number, topReasons: Array<{ __typename: 'ReasonCount', code: ReasonCode, orders: number, example: string }> }> }> };

export type OpsTiersQueryVariables = Exact<{
  at?: string | null | undefined;
  includeArchived?: boolean;
}>;


export type OpsTiersQuery = { tiers: Array<{ __typename: 'Tier', id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null, rules: Array<{ __typename: 'TierBenefitRule', id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { __typename: 'Tier', code: string }, benefit: { __typename: 'Benefit', code: string, kind: BenefitKind }, conditions: { __typename: 'RuleConditions', minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } }> }> };

export type OpsTierQueryVariables = Exact<{
  code: string;
  at?: string | null | undefined;
}>;


export type OpsTierQuery = { tier: { __typename: 'Tier', id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null, rules: Array<{ __typename: 'TierBenefitRule', id: string, limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, tierBasis: TierBasis, config: Record<string, unknown> | null, effectiveFrom: string, effectiveTo: string | null, createdAt: string, createdBy: string, tier: { __typename: 'Tier', code: string }, benefit: { __typename: 'Benefit', code: string, kind: BenefitKind }, conditions: { __typename: 'RuleConditions', minOrderAmount: number | null, categoriesInclude: Array<string> | null, categoriesExclude: Array<string> | null, merchantsExclude: Array<string> | null, claimWindowDays: number | null } }> } };

export type CreateTierMutationVariables = Exact<{
  input: CreateTierInput;
}>;


export type CreateTierMutation = { createTier: { __typename: 'TierPayload', tier: { __typename: 'Tier', id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type UpdateTierMutationVariables = Exact<{
  input: UpdateTierInput;
}>;


export type UpdateTierMutation = { updateTier: { __typename: 'TierPayload', tier: { __typename: 'Tier', id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type ArchiveTierMutationVariables = Exact<{
  input: ArchiveTierInput;
}>;


export type ArchiveTierMutation = { archiveTier: { __typename: 'TierPayload', tier: { __typename: 'Tier', id: string, code: string, name: string, rank: number, description: string, isDefault: boolean, archivedAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type OpsTierMembersQueryVariables = Exact<{
  code: string;
  at?: string | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type OpsTierMembersQuery = { tier: { __typename: 'Tier', code: string, members: { __typename: 'MembershipConnection', edges: Array<{ __typename: 'MembershipEdge', cursor: string, node: { __typename: 'Membership', id: string, userId: string, startsAt: string, endsAt: string | null, source: MembershipSource } }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } } };

export const AppealFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<AppealFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const TierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<TierFieldsFragment, unknown>;
export const BenefitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<BenefitFieldsFragment, unknown>;
export const RuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierBenefitRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tierBasis"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderAmount"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesInclude"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesExclude"}},{"kind":"Field","name":{"kind":"Name","value":"merchantsExclude"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]} as unknown as DocumentNode<RuleFieldsFragment, unknown>;
export const MembershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]} as unknown as DocumentNode<MembershipFieldsFragment, unknown>;
export const AppealQueueDocument = {"__meta__":{"hash":"sha256:e03a9e005ce91450f8df992f2fc3823b7cadfbd889e0b52746a16eb258e6b4ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealState"}},"defaultValue":{"kind":"EnumValue","value":"OPEN"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"merchantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<AppealQueueQuery, AppealQueueQueryVariables>;
export const DecideAppealDocument = {"__meta__":{"hash":"sha256:ef05a38ff99ac2802a7f0d9a4de4fd6c70993c2e77ba39796784a22ff283c31d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<DecideAppealMutation, DecideAppealMutationVariables>;
export const MerchantFiguresDocument = {"__meta__":{"hash":"sha256:8771a1e791e33ac40833b10f29d21eb6090bf9932fcd74fb4125bcbd68d84589"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchantSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"merchantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"chargedUses"}},{"kind":"Field","name":{"kind":"Name","value":"money"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"reversed"}},{"kind":"Field","name":{"kind":"Name","value":"movedByAppeals"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeals"}},{"kind":"Field","name":{"kind":"Name","value":"openAppeals"}},{"kind":"Field","name":{"kind":"Name","value":"upheldAppeals"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAppeals"}},{"kind":"Field","name":{"kind":"Name","value":"upheldShare"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursToDecision"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToDecision"}}]}}]}}]} as unknown as DocumentNode<MerchantFiguresQuery, MerchantFiguresQueryVariables>;
export const OpsAuditLogDocument = {"__meta__":{"hash":"sha256:66fe8d4080527eb9e7d01f2fcd7f283f95522332b6dd4f019476bd296a2cac82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<OpsAuditLogQuery, OpsAuditLogQueryVariables>;
export const OpsBenefitsDocument = {"__meta__":{"hash":"sha256:88eee9b3a642cff3ba1f8a94542b46835c4811e1df9395f41bb75a5a07a6bcb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsBenefits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<OpsBenefitsQuery, OpsBenefitsQueryVariables>;
export const DefineBenefitDocument = {"__meta__":{"hash":"sha256:b6f1146c1c3baadbfedf9be3ed494014f709c365e1405a65355f909a6497e782"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineBenefitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DefineBenefitMutation, DefineBenefitMutationVariables>;
export const UpdateBenefitDocument = {"__meta__":{"hash":"sha256:80dda43089424f6251f316e3df669041cb214b6be387569a8bb394e3e8434a93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBenefitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateBenefitMutation, UpdateBenefitMutationVariables>;
export const ArchiveBenefitDocument = {"__meta__":{"hash":"sha256:2dbd7cba4ed49eae4bc3c487d24230e35655f51a222cbb97c793105057039094"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveBenefitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ArchiveBenefitMutation, ArchiveBenefitMutationVariables>;
export const OpsVerifyLedgerDocument = {"__meta__":{"hash":"sha256:6a28f2871f5955bab71a3d7238373c8c4002e4988e7596e930c2cc0d91cf883e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsVerifyLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"countersChecked"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"benefitId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"counterHeld"}},{"kind":"Field","name":{"kind":"Name","value":"counterCaptured"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerHeld"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerCaptured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargeDrift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMerchant"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"chargedMerchant"}},{"kind":"Field","name":{"kind":"Name","value":"chargedPlatform"}}]}}]}}]}}]} as unknown as DocumentNode<OpsVerifyLedgerQuery, OpsVerifyLedgerQueryVariables>;
export const AssignMembershipDocument = {"__meta__":{"hash":"sha256:1750bb00166bc70119b0932f2f6ad7063974984089462707705da92312610c7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssignMembershipMutation, AssignMembershipMutationVariables>;
export const EndMembershipDocument = {"__meta__":{"hash":"sha256:5bc6d6def3b99b7b3f9a9dbfb548f5254a20d3fea32c7abcf81bd55aa1b698e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EndMembershipMutation, EndMembershipMutationVariables>;
export const UsageReportDocument = {"__meta__":{"hash":"sha256:21f436ebff16f316d6ffd07a7bf9d93e8e7a80d65daf24a06968be95451e138c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsageReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"reversed"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"perMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeals"}},{"kind":"Field","name":{"kind":"Name","value":"upheldAppeals"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAppeals"}},{"kind":"Field","name":{"kind":"Name","value":"upheldShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UsageReportQuery, UsageReportQueryVariables>;
export const SetTierBenefitDocument = {"__meta__":{"hash":"sha256:0d702a40d8149ad63e54a7ff8b38787760f925fafe7926d9f3ed75f4dcb56210"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTierBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTierBenefitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTierBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierBenefitRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tierBasis"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderAmount"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesInclude"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesExclude"}},{"kind":"Field","name":{"kind":"Name","value":"merchantsExclude"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetTierBenefitMutation, SetTierBenefitMutationVariables>;
export const EndTierBenefitDocument = {"__meta__":{"hash":"sha256:a2e33ad6d33103b8f8c9bea34e55b1ad5b298df48024f0c7af221fc09cd56936"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndTierBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndTierBenefitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endTierBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierBenefitRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tierBasis"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderAmount"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesInclude"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesExclude"}},{"kind":"Field","name":{"kind":"Name","value":"merchantsExclude"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EndTierBenefitMutation, EndTierBenefitMutationVariables>;
export const SimulateRuleChangeDocument = {"__meta__":{"hash":"sha256:13009058a997d92761e77d638b246dbaa21f00735cfcd1648c8fbe839a6b3956"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateRuleChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulateRuleChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateRuleChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMs"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"allowedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"allowedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"refusedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"unitsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"unitsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"membersAffected"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"platformBefore"}},{"kind":"Field","name":{"kind":"Name","value":"merchantBefore"}},{"kind":"Field","name":{"kind":"Name","value":"platformAfter"}},{"kind":"Field","name":{"kind":"Name","value":"merchantAfter"}},{"kind":"Field","name":{"kind":"Name","value":"platformChange"}},{"kind":"Field","name":{"kind":"Name","value":"merchantChange"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimulateRuleChangeQuery, SimulateRuleChangeQueryVariables>;
export const TierHealthDocument = {"__meta__":{"hash":"sha256:583bc22679e16471a416af881e62987730d9ff945712372204acfa6e91949859"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierHealthInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"ordersOffered"}},{"kind":"Field","name":{"kind":"Name","value":"ordersApplied"}},{"kind":"Field","name":{"kind":"Name","value":"membersUsed"}},{"kind":"Field","name":{"kind":"Name","value":"usedShare"}},{"kind":"Field","name":{"kind":"Name","value":"topReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TierHealthQuery, TierHealthQueryVariables>;
export const OpsTiersDocument = {"__meta__":{"hash":"sha256:814b031c7584541aea833f3b55d87059b8da68896697a66f797ba8b02ce1bba6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierBenefitRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tierBasis"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderAmount"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesInclude"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesExclude"}},{"kind":"Field","name":{"kind":"Name","value":"merchantsExclude"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]} as unknown as DocumentNode<OpsTiersQuery, OpsTiersQueryVariables>;
export const OpsTierDocument = {"__meta__":{"hash":"sha256:1559b41a10fd96ffb87c42df8c9813c8d1ba81978cc8c586124c517597464078"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierBenefitRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tierBasis"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderAmount"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesInclude"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesExclude"}},{"kind":"Field","name":{"kind":"Name","value":"merchantsExclude"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]} as unknown as DocumentNode<OpsTierQuery, OpsTierQueryVariables>;
export const CreateTierDocument = {"__meta__":{"hash":"sha256:dfa295ba219252e20e5bf2c06805af27a64741cc9461425a0d0f8437c5544b4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateTierMutation, CreateTierMutationVariables>;
export const UpdateTierDocument = {"__meta__":{"hash":"sha256:312678c8e26bfdf9a77a57fb6405e7a5a4c37762e38a576f59349a7c73c96e3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateTierMutation, UpdateTierMutationVariables>;
export const ArchiveTierDocument = {"__meta__":{"hash":"sha256:8c95a8389c49d9562c8837a3d859d58ab092d7a811fbd989973d53956e71a5ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveTierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ArchiveTierMutation, ArchiveTierMutationVariables>;
export const OpsTierMembersDocument = {"__meta__":{"hash":"sha256:beaaaab0a149200c445710f14b8a4b68bfa845c4edc03afa2cfd8040335b0bd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsTierMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpsTierMembersQuery, OpsTierMembersQueryVariables>;