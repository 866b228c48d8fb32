import { IsDate, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { IsCode, IsExternalId, IsIdempotencyKey } from './patterns';


@InputType({ description: 'A use of a benefit; amount defaults to 1 for COUNT benefits and is required for AMOUNT ones.' })
export class ConsumeEntitlementInput {
  @Field(() => ID) @IsExternalId() userId: string;
  @Field() @IsCode() benefitCode: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsExternalId() orderId?: string;
  @Field(() => GraphQLSafeInt, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) amount?: number;
  @Field({ description: 'Repeating a request with the same key returns the original result.' })
  @IsIdempotencyKey() idempotencyKey: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(500) reason?: string;
}

@InputType()
export class HoldEntitlementInput extends ConsumeEntitlementInput {
  @Field(() => Int, { nullable: true, description: 'How long the hold reserves quota unless captured; default HOLD_TTL_SECONDS.' })
  @IsOptional() @IsInt() @Min(60) @Max(90 * 24 * 3600) expiresInSeconds?: number;
}

@InputType()
export class UsageActionInput {
  @Field(() => ID) @IsExternalId() usageId: string;
  @Field() @IsIdempotencyKey() idempotencyKey: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(500) reason?: string;
}

@InputType()
export class GrantQuotaInput {
  @Field(() => ID) @IsExternalId() userId: string;
  @Field() @IsCode() benefitCode: string;
  @Field(() => GraphQLSafeInt, { description: 'COUNT: extra uses; AMOUNT: extra minor units.' }) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) amount: number;
  @Field() @Length(3, 500) reason: string;
  @Field(() => Date, { nullable: true, description: "Default: when the user's current period resets." }) @IsOptional() @IsDate() expiresAt?: Date;
  @Field() @IsIdempotencyKey() idempotencyKey: string;
}
