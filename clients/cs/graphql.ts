/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  /** Why the benefit is used; default CUSTOMER_PREFERENCE. Causes the rule does not count (e.g. SELLER_FAULT, which needs orderId and charges the order's merchant) leave the quota alone. */
  cause?: UsageCause | null | undefined;
  /** Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey: string;
  /** The user's order the use is for; its conditions and per-order cap then apply. */
  orderId?: string | number | null | undefined;
  /** Why, for the ledger (up to 500 characters). */
  reason?: string | null | undefined;
  /** Whose benefit is used. */
  userId: string | number;
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

/** Who pays for a rule version's uses. */
export type Funder =
  /** The order's merchant pays all. */
  | 'MERCHANT'
  /** The platform pays all. */
  | 'PLATFORM'
  /** The order's merchant pays merchantShareBp basis points of the cost, the platform the rest. */
  | 'SPLIT';

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
  /** Why the benefit is used; default CUSTOMER_PREFERENCE. Causes the rule does not count (e.g. SELLER_FAULT, which needs orderId and charges the order's merchant) leave the quota alone. */
  cause?: UsageCause | null | undefined;
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

/** Which membership decides an order-related entitlement. */
export type TierBasis =
  /** The better-ranked of the two. */
  | 'BEST_OF'
  /** The tier held at the instant decided at (default now). */
  | 'CURRENT'
  /** The tier held when the order was placed. */
  | 'ORDER_TIME';

/** A move of one use: capture, release or reverse. */
export type UsageActionInput = {
  /** Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey: string;
  /** Why, for the ledger (up to 500 characters). */
  reason?: string | null | undefined;
  /** The use to move. */
  usageId: string | number;
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

export type CsOrderQueryVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type CsOrderQuery = { order: { __typename: 'Order', id: string, userId: string, merchantId: string, category: string, amount: number, currency: string, placedAt: string, deliveredAt: string | null, status: OrderStatus, updatedAt: string, user: { __typename: 'User', id: string, tier: { __typename: 'Tier', code: string, name: string } | null }, entitlements: Array<{ __typename: 'Entitlement', status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, orderRemaining: number | null, periodStart: string | null, resetsAt: string | null, claimDeadline: string | null, config: Record<string, unknown> | null, benefit: { __typename: 'Benefit', code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy }, tier: { __typename: 'Tier', code: string, name: string } | null, rule: { __typename: 'TierBenefitRule', id: string, effectiveFrom: string, effectiveTo: string | null, tierBasis: TierBasis } | null, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> }> } };

export type UsageResultFragment = { __typename: 'UsagePayload', usage: { __typename: 'Usage', id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null, cause: UsageCause, spendsQuota: boolean, funder: Funder, merchantId: string | null, merchantShareBp: number, cost: number, costCurrency: string | null } | null, entitlement: { __typename: 'Entitlement', status: EntitlementStatus, remaining: number | null, used: number, held: number, exemptUsed: number, exemptHeld: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> };

export type CsHoldEntitlementMutationVariables = Exact<{
  input: HoldEntitlementInput;
}>;


export type CsHoldEntitlementMutation = { holdEntitlement: { __typename: 'UsagePayload', usage: { __typename: 'Usage', id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null, cause: UsageCause, spendsQuota: boolean, funder: Funder, merchantId: string | null, merchantShareBp: number, cost: number, costCurrency: string | null } | null, entitlement: { __typename: 'Entitlement', status: EntitlementStatus, remaining: number | null, used: number, held: number, exemptUsed: number, exemptHeld: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type CsConsumeEntitlementMutationVariables = Exact<{
  input: ConsumeEntitlementInput;
}>;


export type CsConsumeEntitlementMutation = { consumeEntitlement: { __typename: 'UsagePayload', usage: { __typename: 'Usage', id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null, cause: UsageCause, spendsQuota: boolean, funder: Funder, merchantId: string | null, merchantShareBp: number, cost: number, costCurrency: string | null } | null, entitlement: { __typename: 'Entitlement', status: EntitlementStatus, remaining: number | null, used: number, held: number, exemptUsed: number, exemptHeld: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type CsCaptureUsageMutationVariables = Exact<{
  input: UsageActionInput;
}>;


export type CsCaptureUsageMutation = { captureUsage: { __typename: 'UsagePayload', usage: { __typename: 'Usage', id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null, cause: UsageCause, spendsQuota: boolean, funder: Funder, merchantId: string | null, merchantShareBp: number, cost: number, costCurrency: string | null } | null, entitlement: { __typename: 'Entitlement', status: EntitlementStatus, remaining: number | null, used: number, held: number, exemptUsed: number, exemptHeld: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type CsReleaseUsageMutationVariables = Exact<{
  input: UsageActionInput;
}>;


export type CsReleaseUsageMutation = { releaseUsage: { __typename: 'UsagePayload', usage: { __typename: 'Usage', id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null, cause: UsageCause, spendsQuota: boolean, funder: Funder, merchantId: string | null, merchantShareBp: number, cost: number, costCurrency: string | null } | null, entitlement: { __typename: 'Entitlement', status: EntitlementStatus, remaining: number | null, used: number, held: number, exemptUsed: number, exemptHeld: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type CsReverseUsageMutationVariables = Exact<{
  input: UsageActionInput;
}>;


export type CsReverseUsageMutation = { reverseUsage: { __typename: 'UsagePayload', usage: { __typename: 'Usage', id: string, state: UsageState, amount: number, periodStart: string | null, expiresAt: string | null, orderId: string | null, cause: UsageCause, spendsQuota: boolean, funder: Funder, merchantId: string | null, merchantShareBp: number, cost: number, costCurrency: string | null } | null, entitlement: { __typename: 'Entitlement', status: EntitlementStatus, remaining: number | null, used: number, held: number, exemptUsed: number, exemptHeld: number, orderRemaining: number | null, resetsAt: string | null, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type CsGrantQuotaMutationVariables = Exact<{
  input: GrantQuotaInput;
}>;


export type CsGrantQuotaMutation = { grantQuota: { __typename: 'GrantPayload', grant: { __typename: 'Grant', id: string, amount: number, expiresAt: string | null, reason: string } | null, entitlement: { __typename: 'Entitlement', remaining: number | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type CsUsageHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number;
  after?: string | null | undefined;
  benefitCode?: string | null | undefined;
}>;


export type CsUsageHistoryQuery = { user: { __typename: 'User', usage: { __typename: 'UsageConnection', edges: Array<{ __typename: 'UsageEdge', cursor: string, node: { __typename: 'Usage', id: string, state: UsageState, amount: number, orderId: string | null, periodStart: string | null, createdAt: string, actorId: string, reason: string, cause: UsageCause, spendsQuota: boolean, funder: Funder, cost: number, costCurrency: string | null, benefit: { __typename: 'Benefit', code: string, name: string }, transitions: Array<{ __typename: 'UsageTransition', fromState: UsageState | null, toState: UsageState, actorId: string, reason: string, createdAt: string }> } }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } } };

export type CsUserQueryVariables = Exact<{
  id: string | number;
  orderId?: string | number | null | undefined;
  at?: string | null | undefined;
}>;


export type CsUserQuery = { user: { __typename: 'User', id: string, tier: { __typename: 'Tier', code: string, name: string, rank: number } | null, memberships: Array<{ __typename: 'Membership', id: string, startsAt: string, endsAt: string | null, source: MembershipSource, createdAt: string, createdBy: string, tier: { __typename: 'Tier', code: string, name: string, rank: number } }>, entitlements: Array<{ __typename: 'Entitlement', status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, orderRemaining: number | null, periodStart: string | null, resetsAt: string | null, claimDeadline: string | null, config: Record<string, unknown> | null, benefit: { __typename: 'Benefit', code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy }, tier: { __typename: 'Tier', code: string, name: string } | null, rule: { __typename: 'TierBenefitRule', id: string, effectiveFrom: string, effectiveTo: string | null, tierBasis: TierBasis } | null, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> }> } };

export type CsUsersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CsUsersQuery = { users: Array<{ __typename: 'User', id: string, tier: { __typename: 'Tier', code: string, name: string } | null, entitlements: Array<{ __typename: 'Entitlement', status: EntitlementStatus, remaining: number | null, benefit: { __typename: 'Benefit', code: string } }> }> };

export type CsEntitlementFragment = { __typename: 'Entitlement', status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, orderRemaining: number | null, periodStart: string | null, resetsAt: string | null, claimDeadline: string | null, config: Record<string, unknown> | null, benefit: { __typename: 'Benefit', code: string, name: string, kind: BenefitKind, unit: string | null, fundedBy: FundedBy }, tier: { __typename: 'Tier', code: string, name: string } | null, rule: { __typename: 'TierBenefitRule', id: string, effectiveFrom: string, effectiveTo: string | null, tierBasis: TierBasis } | null, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> };

export const UsageResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"spendsQuota"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"costCurrency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"exemptUsed"}},{"kind":"Field","name":{"kind":"Name","value":"exemptHeld"}},{"kind":"Field","name":{"kind":"Name","value":"orderRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UsageResultFragment, unknown>;
export const CsEntitlementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CsEntitlement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"tierBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"orderRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CsEntitlementFragment, unknown>;
export const CsOrderDocument = {"__meta__":{"hash":"sha256:ea8f1d4016f9353ea05215aeb7e75d52117adc0f23ecc8b068841d953548e32f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CsEntitlement"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CsEntitlement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"tierBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"orderRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CsOrderQuery, CsOrderQueryVariables>;
export const CsHoldEntitlementDocument = {"__meta__":{"hash":"sha256:29a6a3fc8abcafb958d220eb2067b0371e07cb6512f07a8d4b98495b1dd7332b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CsHoldEntitlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldEntitlementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"spendsQuota"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"costCurrency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"exemptUsed"}},{"kind":"Field","name":{"kind":"Name","value":"exemptHeld"}},{"kind":"Field","name":{"kind":"Name","value":"orderRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CsHoldEntitlementMutation, CsHoldEntitlementMutationVariables>;
export const CsConsumeEntitlementDocument = {"__meta__":{"hash":"sha256:3a7e78675eaf22a76399b2aeb754dc18dfde4b6fd1904adb3d97e58136b567ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CsConsumeEntitlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsumeEntitlementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumeEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"spendsQuota"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"costCurrency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"exemptUsed"}},{"kind":"Field","name":{"kind":"Name","value":"exemptHeld"}},{"kind":"Field","name":{"kind":"Name","value":"orderRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CsConsumeEntitlementMutation, CsConsumeEntitlementMutationVariables>;
export const CsCaptureUsageDocument = {"__meta__":{"hash":"sha256:14520fce0eeb13aec800728e074d4304650c934a46c06e10448566e905211245"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CsCaptureUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captureUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"spendsQuota"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"costCurrency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"exemptUsed"}},{"kind":"Field","name":{"kind":"Name","value":"exemptHeld"}},{"kind":"Field","name":{"kind":"Name","value":"orderRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CsCaptureUsageMutation, CsCaptureUsageMutationVariables>;
export const CsReleaseUsageDocument = {"__meta__":{"hash":"sha256:4b4d31b29762878a6729a1d7047112174f731ff0dda5594a96a8dcb4c1956503"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CsReleaseUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"spendsQuota"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"costCurrency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"exemptUsed"}},{"kind":"Field","name":{"kind":"Name","value":"exemptHeld"}},{"kind":"Field","name":{"kind":"Name","value":"orderRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CsReleaseUsageMutation, CsReleaseUsageMutationVariables>;
export const CsReverseUsageDocument = {"__meta__":{"hash":"sha256:9020854e4e845f273fbe2e647fa49ccdd04bd0380dd184652d6ac5f8c8086fe9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CsReverseUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"spendsQuota"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"costCurrency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"exemptUsed"}},{"kind":"Field","name":{"kind":"Name","value":"exemptHeld"}},{"kind":"Field","name":{"kind":"Name","value":"orderRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CsReverseUsageMutation, CsReverseUsageMutationVariables>;
export const CsGrantQuotaDocument = {"__meta__":{"hash":"sha256:8b1a4b55e67c0b81926a172774f42bb36b2725104d57505e6972fd92ca46908d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CsGrantQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CsGrantQuotaMutation, CsGrantQuotaMutationVariables>;
export const CsUsageHistoryDocument = {"__meta__":{"hash":"sha256:f722cdf8800b359b0011df308709da954c96ed8282f5a8c92e9d146c32fe3298"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsUsageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"benefitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"benefitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"benefitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"spendsQuota"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"costCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CsUsageHistoryQuery, CsUsageHistoryQueryVariables>;
export const CsUserDocument = {"__meta__":{"hash":"sha256:b21fbba126439b569115b274ce4474e378ef8a535500513f0c025ad9355ca431"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CsEntitlement"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CsEntitlement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"tierBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"orderRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CsUserQuery, CsUserQueryVariables>;
export const CsUsersDocument = {"__meta__":{"hash":"sha256:207e83379a491be16ab49020ec26c9fdcbafba433619679117e736dfa9c3753d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]} as unknown as DocumentNode<CsUsersQuery, CsUsersQueryVariables>;