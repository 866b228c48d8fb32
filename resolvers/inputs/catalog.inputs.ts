import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import { BenefitKind, FundedBy, Funder, PERIOD_KINDS, PeriodKind, TierBasis, UsageCause } from '../../src/domain/types';
import { BenefitKindEnum, FundedByEnum, FunderEnum, PeriodKindEnum, TierBasisEnum, UsageCauseEnum } from '../types/enums';
import { BoundedJson, CONDITIONS_MAX_BYTES, CONFIG_MAX_BYTES, CONFIG_MAX_DEPTH, MAX_WINDOW_DAYS } from './edges';
import { IdempotentInput, IsCode } from './patterns';

const MAX_MINOR = Number.MAX_SAFE_INTEGER;

@InputType({ description: 'A new tier.' })
export class CreateTierInput extends IdempotentInput {
  @Field({ description: 'UPPER_SNAKE_CASE, unique, never changes (e.g. PLATINUM).' }) @IsCode() code: string;
  @Field({ description: 'Display name (1-120 characters).' }) @Length(1, 120) name: string;
  @Field(() => Int, { description: 'Unique; higher is better.' }) @IsInt() @Min(0) @Max(1_000_000) rank: number;
  @Field({ nullable: true, description: 'Free text for operators (up to 1000 characters).' }) @IsOptional() @MaxLength(1000) description?: string;
  @Field({ nullable: true, description: 'Held by users with no covering membership; at most one tier is the default.' })
  isDefault?: boolean;
}

@InputType({ description: 'Changes to a tier; omitted fields stay as they are.' })
export class UpdateTierInput extends IdempotentInput {
  @Field({ description: 'The tier to change (codes never change).' }) @IsCode() code: string;
  @Field({ nullable: true, description: 'New display name.' }) @IsOptional() @Length(1, 120) name?: string;
  @Field(() => Int, { nullable: true, description: 'New rank; unique.' }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) rank?: number;
  @Field({ nullable: true, description: 'New free text.' }) @IsOptional() @MaxLength(1000) description?: string;
  @Field({ nullable: true, description: 'true makes this the default tier (the previous default stops being it).' }) isDefault?: boolean;
}

@InputType({ description: 'The tier to archive.' })
export class ArchiveTierInput extends IdempotentInput {
  @Field({ description: 'The tier to archive; not the default tier.' }) @IsCode() code: string;
}

@InputType({ description: 'A benefit to stop offering.' })
export class ArchiveBenefitInput extends IdempotentInput {
  @Field({ description: 'The benefit to archive.' }) @IsCode() code: string;
}

@InputType({ description: 'A new benefit of the catalog.' })
export class DefineBenefitInput extends IdempotentInput {
  @Field({ description: 'UPPER_SNAKE_CASE, unique, never changes (e.g. FREE_RETURN_SHIPPING).' }) @IsCode() code: string;
  @Field({ description: 'Display name (1-120 characters).' }) @Length(1, 120) name: string;
  @Field(() => BenefitKindEnum, { description: 'What the benefit gives; never changes.' }) kind: BenefitKind;
  @Field({ nullable: true, description: 'COUNT: what one use is called ("return"); AMOUNT: the ISO 4217 currency ("CNY").' })
  @IsOptional() @Length(1, 32) unit?: string;
  @Field(() => FundedByEnum, { description: 'Who pays for it.' }) fundedBy: FundedBy;
  @Field({ nullable: true, description: 'Free text for operators (up to 1000 characters).' }) @IsOptional() @MaxLength(1000) description?: string;
}

@InputType({ description: 'Changes to a benefit; omitted fields stay as they are.' })
export class UpdateBenefitInput extends IdempotentInput {
  @Field({ description: 'The benefit to change (codes and kinds never change).' }) @IsCode() code: string;
  @Field({ nullable: true, description: 'New display name.' }) @IsOptional() @Length(1, 120) name?: string;
  @Field({ nullable: true, description: 'New unit name for a COUNT benefit; the currency of an AMOUNT benefit never changes.' }) @IsOptional() @Length(1, 32) unit?: string;
  @Field(() => FundedByEnum, { nullable: true, description: 'Who pays for it from now on.' }) @IsOptional() fundedBy?: FundedBy;
  @Field({ nullable: true, description: 'New free text.' }) @IsOptional() @MaxLength(1000) description?: string;
}

@InputType({ description: 'Conditions an order must meet; an omitted condition always holds.' })
export class RuleConditionsInput {
  @Field(() => GraphQLSafeInt, { nullable: true, description: "Minimum order total, in the order currency's minor units." })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_MINOR) minOrderAmount?: number;
  @Field(() => [String], { nullable: true, description: 'Only orders in these categories qualify (up to 200).' })
  @IsOptional() @ArrayMaxSize(200) @Length(1, 64, { each: true }) categoriesInclude?: string[];
  @Field(() => [String], { nullable: true, description: 'Orders in these categories do not qualify (up to 200).' })
  @IsOptional() @ArrayMaxSize(200) @Length(1, 64, { each: true }) categoriesExclude?: string[];
  @Field(() => [String], { nullable: true, description: 'Orders from these merchants do not qualify (up to 1000).' })
  @IsOptional() @ArrayMaxSize(1000) @Length(1, 64, { each: true }) merchantsExclude?: string[];
  @Field(() => Int, { nullable: true, description: 'Claims close at the end of the N-th local day after delivery (else placement).' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_WINDOW_DAYS) claimWindowDays?: number;
}

@InputType({ description: "Who pays for a rule version's uses and what one costs." })
export class RuleFundingInput {
  @Field(() => FunderEnum, { description: "Who pays. The cause can override it: SELLER_FAULT charges the order's merchant, LOGISTICS the platform." }) funder: Funder;
  @Field(() => Int, { nullable: true, description: "SPLIT only: the merchant's share in basis points (1-9999)." })
  @IsOptional() @IsInt() @Min(1) @Max(9999) merchantShareBp?: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'COUNT and ACCESS: what one use costs, in minor units of costCurrency (e.g. 1200 = ¥12.00 a free return). Omitted: 0, unknown. AMOUNT uses cost their amount.' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_MINOR) unitCost?: number;
  @Field({ nullable: true, description: 'ISO 4217 currency of unitCost; default COST_CURRENCY (CNY).' }) @IsOptional() @Matches(/^[A-Z]{3}$/) costCurrency?: string;
}

@InputType({ description: 'A new version of what a tier grants of a benefit.' })
export class SetTierBenefitInput extends IdempotentInput {
  @Field({ description: 'The tier that grants it.' }) @IsCode() tierCode: string;
  @Field({ description: 'The benefit granted.' }) @IsCode() benefitCode: string;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'COUNT: uses per period; AMOUNT: minor units per period. Required for both; omitted for ACCESS. At most 2^52−1 (4503599627370495), else AMOUNT_TOO_LARGE.' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_MINOR) limit?: number;
  @Field(() => PeriodKindEnum, { nullable: true, description: 'How the limit resets. Required for COUNT and AMOUNT; omitted for ACCESS.' })
  @IsOptional() @IsIn([...PERIOD_KINDS]) period?: PeriodKind;
  @Field(() => Int, { nullable: true, description: 'Window length for ROLLING_DAYS.' }) @IsOptional() @IsInt() @Min(1) @Max(MAX_WINDOW_DAYS) periodDays?: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Cap per order, in the same units as limit.' })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_MINOR) perOrderLimit?: number;
  @Field(() => TierBasisEnum, { nullable: true, description: 'Which membership decides an order-related entitlement. Default BEST_OF.' }) @IsOptional() tierBasis?: TierBasis;
  @Field(() => RuleConditionsInput, { nullable: true, description: `Conditions an order must meet; default none. At most ${CONDITIONS_MAX_BYTES} bytes as JSON (UTF-8).` })
  @IsOptional() @ValidateNested() @BoundedJson(4, CONDITIONS_MAX_BYTES) conditions?: RuleConditionsInput;
  @Field(() => GraphQLJSONObject, { nullable: true, description: `ACCESS parameters, e.g. { "channel": "VIP_HOTLINE" }: nested at most ${CONFIG_MAX_DEPTH} levels, at most ${CONFIG_MAX_BYTES} bytes as JSON (UTF-8).` })
  @IsOptional() @BoundedJson(CONFIG_MAX_DEPTH, CONFIG_MAX_BYTES) config?: Record<string, unknown>;
  @Field(() => Date, { nullable: true, description: 'Default now; a future instant schedules the change.' }) @IsOptional() effectiveFrom?: Date;
  @Field(() => Date, { nullable: true, description: 'Open-ended when omitted.' }) @IsOptional() effectiveTo?: Date;
  @Field(() => RuleFundingInput, { nullable: true, description: "Who pays and what a use costs; default: the benefit's fundedBy, cost 0 (unknown)." })
  @IsOptional() @ValidateNested() funding?: RuleFundingInput;
  @Field(() => [UsageCauseEnum], { nullable: true, description: "The causes whose uses spend the member's quota; default [CUSTOMER_PREFERENCE]. Uses with other causes still need the member to be eligible, are recorded and charged, but leave the quota alone." })
  @IsOptional() @ArrayMaxSize(5) quotaCauses?: UsageCause[];
  @Field(() => Int, { nullable: true, description: "Days after a use during which its charged merchant may appeal; default 14." })
  @IsOptional() @IsInt() @Min(0) @Max(365) appealWindowDays?: number;
}

@InputType({ description: 'Which rule to end, and when.' })
export class EndTierBenefitInput extends IdempotentInput {
  @Field({ description: 'The tier that grants the benefit.' }) @IsCode() tierCode: string;
  @Field({ description: 'The benefit it stops granting.' }) @IsCode() benefitCode: string;
  @Field(() => Date, { nullable: true, description: 'Default now.' }) @IsOptional() effectiveTo?: Date;
}
