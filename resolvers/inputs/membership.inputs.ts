import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { MembershipSource } from '../types/enums';
import { IdempotentInput, IsCode, IsExternalId } from './patterns';


@InputType()
export class AssignMembershipInput extends IdempotentInput {
  @Field() @IsExternalId() userId: string;
  @Field() @IsCode() tierCode: string;
  @Field(() => Date, { nullable: true, description: 'Default now.' }) @IsOptional() startsAt?: Date;
  @Field(() => Date, { nullable: true, description: 'Open-ended when omitted.' }) @IsOptional() endsAt?: Date;
  @Field(() => MembershipSource) source: keyof typeof MembershipSource;
}

@InputType()
export class EndMembershipInput extends IdempotentInput {
  @Field(() => ID) @IsExternalId() membershipId: string;
  @Field(() => Date, { nullable: true, description: 'Default now.' }) @IsOptional() endsAt?: Date;
}

@InputType()
export class RecordOrderInput extends IdempotentInput {
  @Field(() => ID, { description: "The platform's order id; recording it again updates the order." })
  @IsExternalId() id: string;
  @Field() @IsExternalId() userId: string;
  @Field() @IsExternalId() merchantId: string;
  @Field() @Length(1, 64) category: string;
  @Field(() => GraphQLSafeInt, { description: 'Order total in minor units.' }) @Min(0) @Max(Number.MAX_SAFE_INTEGER) amount: number;
  @Field({ description: 'ISO 4217 code.' }) @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' }) currency: string;
  @Field(() => Date) placedAt: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() deliveredAt?: Date;
  @Field() @Length(1, 32) status: string;
}
