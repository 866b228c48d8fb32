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

export type StorefrontMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontMeQuery = { me: { __typename: 'User', id: string, tier: { __typename: 'Tier', code: string, name: string, rank: number, description: string } | null, memberships: Array<{ __typename: 'Membership', id: string, startsAt: string, endsAt: string | null, source: MembershipSource, tier: { __typename: 'Tier', code: string, name: string } }>, entitlements: Array<{ __typename: 'Entitlement', status: EntitlementStatus, limit: number | null, granted: number, used: number, held: number, remaining: number | null, periodStart: string | null, resetsAt: string | null, config: Record<string, unknown> | null, benefit: { __typename: 'Benefit', code: string, name: string, kind: BenefitKind, unit: string | null, description: string }, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> }> } };

export type StorefrontOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type StorefrontOrderQuery = { order: { __typename: 'Order', id: string, status: OrderStatus, category: string, merchantId: string, amount: number, currency: string, placedAt: string, deliveredAt: string | null, entitlements: Array<{ __typename: 'Entitlement', status: EntitlementStatus, remaining: number | null, orderRemaining: number | null, claimDeadline: string | null, resetsAt: string | null, config: Record<string, unknown> | null, benefit: { __typename: 'Benefit', code: string, name: string, kind: BenefitKind, unit: string | null }, reasons: Array<{ __typename: 'Reason', code: ReasonCode, message: string }> }> } };

export type StorefrontTiersQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontTiersQuery = { tiers: Array<{ __typename: 'Tier', code: string, name: string, rank: number, description: string, rules: Array<{ __typename: 'TierBenefitRule', limit: number | null, period: PeriodKind | null, periodDays: number | null, perOrderLimit: number | null, config: Record<string, unknown> | null, benefit: { __typename: 'Benefit', code: string, name: string, kind: BenefitKind, unit: string | null, description: string } }> }> };

export type StorefrontMyUsageQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
  benefitCode?: string | null | undefined;
}>;


export type StorefrontMyUsageQuery = { me: { __typename: 'User', usage: { __typename: 'UsageConnection', edges: Array<{ __typename: 'UsageEdge', cursor: string, node: { __typename: 'Usage', id: string, state: UsageState, amount: number, orderId: string | null, periodStart: string | null, expiresAt: string | null, createdAt: string, benefit: { __typename: 'Benefit', code: string, name: string, unit: string | null } } }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } } };


export const StorefrontMeDocument = {"__meta__":{"hash":"sha256:111e3df4e0807fd88f63239eaa5f92e74325d0ab1cbdf5f347dc69d0cd9cd479"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StorefrontMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StorefrontMeQuery, StorefrontMeQueryVariables>;
export const StorefrontOrderDocument = {"__meta__":{"hash":"sha256:54177c465a4e8e21a9d624e5685ded7c66fdea1cea4fd7d96f64ab66c24e0a36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StorefrontOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"entitlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"orderRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"claimDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StorefrontOrderQuery, StorefrontOrderQueryVariables>;
export const StorefrontTiersDocument = {"__meta__":{"hash":"sha256:14f5da20e1e990c38b1a9b3cb29051cdd1e1bd645438282bbf254ad8b17bdaf9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StorefrontTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StorefrontTiersQuery, StorefrontTiersQueryVariables>;
export const StorefrontMyUsageDocument = {"__meta__":{"hash":"sha256:b9ea2c67a2ceb0d7c3327a525077f49f809e02c0dfdeac8bf70f92af5c740ddf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StorefrontMyUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"benefitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"benefitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"benefitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StorefrontMyUsageQuery, StorefrontMyUsageQueryVariables>;