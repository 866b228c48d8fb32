import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Connection } from './connection';
import { MembershipSource } from './enums';

@ObjectType('User', { description: "A platform user as Aftercare sees them: memberships, tier and entitlements. Identities live in the platform's account system." })
export class UserType {
  @Field(() => ID) id: string;
}

@ObjectType('Membership', { description: 'A user holds a tier over [startsAt, endsAt); open-ended when endsAt is null.' })
export class MembershipType {
  @Field(() => ID) id: string;
  @Field() userId: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date, { nullable: true }) endsAt: Date | null;
  @Field(() => MembershipSource) source: keyof typeof MembershipSource;
  @Field() createdBy: string;
  @Field(() => Date) createdAt: Date;
  tierId: string;
}

export const MembershipConnection = Connection(MembershipType, 'Membership');

@ObjectType('Order', { description: 'Order facts recorded by the order system.' })
export class OrderType {
  @Field(() => ID) id: string;
  @Field() userId: string;
  @Field() merchantId: string;
  @Field() category: string;
  @Field(() => GraphQLSafeInt, { description: 'Order total in minor units of currency.' }) amount: number;
  @Field() currency: string;
  @Field(() => Date) placedAt: Date;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field() status: string;
  @Field(() => Date) updatedAt: Date;
}
