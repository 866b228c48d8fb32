/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type RecordOrderMutationVariables = Exact<{
  input: RecordOrderInput;
}>;


export type RecordOrderMutation = { recordOrder: { __typename: 'OrderPayload', order: { __typename: 'Order', id: string, userId: string, merchantId: string, category: string, amount: number, currency: string, placedAt: string, deliveredAt: string | null, status: OrderStatus, updatedAt: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };


export const RecordOrderDocument = {"__meta__":{"hash":"sha256:664af1687cd837429911e6e0702eac14fe013c8a55665684ff450d39a19d7ae5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordOrderMutation, RecordOrderMutationVariables>;