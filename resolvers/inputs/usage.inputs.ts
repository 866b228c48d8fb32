import { IsDate, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { IsCode, IsExternalId, IsIdempotencyKey, KEY_DESCRIPTION } from './patterns';
import { UsageCause } from '../../src/domain/types';
import { UsageCauseEnum } from '../types/enums';

@InputType({ description: 'A use of a benefit; amount defaults to 1 for COUNT benefits and is required for AMOUNT ones.' })
export class ConsumeEntitlementInput {
  @Field(() => ID, { description: 'Whose benefit is used.' }) @IsExternalId() userId: string;
  @Field({ description: 'The benefit used.' }) @IsCode() benefitCode: string;
  @Field(() => ID, { nullable: true, description: "The user's order the use is for; its conditions and per-order cap then apply." }) @IsOptional() @IsExternalId() orderId?: string;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'COUNT: uses (default 1); AMOUNT: minor units (required).' }) @IsOptional() @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) amount?: number;
  @Field({ description: KEY_DESCRIPTION })
  @IsIdempotencyKey() idempotencyKey: string;
  @Field({ nullable: true, description: 'Why, for the ledger (up to 500 characters).' }) @IsOptional() @MaxLength(500) reason?: string;
  @Field(() => UsageCauseEnum, { nullable: true, description: "Why the benefit is used; default CUSTOMER_PREFERENCE. Causes the rule does not count (e.g. SELLER_FAULT, which needs orderId and charges the order's merchant) leave the quota alone." })
  @IsOptional() cause?: UsageCause;
}

@InputType({ description: 'A use to reserve while a case is open; it expires unless captured.' })
export class HoldEntitlementInput extends ConsumeEntitlementInput {
  @Field(() => Int, { nullable: true, description: 'How long the hold reserves quota unless captured; default HOLD_TTL_SECONDS.' })
  @IsOptional() @IsInt() @Min(60) @Max(90 * 24 * 3600) expiresInSeconds?: number;
}

@InputType({ description: 'A move of one use: capture, release or reverse.' })
export class UsageActionInput {
  @Field(() => ID, { description: 'The use to move.' }) @IsExternalId() usageId: string;
  @Field({ description: KEY_DESCRIPTION }) @IsIdempotencyKey() idempotencyKey: string;
  @Field({ nullable: true, description: 'Why, for the ledger (up to 500 characters).' }) @IsOptional() @MaxLength(500) reason?: string;
}

@InputType({ description: 'Extra quota for one user and benefit.' })
export class GrantQuotaInput {
  @Field(() => ID, { description: 'Who receives the quota.' }) @IsExternalId() userId: string;
  @Field({ description: 'A COUNT or AMOUNT benefit.' }) @IsCode() benefitCode: string;
  @Field(() => GraphQLSafeInt, { description: "COUNT: extra uses; AMOUNT: extra minor units. A user's grants of one benefit total at most 2^52 (4503599627370496), else AMOUNT_TOO_LARGE." }) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) amount: number;
  @Field({ description: 'Why, for the audit log (3-500 characters).' }) @Length(3, 500) reason: string;
  @Field(() => Date, { nullable: true, description: "Default: when the user's current period resets." }) @IsOptional() @IsDate() expiresAt?: Date;
  @Field({ description: KEY_DESCRIPTION }) @IsIdempotencyKey() idempotencyKey: string;
}
