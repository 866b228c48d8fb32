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
    "query StorefrontMe {\n  me {\n    id\n    tier {\n      code\n      name\n      rank\n      description\n    }\n    memberships {\n      id\n      startsAt\n      endsAt\n      source\n      tier {\n        code\n        name\n      }\n    }\n    entitlements {\n      benefit {\n        code\n        name\n        kind\n        unit\n        description\n      }\n      status\n      limit\n      granted\n      used\n      held\n      remaining\n      periodStart\n      resetsAt\n      config\n      reasons {\n        code\n        message\n      }\n    }\n  }\n}": typeof types.StorefrontMeDocument,
    "query StorefrontOrder($id: ID!) {\n  order(id: $id) {\n    id\n    status\n    category\n    merchantId\n    amount\n    currency\n    placedAt\n    deliveredAt\n    entitlements {\n      benefit {\n        code\n        name\n        kind\n        unit\n      }\n      status\n      remaining\n      orderRemaining\n      claimDeadline\n      resetsAt\n      config\n      reasons {\n        code\n        message\n      }\n    }\n  }\n}": typeof types.StorefrontOrderDocument,
    "query StorefrontTiers {\n  tiers {\n    code\n    name\n    rank\n    description\n    rules {\n      limit\n      period\n      periodDays\n      perOrderLimit\n      config\n      benefit {\n        code\n        name\n        kind\n        unit\n        description\n      }\n    }\n  }\n}": typeof types.StorefrontTiersDocument,
    "query StorefrontMyUsage($first: Int! = 20, $after: String, $benefitCode: String) {\n  me {\n    usage(first: $first, after: $after, benefitCode: $benefitCode) {\n      edges {\n        cursor\n        node {\n          id\n          state\n          amount\n          orderId\n          periodStart\n          expiresAt\n          createdAt\n          benefit {\n            code\n            name\n            unit\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n}": typeof types.StorefrontMyUsageDocument,
};
const documents: Documents = {
    "query StorefrontMe {\n  me {\n    id\n    tier {\n      code\n      name\n      rank\n      description\n    }\n    memberships {\n      id\n      startsAt\n      endsAt\n      source\n      tier {\n        code\n        name\n      }\n    }\n    entitlements {\n      benefit {\n        code\n        name\n        kind\n        unit\n        description\n      }\n      status\n      limit\n      granted\n      used\n      held\n      remaining\n      periodStart\n      resetsAt\n      config\n      reasons {\n        code\n        message\n      }\n    }\n  }\n}": types.StorefrontMeDocument,
    "query StorefrontOrder($id: ID!) {\n  order(id: $id) {\n    id\n    status\n    category\n    merchantId\n    amount\n    currency\n    placedAt\n    deliveredAt\n    entitlements {\n      benefit {\n        code\n        name\n        kind\n        unit\n      }\n      status\n      remaining\n      orderRemaining\n      claimDeadline\n      resetsAt\n      config\n      reasons {\n        code\n        message\n      }\n    }\n  }\n}": types.StorefrontOrderDocument,
    "query StorefrontTiers {\n  tiers {\n    code\n    name\n    rank\n    description\n    rules {\n      limit\n      period\n      periodDays\n      perOrderLimit\n      config\n      benefit {\n        code\n        name\n        kind\n        unit\n        description\n      }\n    }\n  }\n}": types.StorefrontTiersDocument,
    "query StorefrontMyUsage($first: Int! = 20, $after: String, $benefitCode: String) {\n  me {\n    usage(first: $first, after: $after, benefitCode: $benefitCode) {\n      edges {\n        cursor\n        node {\n          id\n          state\n          amount\n          orderId\n          periodStart\n          expiresAt\n          createdAt\n          benefit {\n            code\n            name\n            unit\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n}": types.StorefrontMyUsageDocument,
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
export function graphql(source: "query StorefrontMe {\n  me {\n    id\n    tier {\n      code\n      name\n      rank\n      description\n    }\n    memberships {\n      id\n      startsAt\n      endsAt\n      source\n      tier {\n        code\n        name\n      }\n    }\n    entitlements {\n      benefit {\n        code\n        name\n        kind\n        unit\n        description\n      }\n      status\n      limit\n      granted\n      used\n      held\n      remaining\n      periodStart\n      resetsAt\n      config\n      reasons {\n        code\n        message\n      }\n    }\n  }\n}"): (typeof documents)["query StorefrontMe {\n  me {\n    id\n    tier {\n      code\n      name\n      rank\n      description\n    }\n    memberships {\n      id\n      startsAt\n      endsAt\n      source\n      tier {\n        code\n        name\n      }\n    }\n    entitlements {\n      benefit {\n        code\n        name\n        kind\n        unit\n        description\n      }\n      status\n      limit\n      granted\n      used\n      held\n      remaining\n      periodStart\n      resetsAt\n      config\n      reasons {\n        code\n        message\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontOrder($id: ID!) {\n  order(id: $id) {\n    id\n    status\n    category\n    merchantId\n    amount\n    currency\n    placedAt\n    deliveredAt\n    entitlements {\n      benefit {\n        code\n        name\n        kind\n        unit\n      }\n      status\n      remaining\n      orderRemaining\n      claimDeadline\n      resetsAt\n      config\n      reasons {\n        code\n        message\n      }\n    }\n  }\n}"): (typeof documents)["query StorefrontOrder($id: ID!) {\n  order(id: $id) {\n    id\n    status\n    category\n    merchantId\n    amount\n    currency\n    placedAt\n    deliveredAt\n    entitlements {\n      benefit {\n        code\n        name\n        kind\n        unit\n      }\n      status\n      remaining\n      orderRemaining\n      claimDeadline\n      resetsAt\n      config\n      reasons {\n        code\n        message\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontTiers {\n  tiers {\n    code\n    name\n    rank\n    description\n    rules {\n      limit\n      period\n      periodDays\n      perOrderLimit\n      config\n      benefit {\n        code\n        name\n        kind\n        unit\n        description\n      }\n    }\n  }\n}"): (typeof documents)["query StorefrontTiers {\n  tiers {\n    code\n    name\n    rank\n    description\n    rules {\n      limit\n      period\n      periodDays\n      perOrderLimit\n      config\n      benefit {\n        code\n        name\n        kind\n        unit\n        description\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontMyUsage($first: Int! = 20, $after: String, $benefitCode: String) {\n  me {\n    usage(first: $first, after: $after, benefitCode: $benefitCode) {\n      edges {\n        cursor\n        node {\n          id\n          state\n          amount\n          orderId\n          periodStart\n          expiresAt\n          createdAt\n          benefit {\n            code\n            name\n            unit\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n}"): (typeof documents)["query StorefrontMyUsage($first: Int! = 20, $after: String, $benefitCode: String) {\n  me {\n    usage(first: $first, after: $after, benefitCode: $benefitCode) {\n      edges {\n        cursor\n        node {\n          id\n          state\n          amount\n          orderId\n          periodStart\n          expiresAt\n          createdAt\n          benefit {\n            code\n            name\n            unit\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;