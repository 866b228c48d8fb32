import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { guardReads } from './access';
import { authChecker } from './auth-checker';
import { plainFields } from './plain-fields';
import { AuditResolver } from './audit.resolver';
import { BenefitResolver } from './benefit.resolver';
import { MembershipResolver } from './membership.resolver';
import { MerchantChargeResolver, MerchantResolver } from './merchant.resolver';
import { OrderResolver } from './order.resolver';
import { ReportResolver } from './report.resolver';
import { RuleResolver } from './rule.resolver';
import { SimulationResolver } from './simulation.resolver';
import { TierResolver } from './tier.resolver';
import { OrderUsageResolver, UsageResolver, UserUsageResolver } from './usage.resolver';
import { UserResolver } from './user.resolver';
import { DateTimeScalar } from './types/scalars';
import { validateInput } from './validation';

export const resolvers = [
  TierResolver, BenefitResolver, RuleResolver, UserResolver, MembershipResolver, OrderResolver, AuditResolver,
  UsageResolver, UserUsageResolver, OrderUsageResolver, MerchantResolver, MerchantChargeResolver, ReportResolver,
  SimulationResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** type-graphql names the root types but takes no description for them. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  schema.getQueryType()!.description =
    'Reads. A customer sees their own user, orders and usage; staff read any user; the catalog (tiers, benefits) is for every signed-in actor.';
  schema.getMutationType()!.description =
    'Writes. Each takes one `input` and returns a payload with the result and `userErrors`; an `idempotencyKey` makes a repeat return the first result.';
  return schema;
}

/**
 * The schema is built once per process (type-graphql metadata is global). Plain fields resolve
 * with graphql-js's default resolver (resolvers/plain-fields.ts). Fields of types that carry
 * someone's data check access where they are read (resolvers/access.ts).
 */
export function aftercareSchema(): Promise<GraphQLSchema> {
  return (built ??= buildSchema({
    resolvers: [...resolvers],
    authChecker,
    authMode: 'error',
    validateFn: validateInput,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  }).then((schema) => guardReads(plainFields(describeRoots(schema)))));
}
