import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import { BenefitKind, FundedBy, PeriodKind, TierBasis } from '../types/enums';
import { IdempotentInput, IsCode } from './patterns';

const MAX_MINOR = Number.MAX_SAFE_INTEGER;

@InputType()
export class CreateTierInput extends IdempotentInput {
  @Field() @IsCode() code: string;
  @Field() @Length(1, 120) name: string;
  @Field(() => Int, { description: 'Unique; higher is better.' }) @IsInt() @Min(0) @Max(1_000_000) rank: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000) description?: string;
  @Field({ nullable: true, description: 'Held by users with no covering membership; at most one tier is the default.' })
  isDefault?: boolean;
}

@InputType()
export class UpdateTierInput extends IdempotentInput {
  @Field({ description: 'The tier to change (codes never change).' }) @IsCode() code: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 120) name?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) rank?: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000) description?: string;
  @Field({ nullable: true }) isDefault?: boolean;
}

@InputType()
export class ArchiveTierInput extends IdempotentInput {
  @Field() @IsCode() code: string;
}

@InputType()
export class DefineBenefitInput extends IdempotentInput {
  @Field() @IsCode() code: string;
  @Field() @Length(1, 120) name: string;
  @Field(() => BenefitKind) kind: keyof typeof BenefitKind;
  @Field({ nullable: true, description: 'COUNT: what one use is called ("return"); AMOUNT: the ISO 4217 currency ("CNY").' })
  @IsOptional() @Length(1, 32) unit?: string;
  @Field(() => FundedBy) fundedBy: keyof typeof FundedBy;
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000) description?: string;
}

@InputType()
export class UpdateBenefitInput extends IdempotentInput {
  @Field({ description: 'The benefit to change (codes and kinds never change).' }) @IsCode() code: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 120) name?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 32) unit?: string;
  @Field(() => FundedBy, { nullable: true }) @IsOptional() fundedBy?: keyof typeof FundedBy;
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000) description?: string;
}

@InputType()
export class RuleConditionsInput {
  @Field(() => GraphQLSafeInt, { nullable: true, description: "Minimum order total, in the order currency's minor units." })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_MINOR) minOrderAmount?: number;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @Length(1, 64, { each: true }) categoriesInclude?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @Length(1, 64, { each: true }) categoriesExclude?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) @Length(1, 64, { each: true }) merchantsExclude?: string[];
  @Field(() => Int, { nullable: true, description: 'Claims close at the end of the N-th local day after delivery (else placement).' })
  @IsOptional() @IsInt() @Min(0) @Max(3650) claimWindowDays?: number;
}

@InputType()
export class SetTierBenefitInput extends IdempotentInput {
  @Field() @IsCode() tierCode: string;
  @Field() @IsCode() benefitCode: string;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'COUNT: uses per period; AMOUNT: minor units per period. Required for both.' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_MINOR) limit?: number;
  @Field(() => PeriodKind, { nullable: true }) @IsOptional() @IsIn(Object.keys(PeriodKind)) period?: keyof typeof PeriodKind;
  @Field(() => Int, { nullable: true, description: 'Window length for ROLLING_DAYS.' }) @IsOptional() @IsInt() @Min(1) @Max(3650) periodDays?: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Cap per order, in the same units as limit.' })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_MINOR) perOrderLimit?: number;
  @Field(() => TierBasis, { nullable: true, description: 'Default BEST_OF.' }) @IsOptional() tierBasis?: keyof typeof TierBasis;
  @Field(() => RuleConditionsInput, { nullable: true }) @IsOptional() @ValidateNested() conditions?: RuleConditionsInput;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'ACCESS parameters.' }) @IsOptional() config?: Record<string, unknown>;
  @Field(() => Date, { nullable: true, description: 'Default now; a future instant schedules the change.' }) @IsOptional() effectiveFrom?: Date;
  @Field(() => Date, { nullable: true, description: 'Open-ended when omitted.' }) @IsOptional() effectiveTo?: Date;
}

@InputType()
export class EndTierBenefitInput extends IdempotentInput {
  @Field() @IsCode() tierCode: string;
  @Field() @IsCode() benefitCode: string;
  @Field(() => Date, { nullable: true, description: 'Default now.' }) @IsOptional() effectiveTo?: Date;
}
