import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import { BenefitKind, FundedBy, PeriodKind, TierBasis } from './enums';

@ObjectType({ description: 'A membership level. Higher rank is better; archived, never deleted, once referenced.' })
export class TierType {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int) rank: number;
  @Field() description: string;
  @Field({ description: 'Held by users with no covering membership.' }) isDefault: boolean;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
}

@ObjectType('Benefit', { description: 'A catalog entry defined by ops, identified by a stable code.' })
export class BenefitType {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => BenefitKind) kind: keyof typeof BenefitKind;
  @Field(() => String, { nullable: true, description: 'COUNT: what one use is called; AMOUNT: the ISO 4217 currency.' })
  unit: string | null;
  @Field(() => FundedBy) fundedBy: keyof typeof FundedBy;
  @Field() description: string;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
}

@ObjectType()
export class RuleConditionsType {
  @Field(() => GraphQLSafeInt, { nullable: true, description: "Minimum order total in the order's minor units." }) minOrderAmount?: number | null;
  @Field(() => [String], { nullable: true }) categoriesInclude?: string[] | null;
  @Field(() => [String], { nullable: true }) categoriesExclude?: string[] | null;
  @Field(() => [String], { nullable: true }) merchantsExclude?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Days after delivery (else placement) in which a claim may be made.' })
  claimWindowDays?: number | null;
}

@ObjectType('TierBenefitRule', { description: 'One version of what a tier grants of a benefit, in force over [effectiveFrom, effectiveTo).' })
export class RuleType {
  @Field(() => ID) id: string;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'COUNT: uses per period; AMOUNT: minor units per period.' }) limit: number | null;
  @Field(() => PeriodKind, { nullable: true }) period: keyof typeof PeriodKind | null;
  @Field(() => Int, { nullable: true }) periodDays: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) perOrderLimit: number | null;
  @Field(() => TierBasis) tierBasis: keyof typeof TierBasis;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'ACCESS parameters, e.g. { "channel": "VIP_HOTLINE" }.' })
  config: Record<string, unknown> | null;
  @Field(() => Date) effectiveFrom: Date;
  @Field(() => Date, { nullable: true }) effectiveTo: Date | null;
  @Field() createdBy: string;
  @Field(() => Date) createdAt: Date;
  // tier, benefit and conditions are field resolvers (see rule.resolver.ts)
  tierId: string;
  benefitId: string;
  conditions: Record<string, unknown> | null;
}
