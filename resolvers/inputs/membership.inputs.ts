import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { MembershipSource } from '../types/enums';

const EXTERNAL_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const EXTERNAL_ID_MESSAGE = 'must be 1-64 characters of letters, digits, _ . : -';

@InputType()
export class AssignMembershipInput {
  @Field() @Length(1, 64) @Matches(EXTERNAL_ID, { message: `userId ${EXTERNAL_ID_MESSAGE}` }) userId: string;
  @Field() @Length(2, 64) tierCode: string;
  @Field(() => Date, { nullable: true, description: 'Default now.' }) @IsOptional() startsAt?: Date;
  @Field(() => Date, { nullable: true, description: 'Open-ended when omitted.' }) @IsOptional() endsAt?: Date;
  @Field(() => MembershipSource) source: keyof typeof MembershipSource;
}

@InputType()
export class EndMembershipInput {
  @Field(() => ID) @Length(1, 64) membershipId: string;
  @Field(() => Date, { nullable: true, description: 'Default now.' }) @IsOptional() endsAt?: Date;
}

@InputType()
export class RecordOrderInput {
  @Field(() => ID, { description: "The platform's order id; recording it again updates the order." })
  @Length(1, 64) @Matches(EXTERNAL_ID, { message: `id ${EXTERNAL_ID_MESSAGE}` }) id: string;
  @Field() @Length(1, 64) @Matches(EXTERNAL_ID, { message: `userId ${EXTERNAL_ID_MESSAGE}` }) userId: string;
  @Field() @Length(1, 64) @Matches(EXTERNAL_ID, { message: `merchantId ${EXTERNAL_ID_MESSAGE}` }) merchantId: string;
  @Field() @Length(1, 64) category: string;
  @Field(() => GraphQLSafeInt, { description: 'Order total in minor units.' }) @Min(0) @Max(Number.MAX_SAFE_INTEGER) amount: number;
  @Field({ description: 'ISO 4217 code.' }) @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' }) currency: string;
  @Field(() => Date) placedAt: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() deliveredAt?: Date;
  @Field() @Length(1, 32) status: string;
}
