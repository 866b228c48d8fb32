import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { MembershipSource, OrderStatus } from '../../src/domain/types';
import { MembershipSourceEnum, OrderStatusEnum } from '../types/enums';
import { IdempotentInput, IsCode, IsExternalId } from './patterns';

@InputType({ description: 'A user is to hold a tier over [startsAt, endsAt).' })
export class AssignMembershipInput extends IdempotentInput {
  @Field(() => ID, { description: "The platform's user id." }) @IsExternalId() userId: string;
  @Field({ description: 'The tier to hold; not an archived one.' }) @IsCode() tierCode: string;
  @Field(() => Date, { nullable: true, description: 'Default now.' }) @IsOptional() startsAt?: Date;
  @Field(() => Date, { nullable: true, description: 'Open-ended when omitted.' }) @IsOptional() endsAt?: Date;
  @Field(() => MembershipSourceEnum, { description: 'How the membership came about.' }) source: MembershipSource;
}

@InputType({ description: 'Which membership to end, and when.' })
export class EndMembershipInput extends IdempotentInput {
  @Field(() => ID, { description: 'The membership to end.' }) @IsExternalId() membershipId: string;
  @Field(() => Date, { nullable: true, description: 'Default now.' }) @IsOptional() endsAt?: Date;
}

@InputType({ description: 'The facts of an order, as the order system knows them.' })
export class RecordOrderInput extends IdempotentInput {
  @Field(() => ID, { description: "The platform's order id; recording it again updates the order." })
  @IsExternalId() id: string;
  @Field(() => ID, { description: 'The customer who placed it; an order never changes owner.' }) @IsExternalId() userId: string;
  @Field({ description: 'The merchant it is from.' }) @IsExternalId() merchantId: string;
  @Field({ description: 'The product category (1-64 characters), matched by rule conditions.' }) @Length(1, 64) category: string;
  @Field(() => GraphQLSafeInt, { description: 'Order total in minor units.' }) @Min(0) @Max(Number.MAX_SAFE_INTEGER) amount: number;
  @Field({ description: 'ISO 4217 code.' }) @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' }) currency: string;
  @Field(() => Date, { description: 'When the order was placed.' }) placedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was delivered; not before placedAt.' }) @IsOptional() deliveredAt?: Date;
  @Field(() => OrderStatusEnum, { description: "The order system's status." }) status: OrderStatus;
}
