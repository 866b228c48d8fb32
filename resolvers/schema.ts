import { GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker';
import { AuditResolver } from './audit.resolver';
import { BenefitResolver } from './benefit.resolver';
import { MembershipResolver } from './membership.resolver';
import { OrderResolver } from './order.resolver';
import { RuleResolver } from './rule.resolver';
import { TierResolver } from './tier.resolver';
import { OrderUsageResolver, UsageResolver, UserUsageResolver } from './usage.resolver';
import { UserResolver } from './user.resolver';
import { validateInput } from './validation';

export const resolvers = [
  TierResolver, BenefitResolver, RuleResolver, UserResolver, MembershipResolver, OrderResolver, AuditResolver,
  UsageResolver, UserUsageResolver, OrderUsageResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The schema is built once per process (type-graphql metadata is global). */
export function aftercareSchema(): Promise<GraphQLSchema> {
  return (built ??= buildSchema({
    resolvers: [...resolvers],
    authChecker,
    authMode: 'error',
    validateFn: validateInput,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  }));
}
