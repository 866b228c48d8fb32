/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Charged uses by where their appeal is. */
export type AppealFilter =
  /** Not appealed. */
  | 'NONE'
  /** Appealed, awaiting a decision. */
  | 'OPEN'
  /** Appealed and rejected. */
  | 'REJECTED'
  /** Appealed and upheld. */
  | 'UPHELD';

/** Where a merchant's appeal is. */
export type AppealState =
  /** Filed, awaiting an ops decision. */
  | 'OPEN'
  /** Ops disagreed: the charge stands. A use takes one appeal. */
  | 'REJECTED'
  /** Ops agreed: the merchant's part of the charge moved to the platform. */
  | 'UPHELD';

/** An appeal against the charge of one use, by the charged merchant. */
export type AppealUsageInput = {
  /** References to evidence: links or document ids (up to 20, each up to 500 characters). */
  evidence?: Array<string> | null | undefined;
  /** Repeating a request with the same key returns the original result and changes nothing; a key used for a different request is refused (IDEMPOTENCY_KEY_REUSED). 8-128 characters of letters, digits, _ . : - (a UUID fits); kept IDEMPOTENCY_KEY_RETENTION_DAYS (default 30) days. */
  idempotencyKey: string;
  /** Why the charge is wrong (3-1000 characters). */
  reason: string;
  /** The use (a MerchantCharge id). */
  usageId: string | number;
};

/** Narrows the charged uses; every filter is optional. */
export type MerchantChargeFilter = {
  /** Only uses whose appeal is in this state (NONE: not appealed). */
  appealState?: AppealFilter | null | undefined;
  /** Only uses of this benefit. */
  benefitCode?: string | null | undefined;
  /** Only uses with this cause. */
  cause?: UsageCause | null | undefined;
  /** Uses made at or after this instant. */
  from?: string | null | undefined;
  /** Uses made before this instant. */
  to?: string | null | undefined;
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

export type AppealUsageMutationVariables = Exact<{
  input: AppealUsageInput;
}>;


export type AppealUsageMutation = { appealUsage: { __typename: 'AppealPayload', appeal: { __typename: 'Appeal', id: string, usageId: string, state: AppealState, reason: string, evidence: Array<string>, openedAt: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type MerchantChargeFieldsFragment = { __typename: 'MerchantCharge', id: string, orderId: string | null, benefitCode: string, benefitName: string, cause: UsageCause, state: UsageState, amount: number, cost: number, currency: string, merchantShareBp: number, charged: number, createdAt: string, appealDeadline: string, appeal: { __typename: 'Appeal', id: string, state: AppealState, reason: string, evidence: Array<string>, openedAt: string, decidedAt: string | null, decisionNote: string | null } | null };

export type MerchantChargesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MerchantChargeFilter | null | undefined;
}>;


export type MerchantChargesQuery = { merchantCharges: { __typename: 'MerchantChargeConnection', edges: Array<{ __typename: 'MerchantChargeEdge', cursor: string, node: { __typename: 'MerchantCharge', id: string, orderId: string | null, benefitCode: string, benefitName: string, cause: UsageCause, state: UsageState, amount: number, cost: number, currency: string, merchantShareBp: number, charged: number, createdAt: string, appealDeadline: string, appeal: { __typename: 'Appeal', id: string, state: AppealState, reason: string, evidence: Array<string>, openedAt: string, decidedAt: string | null, decisionNote: string | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MerchantSummaryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MerchantSummaryQuery = { merchantSummary: { __typename: 'MerchantSummary', merchantId: string, from: string, to: string, chargedUses: number, appeals: number, openAppeals: number, upheldAppeals: number, rejectedAppeals: number, upheldShare: number | null, meanHoursToDecision: number | null, medianHoursToDecision: number | null, money: Array<{ __typename: 'MerchantMoney', currency: string, charged: number, reversed: number, movedByAppeals: number, net: number }> } };

export const MerchantChargeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MerchantChargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"benefitName"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchantShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<MerchantChargeFieldsFragment, unknown>;
export const AppealUsageDocument = {"__meta__":{"hash":"sha256:54f882d52bd6a0a97bebdc86d7ade31f6e812f50cde573a8fc94282a58318eab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealUsageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppealUsageMutation, AppealUsageMutationVariables>;
export const MerchantChargesDocument = {"__meta__":{"hash":"sha256:3011acc5713adc0f6054030185026d517bc38b6031a4159a01d88a2e95269613"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantCharges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantChargeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchantCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MerchantChargeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MerchantChargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantCharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"benefitName"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchantShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<MerchantChargesQuery, MerchantChargesQueryVariables>;
export const MerchantSummaryDocument = {"__meta__":{"hash":"sha256:4a2331fd25eab1c65439867a4f3b219ef85a4296a63687e624a0a4e55eec951d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchantSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"chargedUses"}},{"kind":"Field","name":{"kind":"Name","value":"money"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"reversed"}},{"kind":"Field","name":{"kind":"Name","value":"movedByAppeals"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeals"}},{"kind":"Field","name":{"kind":"Name","value":"openAppeals"}},{"kind":"Field","name":{"kind":"Name","value":"upheldAppeals"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAppeals"}},{"kind":"Field","name":{"kind":"Name","value":"upheldShare"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursToDecision"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToDecision"}}]}}]}}]} as unknown as DocumentNode<MerchantSummaryQuery, MerchantSummaryQueryVariables>;