// Class names keep a Type suffix where the entity of the same name (entities/) would clash; the
// GraphQL names do not.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import { BenefitKind, FundedBy, Funder, PeriodKind, TierBasis, UsageCause } from '../../src/domain/types';
import { BenefitKindEnum, FundedByEnum, FunderEnum, PeriodKindEnum, TierBasisEnum } from './enums';

@ObjectType('Tier', { description: 'A membership level. Higher rank is better; archived, never deleted, once referenced.' })
export class TierType {
  @Field(() => ID, { description: 'Stable internal id.' }) id: string;
  @Field({ description: 'Stable UPPER_SNAKE_CASE code, e.g. GOLD; never changes.' }) code: string;
  @Field({ description: 'Display name, e.g. Gold.' }) name: string;
  @Field(() => Int, { description: 'Unique; higher is better. Decides between overlapping memberships and BEST_OF.' }) rank: number;
  @Field({ description: 'Free text for operators.' }) description: string;
  @Field({ description: 'Held by users with no covering membership.' }) isDefault: boolean;
  @Field(() => Date, { nullable: true, description: 'When it was archived: it takes no new rules or memberships. Null while active.' }) archivedAt: Date | null;
}

@ObjectType('Benefit', { description: 'A catalog entry defined by ops, identified by a stable code.' })
export class BenefitType {
  @Field(() => ID, { description: 'Stable internal id.' }) id: string;
  @Field({ description: 'Stable UPPER_SNAKE_CASE code, e.g. FREE_RETURN_SHIPPING; never changes.' }) code: string;
  @Field({ description: 'Display name, e.g. Free return shipping.' }) name: string;
  @Field(() => BenefitKindEnum, { description: 'What the benefit gives; never changes.' }) kind: BenefitKind;
  @Field(() => String, { nullable: true, description: 'COUNT: what one use is called; AMOUNT: the ISO 4217 currency.' })
  unit: string | null;
  @Field(() => FundedByEnum, { description: 'Who pays for it.' }) fundedBy: FundedBy;
  @Field({ description: 'Free text for operators.' }) description: string;
  @Field(() => Date, { nullable: true, description: 'When it was archived: it takes no new rules or uses. Null while active.' }) archivedAt: Date | null;
}

@ObjectType('RuleConditions', { description: 'Conditions an order must meet for the rule to apply to it; an unset condition always holds.' })
export class RuleConditionsType {
  @Field(() => GraphQLSafeInt, { nullable: true, description: "Minimum order total in the order's minor units." }) minOrderAmount?: number | null;
  @Field(() => [String], { nullable: true, description: 'When set, only orders in these categories qualify.' }) categoriesInclude?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Orders in these categories do not qualify.' }) categoriesExclude?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Orders from these merchants do not qualify.' }) merchantsExclude?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Days after delivery (else placement) in which a claim may be made.' })
  claimWindowDays?: number | null;
}

@ObjectType('TierBenefitRule', { description: 'One version of what a tier grants of a benefit, in force over [effectiveFrom, effectiveTo).' })
export class RuleType {
  @Field(() => ID, { description: 'Stable id of this version.' }) id: string;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'COUNT: uses per period; AMOUNT: minor units per period; null for ACCESS.' }) limit: number | null;
  @Field(() => PeriodKindEnum, { nullable: true, description: 'How the limit resets; null for ACCESS.' }) period: PeriodKind | null;
  @Field(() => Int, { nullable: true, description: 'Window length in days for ROLLING_DAYS; null otherwise.' }) periodDays: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Cap per order, in the units of limit; null when uncapped.' }) perOrderLimit: number | null;
  @Field(() => TierBasisEnum, { description: 'Which membership decides an order-related entitlement.' }) tierBasis: TierBasis;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'ACCESS parameters, e.g. { "channel": "VIP_HOTLINE" }.' })
  config: Record<string, unknown> | null;
  @Field(() => Date, { description: 'First instant the version is in force.' }) effectiveFrom: Date;
  @Field(() => Date, { nullable: true, description: 'First instant it is no longer in force; null when open-ended.' }) effectiveTo: Date | null;
  @Field({ description: 'The actor (token subject) who set it.' }) createdBy: string;
  @Field(() => Date, { description: 'When it was set.' }) createdAt: Date;
  // tier, benefit, conditions and the economics are field resolvers (see rule.resolver.ts)
  tierId: string;
  benefitId: string;
  conditions: Record<string, unknown> | null;
  funder: Funder | null;
  merchantShareBp: number | null;
  unitCost: number | null;
  costCurrency: string | null;
  quotaCauses: UsageCause[] | null;
  appealWindowDays: number | null;
}

@ObjectType('RuleFunding', { description: "Who pays for a rule version's uses and what one costs, as in force (defaults filled in)." })
export class RuleFundingType {
  @Field(() => FunderEnum, { description: "Who pays (the benefit's fundedBy unless the rule names one). SELLER_FAULT uses charge the order's merchant and LOGISTICS uses the platform, whatever this says." }) funder: Funder;
  @Field(() => Int, { description: "The merchant's share in basis points: 0 for PLATFORM, 10000 for MERCHANT." }) merchantShareBp: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'COUNT and ACCESS: what one use costs, in minor units of costCurrency (0: unknown); null for AMOUNT (a use costs its amount).' }) unitCost: number | null;
  @Field({ description: 'ISO 4217 currency of the cost.' }) costCurrency: string;
}
