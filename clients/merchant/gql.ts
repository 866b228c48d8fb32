/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AppealUsage($input: AppealUsageInput!) {\n  appealUsage(input: $input) {\n    appeal {\n      id\n      usageId\n      state\n      reason\n      evidence\n      openedAt\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.AppealUsageDocument,
    "fragment MerchantChargeFields on MerchantCharge {\n  id\n  orderId\n  benefitCode\n  benefitName\n  cause\n  state\n  amount\n  cost\n  currency\n  merchantShareBp\n  charged\n  createdAt\n  appealDeadline\n  appeal {\n    id\n    state\n    reason\n    evidence\n    openedAt\n    decidedAt\n    decisionNote\n  }\n}\n\nquery MerchantCharges($first: Int = 20, $after: String, $filter: MerchantChargeFilter) {\n  merchantCharges(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...MerchantChargeFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery MerchantSummary($from: DateTime!, $to: DateTime!) {\n  merchantSummary(from: $from, to: $to) {\n    merchantId\n    from\n    to\n    chargedUses\n    money {\n      currency\n      charged\n      reversed\n      movedByAppeals\n      net\n    }\n    appeals\n    openAppeals\n    upheldAppeals\n    rejectedAppeals\n    upheldShare\n    meanHoursToDecision\n    medianHoursToDecision\n  }\n}": typeof types.MerchantChargeFieldsFragmentDoc,
};
const documents: Documents = {
    "mutation AppealUsage($input: AppealUsageInput!) {\n  appealUsage(input: $input) {\n    appeal {\n      id\n      usageId\n      state\n      reason\n      evidence\n      openedAt\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}": types.AppealUsageDocument,
    "fragment MerchantChargeFields on MerchantCharge {\n  id\n  orderId\n  benefitCode\n  benefitName\n  cause\n  state\n  amount\n  cost\n  currency\n  merchantShareBp\n  charged\n  createdAt\n  appealDeadline\n  appeal {\n    id\n    state\n    reason\n    evidence\n    openedAt\n    decidedAt\n    decisionNote\n  }\n}\n\nquery MerchantCharges($first: Int = 20, $after: String, $filter: MerchantChargeFilter) {\n  merchantCharges(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...MerchantChargeFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery MerchantSummary($from: DateTime!, $to: DateTime!) {\n  merchantSummary(from: $from, to: $to) {\n    merchantId\n    from\n    to\n    chargedUses\n    money {\n      currency\n      charged\n      reversed\n      movedByAppeals\n      net\n    }\n    appeals\n    openAppeals\n    upheldAppeals\n    rejectedAppeals\n    upheldShare\n    meanHoursToDecision\n    medianHoursToDecision\n  }\n}": types.MerchantChargeFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AppealUsage($input: AppealUsageInput!) {\n  appealUsage(input: $input) {\n    appeal {\n      id\n      usageId\n      state\n      reason\n      evidence\n      openedAt\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation AppealUsage($input: AppealUsageInput!) {\n  appealUsage(input: $input) {\n    appeal {\n      id\n      usageId\n      state\n      reason\n      evidence\n      openedAt\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MerchantChargeFields on MerchantCharge {\n  id\n  orderId\n  benefitCode\n  benefitName\n  cause\n  state\n  amount\n  cost\n  currency\n  merchantShareBp\n  charged\n  createdAt\n  appealDeadline\n  appeal {\n    id\n    state\n    reason\n    evidence\n    openedAt\n    decidedAt\n    decisionNote\n  }\n}\n\nquery MerchantCharges($first: Int = 20, $after: String, $filter: MerchantChargeFilter) {\n  merchantCharges(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...MerchantChargeFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery MerchantSummary($from: DateTime!, $to: DateTime!) {\n  merchantSummary(from: $from, to: $to) {\n    merchantId\n    from\n    to\n    chargedUses\n    money {\n      currency\n      charged\n      reversed\n      movedByAppeals\n      net\n    }\n    appeals\n    openAppeals\n    upheldAppeals\n    rejectedAppeals\n    upheldShare\n    meanHoursToDecision\n    medianHoursToDecision\n  }\n}"): (typeof documents)["fragment MerchantChargeFields on MerchantCharge {\n  id\n  orderId\n  benefitCode\n  benefitName\n  cause\n  state\n  amount\n  cost\n  currency\n  merchantShareBp\n  charged\n  createdAt\n  appealDeadline\n  appeal {\n    id\n    state\n    reason\n    evidence\n    openedAt\n    decidedAt\n    decisionNote\n  }\n}\n\nquery MerchantCharges($first: Int = 20, $after: String, $filter: MerchantChargeFilter) {\n  merchantCharges(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...MerchantChargeFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery MerchantSummary($from: DateTime!, $to: DateTime!) {\n  merchantSummary(from: $from, to: $to) {\n    merchantId\n    from\n    to\n    chargedUses\n    money {\n      currency\n      charged\n      reversed\n      movedByAppeals\n      net\n    }\n    appeals\n    openAppeals\n    upheldAppeals\n    rejectedAppeals\n    upheldShare\n    meanHoursToDecision\n    medianHoursToDecision\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;